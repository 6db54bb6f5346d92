import DossierLintKit

/// 5.4.2.4: a combined audit of the ITSMS with other management systems takes
/// at least 80 % of the sum of the separate audits' times.
struct CombinedAuditTimeRule: Rule {
    static let identifier = "combined-audit-time"

    func check(_ context: RuleContext) {
        let combinedAudits = context.dossier.audits.filter { $0["time"]["combined"].exists }
        guard !combinedAudits.isEmpty, let minimumShare = context.parameter("minimum_combined_share") else { return }
        for audit in combinedAudits {
            let combined = audit["time"]["combined"]
            guard let separate = context.number(combined["separate_total_days"]),
                let days = context.number(combined["combined_days"]), separate > 0
            else { continue }
            guard days < minimumShare * separate - dayCountTolerance else { continue }
            let systems = (combined["systems"].texts.value ?? []).joined(separator: ", ")
            let systemsText = systems.isEmpty ? "" : "（\(systems)）"
            let systemsTextEn = systems.isEmpty ? "" : " (\(systems))"
            context.report(
                combined["combined_days"],
                Message(
                    zh:
                        "结合审核\(systemsText)时间 \(formatDays(days)) 人日为各单独体系审核时间之和 \(formatDays(separate)) 人日的 \(percentText(days / separate))，少于 \(percentText(minimumShare))",
                    en:
                        "the combined audit\(systemsTextEn) takes \(formatDays(days)) person-days, \(percentText(days / separate)) of the separate audits' \(formatDays(separate)), less than \(percentText(minimumShare))"
                ))
        }
    }
}
