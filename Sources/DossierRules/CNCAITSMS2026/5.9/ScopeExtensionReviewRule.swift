import DossierLintKit

/// 5.9.1: a decision to extend the scope follows the review of the client's
/// extension application and rests on the audit activities the review found
/// necessary (a scope extension audit, possibly combined with a surveillance).
struct ScopeExtensionReviewRule: Rule {
    static let identifier = "scope-extension-review"

    func check(_ context: RuleContext) {
        let auditTypes = context.listParameter("audit_types")
        for decision in context.dossier["decisions"].elements where decision["kind"].string == "extend_scope" {
            let name = decision["id"].string ?? decision.path
            let application = decision["extension_application"]
            guard let received = context.date(application["received_on"]),
                let reviewed = context.date(application["reviewed_on"])
            else { continue }
            if reviewed < received {
                context.report(
                    application["reviewed_on"],
                    Message(
                        zh: "范围扩大决定 \(name) 的扩大申请于 \(reviewed) 评审，早于收到申请的 \(received)",
                        en: "the extension application of decision \(name) was reviewed on \(reviewed), before it "
                            + "was received on \(received)"))
            }
            if let decided = context.date(decision["date"]), decided < reviewed {
                context.report(
                    decision["date"],
                    Message(
                        zh: "范围扩大决定 \(name) 于 \(decided) 作出，早于扩大申请的评审（\(reviewed)）",
                        en: "the extend_scope decision \(name) was made on \(decided), before the extension "
                            + "application was reviewed (\(reviewed))"))
            }
            checkAudits(of: decision, name: name, reviewed: reviewed, types: auditTypes, context: context)
        }
    }

    private func checkAudits(of decision: Field, name: String, reviewed: Day, types: [String], context: RuleContext) {
        guard let identifiers = context.texts(decision["audits"]) else { return }
        guard !identifiers.isEmpty else {
            context.report(
                decision["audits"],
                Message(
                    zh: "范围扩大决定 \(name) 未依据任何审核活动",
                    en: "the extend_scope decision \(name) rests on no audit"))
            return
        }
        for (index, identifier) in identifiers.enumerated() {
            let reference = decision["audits"].elements[index]
            guard let audit = context.dossier.audit(withId: identifier) else {
                context.cannotVerify(
                    reference,
                    Message(
                        zh: "范围扩大决定 \(name) 所依据的审核 \(identifier) 不在档案中",
                        en: "the audit \(identifier) of decision \(name) is not in audits"))
                continue
            }
            guard let type = context.text(audit["type"]) else { continue }
            guard types.contains(type) else {
                context.report(
                    reference,
                    Message(
                        zh: "范围扩大决定 \(name) 所依据的审核 \(identifier) 不是扩大认证范围审核、监督审核或再认证审核",
                        en: "the extend_scope decision \(name) rests on audit \(identifier) of type \(type), not one "
                            + "of \(listText(types))"))
                continue
            }
            guard let start = context.date(audit["dates"]["start"]), start < reviewed else { continue }
            context.report(
                audit["dates"]["start"],
                Message(
                    zh: "审核 \(identifier) 于 \(start) 开始，早于范围扩大决定 \(name) 的扩大申请评审（\(reviewed)）",
                    en: "audit \(identifier) started on \(start), before the extension application of decision "
                        + "\(name) was reviewed (\(reviewed))"))
        }
    }
}
