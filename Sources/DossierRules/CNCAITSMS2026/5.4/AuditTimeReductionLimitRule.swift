import DossierLintKit

/// 5.4.2.3: the reduction of audit time is at most 30 % of the Annex B time.
/// Checked on the recorded `reduction_days` of every determination and, for
/// the initial audit, on the determined time itself.
struct AuditTimeReductionLimitRule: Rule {
    static let identifier = "audit-time-reduction-limit"

    func check(_ context: RuleContext) {
        let judged = context.dossier.judgedAudits
        guard !judged.isEmpty, let maximumShare = context.parameter("maximum_reduction_share") else { return }
        let limit = percentText(maximumShare)
        for audit in judged {
            let time = audit.time
            guard let annexB = context.number(time["annex_b_days"]), annexB > 0 else { continue }
            let allowed = maximumShare * annexB
            if let reduction = context.optional(time["reduction_days"], { $0.number }),
                reduction > allowed + dayCountTolerance
            {
                context.report(
                    time["reduction_days"],
                    Message(
                        zh:
                            "减少 \(formatDays(reduction)) 人日，为附录 B 审核时间 \(formatDays(annexB)) 人日的 \(percentText(reduction / annexB))，超过 \(limit)",
                        en:
                            "the reduction of \(formatDays(reduction)) person-days is \(percentText(reduction / annexB)) of the Annex B time of \(formatDays(annexB)), more than \(limit)"
                    ))
                continue
            }
            guard audit.kind == .initial, let determined = context.number(time["determined_days"]) else { continue }
            let cut = annexB - determined
            guard cut > allowed + dayCountTolerance else { continue }
            context.report(
                time["determined_days"],
                Message(
                    zh:
                        "确定的审核时间 \(formatDays(determined)) 人日比附录 B 的 \(formatDays(annexB)) 人日少 \(formatDays(cut)) 人日（\(percentText(cut / annexB))），减少超过 \(limit)",
                    en:
                        "the determined time of \(formatDays(determined)) person-days is \(formatDays(cut)) (\(percentText(cut / annexB))) below the Annex B time of \(formatDays(annexB)), a reduction of more than \(limit)"
                ))
        }
    }
}
