import DossierLintKit

/// 5.6.1: stage 1 → stage 2 gap at least 5 days and at most 6 months.
struct StageGapRule: Rule {
    static let identifier = "stage-gap"

    func check(_ context: RuleContext) {
        guard let (stage1, stage2) = InitialStages.pair(in: context) else { return }
        guard let minimumDays = context.parameter("minimum_gap_days"),
            let maximumMonths = context.parameter("maximum_gap_months"),
            let stage1End = context.date(stage1["dates"]["end"]),
            let stage2Start = context.date(stage2["dates"]["start"])
        else { return }
        let gap = stage1End.days(until: stage2Start)
        let latest = stage1End.adding(months: Int(maximumMonths))
        let field = stage2["dates"]["start"]
        if gap < Int(minimumDays) {
            context.report(
                field,
                Message(
                    zh: "第一阶段审核（\(stage1End) 结束）与第二阶段审核（\(stage2Start) 开始）间隔 \(gap) 日，少于 \(Int(minimumDays)) 日",
                    en:
                        "stage 1 (ended \(stage1End)) and stage 2 (started \(stage2Start)) are \(gap) days apart, fewer than \(Int(minimumDays))"
                ))
        } else if stage2Start > latest {
            context.report(
                field,
                Message(
                    zh: "第二阶段审核于 \(stage2Start) 开始，晚于第一阶段结束后 \(Int(maximumMonths)) 个月（\(latest)）；应重新实施第一阶段审核",
                    en:
                        "stage 2 started \(stage2Start), later than \(Int(maximumMonths)) months after stage 1 ended (\(latest)); stage 1 must be redone"
                ))
        }
    }
}
