import DossierLintKit

/// 5.2.3 (4): a transfer needs the original body to operate normally, its
/// accreditation neither expired, suspended nor withdrawn.
struct TransferOriginalBodyRule: Rule {
    static let identifier = "transfer-original-body"

    func check(_ context: RuleContext) {
        guard let transfer = TransferCondition.transferRecord(context) else { return }
        let normal = transfer["body_status_normal"]
        guard let value = context.bool(normal), !value else { return }
        let body = transfer["from_body"].string.map { "“\($0)”" } ?? ""
        let bodyEnglish = transfer["from_body"].string.map { " \"\($0)\"" } ?? ""
        TransferCondition.report(
            context, at: normal, number: 4,
            Message(
                zh: "原认证机构\(body)业务未正常运行，或其认可资格已到期、被暂停或撤销",
                en: "the original body\(bodyEnglish) does not operate normally, or its accreditation has expired, "
                    + "been suspended or withdrawn"))
    }
}
