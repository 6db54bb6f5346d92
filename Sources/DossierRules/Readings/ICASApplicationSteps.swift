import DossierLintKit

/// The steps of the ICAS application phase (ICASP25C 6.1) due "当天或最迟不超过第二个
/// 工作日": at most `count` working days after the day that starts them.
enum ICASApplicationSteps {
    /// Reports `doneField` when the step it dates came after `count` working days
    /// from `start`, or is not recorded once that deadline has passed. `since`
    /// names what happened on `start` (zh “收到认证申请”), `step` the step (zh “报价”).
    static func checkWithinWorkingDays(
        _ count: Int, after start: Day, since: Message, step: Message, done doneField: Field,
        context: RuleContext
    ) {
        switch WorkingDays.step(count, after: start, doneAt: doneField, context: context) {
        case .late(let done, let last):
            context.report(
                doneField,
                Message(
                    zh: "\(since.zh)（\(start)）后，\(done) 才\(step.zh)：应在 \(count) 个工作日内、"
                        + "\(latestBy(last).zh)\(step.zh)",
                    en: "\(since.en) on \(start), but \(step.en) only on \(done): within \(count) working "
                        + "day(s), \(latestBy(last).en)"))
        case .missing(let last):
            context.report(
                doneField,
                Message(
                    zh: "\(since.zh)（\(start)）后，截至 \(context.judgingDay) 没有\(step.zh)的记录"
                        + "（\(context.name(doneField).zh)）：应在 \(count) 个工作日内、\(latestBy(last).zh)\(step.zh)",
                    en: "\(since.en) on \(start), and no record that \(step.en) as of \(context.judgingDay) "
                        + "(\(doneField.path)): within \(count) working day(s), \(latestBy(last).en)"))
        case nil:
            break
        }
    }
}
