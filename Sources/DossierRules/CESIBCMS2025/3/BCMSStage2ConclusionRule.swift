import DossierLintKit

/// CESI BCMS 3.4.4: a stage 2 (and re-certification) audit concludes with one
/// of the three cases a–c, and an audit not recommended for registration is
/// not followed by a grant or renewal resting on it.
struct BCMSStage2ConclusionRule: Rule {
    static let identifier = "bcms-stage2-conclusion"

    /// The three conclusions of 3.4.4 a–c.
    private static let conclusions = ["not_recommended", "recommended", "recommended_after_verification"]

    func check(_ context: RuleContext) {
        guard let types = context.requiredListParameter("audit_types") else { return }
        var notRecommended: Set<String> = []
        for audit in context.dossier.audits where types.contains(audit["type"].string ?? "") {
            let conclusion = context.oneOf(audit["conclusion"], Self.conclusions, of: "bcms_audit_conclusion")
            if conclusion == "not_recommended" { notRecommended.insert(audit.pointer) }
        }
        guard !notRecommended.isEmpty, let decisions = BCMSCertificationDecisions.all(context) else { return }
        for decision in decisions {
            for audit in BCMSCertificationDecisions.audits(of: decision, context: context)
            where notRecommended.contains(audit.pointer) {
                let decisionName = BCMSCertificationDecisions.name(
                    of: decision, date: decision["date"].date.value, context: context)
                let type = audit["type"].string ?? ""
                let auditName = Audits.name(of: audit)
                let conclusion = context.label("not_recommended", of: "bcms_audit_conclusion")
                context.report(
                    decision["kind"],
                    Message(
                        zh: "\(decisionName.zh)依据的\(context.label(type, of: "audit_type").zh) \(auditName) 的现场审核结论为"
                            + "“\(conclusion.zh)”，不应予以认证",
                        en:
                            "\(decisionName.en) rests on \(type) audit \(auditName), whose conclusion is not_recommended: "
                            + "no certification may follow"))
            }
        }
    }
}
