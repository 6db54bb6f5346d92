import DossierLintKit

/// 5.2.3 (5): a transfer needs the client's last initial or re-certification
/// audit report, the surveillance audit reports, and the nonconformities found
/// with their corrective actions.
struct TransferReportsObtainedRule: Rule {
    static let identifier = "transfer-reports-obtained"

    func check(_ context: RuleContext) {
        guard let transfer = TransferCondition.transferRecord(context),
            let required = context.requiredListParameter("required_reports")
        else { return }
        let obtained = transfer["reports_obtained"]
        guard let kinds = context.texts(obtained) else { return }
        let missing = required.filter { !kinds.contains($0) }
        guard !missing.isEmpty else { return }
        TransferCondition.report(
            context, at: obtained, number: 5,
            Message(
                zh: "未获得以下报告或记录：\(context.labels(missing, of: "transfer_report").zh)",
                en: "these reports or records were not obtained: \(listText(missing))"))
    }
}
