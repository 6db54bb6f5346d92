import DossierLintKit

/// ICASP25C 6.4.2.1: stage 1 and stage 2 on-site audits at least 5 and at
/// most 60 working days apart.
struct ICASStageGapWorkingDaysRule: Rule {
    static let identifier = "icas-stage-gap-working-days"

    func check(_ context: RuleContext) {
        guard let (stage1, stage2) = InitialStages.pair(in: context) else { return }
        guard let minimum = context.parameter("minimum_gap_working_days"),
            let maximum = context.parameter("maximum_gap_working_days"),
            let stage1End = context.date(stage1["dates"]["end"]),
            let stage2Start = context.date(stage2["dates"]["start"])
        else { return }
        let field = stage2["dates"]["start"]
        guard let range = WorkingDays.count(from: stage1End, to: stage2Start, field: field, context: context)
        else { return }
        let (low, high) = (Int(minimum), Int(maximum))
        guard range.isSettled || range.high < low || range.low > high || (range.low >= low && range.high <= high)
        else {
            return WorkingDays.warnUnsettled(range, from: stage1End, to: stage2Start, field: field, context: context)
        }
        let gap = range.high < low ? range.high : range.low
        let span = Message(
            zh: "第一阶段审核（\(stage1End) 结束）与第二阶段审核（\(stage2Start) 开始）间隔 \(gap) 个工作日",
            en: "stage 1 (ended \(stage1End)) and stage 2 (started \(stage2Start)) are \(gap) working days apart")
        if gap < low {
            context.report(
                field, Message(zh: "\(span.zh)，少于 \(Int(minimum)) 个工作日", en: "\(span.en), fewer than \(Int(minimum))"))
        } else if gap > high {
            context.report(
                field, Message(zh: "\(span.zh)，多于 \(Int(maximum)) 个工作日", en: "\(span.en), more than \(Int(maximum))"))
        }
    }
}
