import DossierLintKit
import DossierSyntax

/// 5.11.3 (1)–(18): every audit report covers its eighteen items; an item
/// marked "适用时" may be `not_applicable` only when the dossier shows it
/// does not apply.
struct AuditReportItemsRule: Rule {
    static let identifier = "audit-report-items"

    func check(_ context: RuleContext) {
        let required = context.listParameter("required_items")
        let conditional = context.listParameter("when_applicable_items")
        guard !required.isEmpty else {
            context.cannotVerify(
                context.dossier.root,
                Message(
                    zh: "规则包缺少参数“required_items”（审核报告应包括的内容）",
                    en: "the rule pack lacks the parameter required_items"))
            return
        }
        let audits = context.dossier.audits
        for (index, audit) in audits.enumerated() where audit["report"].exists {
            let items = audit["report"]["items"]
            guard items.exists else {
                context.cannotVerify(items, Message(zh: "缺少\(context.name(items).zh)", en: "\(items.path) is missing"))
                continue
            }
            var name: String { Audits.name(of: audit) }
            // Reports list their items in the parameter's order: each is looked for where the
            // last one was found, and looked up by key only when it is not there.
            var next = 0
            for (offset, key) in required.enumerated() {
                let item: Field
                if let member = items.member(at: next), Node.sameKey(member.key, key) {
                    item = member.field
                    next += 1
                } else {
                    item = items[key]
                }
                if item.bool.value == true { continue }
                // Named only for a finding: most reports pass.
                var number: String { "(\(offset + 1)) \(key)" }
                var numberZh: String { "第（\(offset + 1)）项“\(context.label(key, of: "report_item").zh)”" }
                if item.string == "not_applicable" {
                    guard conditional.contains(key) else {
                        context.report(
                            item,
                            Message(
                                zh: "审核 \(name) 的报告将\(numberZh)标为不适用，但该项不属于“适用时”项目",
                                en: "the report of audit \(name) marks item \(number) not applicable, but it is "
                                    + "not one of the items required only when applicable"))
                        continue
                    }
                    if let reason = applicability(of: key, auditAt: index, in: audits, context: context) {
                        context.report(
                            item,
                            Message(
                                zh: "审核 \(name) 的报告将\(numberZh)标为不适用，但\(reason.zh)",
                                en: "the report of audit \(name) marks item \(number) not applicable, "
                                    + "but \(reason.en)"))
                    }
                    continue
                }
                let value = "'\(item.string ?? item.node?.kindName ?? "")'"
                context.report(
                    item,
                    Message(
                        zh: "审核 \(name) 的报告未包括\(numberZh)（\(item.exists ? "记录为 " + value : "未记录")）",
                        en: "the report of audit \(name) does not include item \(number) "
                            + "(\(item.exists ? "found " + value : "not recorded"))"))
            }
        }
    }

    /// Why a "适用时" item applies to the audit, or `nil` when nothing in the dossier shows it does.
    private func applicability(of key: String, auditAt index: Int, in audits: [Field], context: RuleContext)
        -> Message?
    {
        let audit = audits[index]
        switch key {
        case "combined_audit":
            guard audit["time"]["combined"].exists else { return nil }
            return Message(zh: "该审核为结合审核", en: "the audit is a combined audit (time.combined)")
        case "significant_changes":
            guard audit["scope_changed"].bool.value == true else { return nil }
            return Message(zh: "该审核记录了认证信息变更", en: "the audit records a change (scope_changed)")
        case "certificate_and_mark_control":
            guard let start = audit["dates"]["start"].date.value,
                let number = RenewedCertificate.heldCertificate(before: start, in: context.dossier)?.number
            else { return nil }
            return Message(
                zh: "审核开始前已颁发认证证书 \(number)", en: "certificate \(number) was issued before the audit")
        case "previous_corrective_actions":
            guard let earlier = audits[..<index].last(where: { !$0["nonconformities"].elements.isEmpty }) else {
                return nil
            }
            let earlierName = Audits.name(of: earlier)
            return Message(
                zh: "此前的审核 \(earlierName) 提出了不符合", en: "the earlier audit \(earlierName) raised nonconformities")
        default:
            return nil
        }
    }
}
