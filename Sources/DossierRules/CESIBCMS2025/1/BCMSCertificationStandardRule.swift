import DossierLintKit

/// 1.4: the certification criterion is GB/T 30146 or ISO 22301; the application and every
/// certificate (its English copy too, when it names one) name one of them, any edition.
struct BCMSCertificationStandardRule: Rule {
    static let identifier = "bcms-certification-standard"

    func check(_ context: RuleContext) {
        guard let accepted = context.requiredListParameter("accepted_standards") else { return }
        let applied = context.dossier["application"]["standard"]
        judge(context.text(applied), at: applied, accepted, context)
        for certificate in context.dossier["certificates"].elements {
            judge(context.text(certificate["standard"]), at: certificate["standard"], accepted, context)
            let english = certificate["english"]["standard"]
            judge(context.optional(english) { $0.text }, at: english, accepted, context)
        }
    }

    private func judge(_ standard: String?, at field: Field, _ accepted: [String], _ context: RuleContext) {
        guard let standard, !StandardDesignation.names(standard, onlyAmong: accepted) else { return }
        context.report(
            field,
            Message(
                zh: "\(context.name(field).zh)为“\(standard)”，不是本规则的认证准则"
                    + accepted.map { "“\($0)”" }.joined(separator: "或"),
                en: "\(field.path) is \"\(standard)\", not the rules' criterion "
                    + accepted.joined(separator: " or ")))
    }
}
