import DossierLintKit

/// 5.7.1: every surveillance audit includes the certified organisation's top
/// management in the interviews.
struct SurveillanceTopManagementInterviewRule: Rule {
    static let identifier = "surveillance-top-management-interview"

    func check(_ context: RuleContext) {
        for audit in context.dossier.audits(ofType: "surveillance") {
            let done = audit["top_management_interview"]["done"]
            guard let interviewed = context.bool(done), !interviewed else { continue }
            let name = Audits.name(of: audit)
            context.report(
                done,
                Message(
                    zh: "监督审核 \(name) 未访谈获证组织的最高管理者",
                    en: "surveillance audit \(name) did not include top management in the interviews"))
        }
    }
}
