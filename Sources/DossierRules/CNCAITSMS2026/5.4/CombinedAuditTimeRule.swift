import DossierLintKit

/// 5.4.2.4: a combined audit of the ITSMS with other management systems takes
/// at least 80 % of the sum of the separate audits' times; the audit's
/// `time.days` is the ITSMS share, at most the combined total.
struct CombinedAuditTimeRule: Rule {
    static let identifier = "combined-audit-time"

    func check(_ context: RuleContext) {
        let combinedAudits = context.dossier.audits.filter { $0["time"]["combined"].exists }
        guard !combinedAudits.isEmpty, let minimumShare = context.parameter("minimum_combined_share") else { return }
        for audit in combinedAudits {
            let combined = audit["time"]["combined"]
            checkShare(of: audit, context: context)
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

    /// `time.days` is the ITSMS share of the combined audit: it cannot exceed the combined total.
    private func checkShare(of audit: Field, context: RuleContext) {
        let combined = audit["time"]["combined"]
        guard let share = context.number(audit["time"]["days"]),
            let total = combined["combined_days"].number.value, share > total + dayCountTolerance
        else { return }
        context.report(
            audit["time"]["days"],
            Message(
                zh: "审核 \(Audits.name(of: audit)) 记录的 ITSMS 审核时间 \(formatDays(share)) 人日多于结合审核总时间 "
                    + "\(formatDays(total)) 人日；审核时间应为结合审核中 ITSMS 所占的部分",
                en: "audit \(Audits.name(of: audit)) records \(formatDays(share)) ITSMS person-days, more than the "
                    + "combined audit's total of \(formatDays(total)); time.days is the ITSMS share of the combined audit"
            ))
    }
}
