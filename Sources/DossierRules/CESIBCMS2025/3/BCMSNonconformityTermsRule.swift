import DossierLintKit

/// CESI BCMS 3.4.6: every nonconformity tells the client the date by which
/// correction and corrective action are to be completed (`due_on`) and how
/// they will be verified (`verification_method`: documentary or on site).
struct BCMSNonconformityTermsRule: Rule {
    static let identifier = "bcms-nonconformity-terms"

    /// The two ways of verifying corrective actions (3.4.6).
    private static let methods = ["documentary", "on_site"]

    func check(_ context: RuleContext) {
        for audit in context.dossier.audits {
            for nonconformity in audit["nonconformities"].elements {
                let name = BCMSNonconformities.name(of: nonconformity, in: audit)
                let due = nonconformity["due_on"]
                if !due.exists {
                    context.report(
                        due,
                        Message(
                            zh: "\(name.zh) 没有记录告知受审核方完成纠正及纠正措施的日期（\(context.name(due).zh)）",
                            en: "\(name.en) does not record the date the client was given for completing correction "
                                + "and corrective action (\(due.path))"))
                } else {
                    _ = context.date(due)
                }
                let method = nonconformity["verification_method"]
                if !method.exists {
                    context.report(
                        method,
                        Message(
                            zh:
                                "\(name.zh) 没有记录告知受审核方的跟踪验证方式（\(context.labels(Self.methods, of: "bcms_verification_method").zh)之一）",
                            en: "\(name.en) does not record how the client was told the actions will be verified "
                                + "(\(method.path): documentary or on_site)"))
                } else {
                    _ = context.oneOf(method, Self.methods, of: "bcms_verification_method")
                }
            }
        }
    }
}
