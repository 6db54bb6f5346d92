import DossierLintKit

/// 5.4.2.3: the determination of every audit's time is recorded, above all the
/// reasons for reducing it.
struct AuditTimeDeterminationRecordRule: Rule {
    static let identifier = "audit-time-determination-record"

    func check(_ context: RuleContext) {
        for audit in context.dossier.judgedAudits {
            let time = audit.time
            if !time["record"].hasContent {
                context.report(
                    time["record"],
                    Message(
                        zh: "\(audit.name.zh)没有审核时间确定过程的记录",
                        en: "the \(audit.name.en) has no record of how its audit time was determined (time.record)"))
            }
            var reduction: Message?
            if let days = context.optional(time["reduction_days"], { $0.number }), days > dayCountTolerance {
                reduction = Message(
                    zh: "审核时间减少了 \(formatDays(days)) 人日",
                    en: "the audit time was reduced by \(formatDays(days)) person-days")
            } else if audit.kind == .initial,
                let annexB = context.optional(time["annex_b_days"], { $0.number }),
                let determined = context.optional(time["determined_days"], { $0.number }),
                determined < annexB - dayCountTolerance
            {
                reduction = Message(
                    zh: "确定的审核时间 \(formatDays(determined)) 人日少于附录 B 的 \(formatDays(annexB)) 人日",
                    en:
                        "the determined time of \(formatDays(determined)) person-days is below Annex B's \(formatDays(annexB))"
                )
            }
            if let reduction, !time["reduction_reason"].hasContent {
                context.report(
                    time["reduction_reason"],
                    Message(
                        zh: "\(reduction.zh)，但没有记录减少审核时间的理由",
                        en: "\(reduction.en), but no reason for the reduction is recorded (time.reduction_reason)"))
            }
        }
    }
}
