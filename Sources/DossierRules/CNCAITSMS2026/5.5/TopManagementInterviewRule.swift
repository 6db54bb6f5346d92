import DossierLintKit

/// 5.5.4: the team interviews top management on its leadership of the ITSMS,
/// face to face or in a comparable form, and keeps evidence of it.
struct TopManagementInterviewRule: Rule {
    static let identifier = "top-management-interview"

    func check(_ context: RuleContext) {
        let types = context.listParameter("audit_types")
        let methods = context.listParameter("accepted_methods")
        for audit in context.dossier.audits {
            guard let type = audit["type"].string, types.contains(type), !audit["terminated"].exists else { continue }
            let interview = audit["top_management_interview"]
            guard let done = context.bool(interview["done"]) else { continue }
            guard done else {
                context.report(
                    interview["done"],
                    Message(
                        zh: "未对最高管理者在 ITSMS 中发挥领导作用的情况进行访谈",
                        en: "top management was not interviewed on its leadership of the ITSMS"))
                continue
            }
            if let method = context.text(interview["method"]), !methods.contains(method) {
                context.report(
                    interview["method"],
                    Message(
                        zh:
                            "最高管理者访谈方式为 '\(method)'，\(context.notAccepted(method, methods, of: "interview_method").zh)（面对面访谈等形式）",
                        en:
                            "top management was interviewed by \(method); it must be face to face or a comparable form (\(methods.joined(separator: ", ")))"
                    ))
            }
            if !interview["evidence"].hasContent {
                context.report(
                    interview["evidence"],
                    Message(
                        zh: "未保留最高管理者访谈的现场图片/音像、审核记录等证明材料",
                        en: "no evidence (photos, media, audit records) of the top management interview was kept"))
            }
        }
    }
}
