import DossierLintKit

/// Working days on the pack's calendar ("N 个工作日内" deadlines, 9.4, and ICAS's
/// working-day limits). A year the calendar can neither read nor derive is a
/// "cannot verify"; a verdict that depends on the make-up working days of a year
/// without the State Council's notice is a warning naming that year.
enum WorkingDays {
    /// Whether `done` is within `count` working days of `start`, with the last
    /// day allowed. A day at most `count` calendar days later needs no calendar
    /// (working days ≤ calendar days). `nil` after a "cannot verify", or after a
    /// warning when the verdict depends on a year without a notice.
    static func isWithin(_ count: Int, from start: Day, done: Day, field: Field, context: RuleContext) -> (Bool, Day)? {
        if start.days(until: done) <= count { return (true, done) }
        guard let last = deadline(count, after: start, field: field, context: context) else { return nil }
        if done <= last.low { return (true, last.low) }
        if done > last.high { return (false, last.high) }
        warn(
            field, context: context, years: last.yearsWithoutNotice,
            Message(
                zh: "\(start) 起 \(count) 个工作日的期限暂按法定节假日和周末推算为最迟于 \(last.likely)（含当日），"
                    + "视调休安排可能是 \(last.low) 至 \(last.high) 之间的某一天；\(done) 是否逾期取决于该通知",
                en: "\(count) working days from \(start) end provisionally by \(last.likely) at the latest (statutory "
                    + "holidays and weekends only), on a day from \(last.low) to \(last.high) depending on make-up "
                    + "working days; whether \(done) is in time depends on that notice"))
        return nil
    }

    /// How a step due within a number of working days stands on the judging day.
    enum StepTiming {
        /// Done on `done`, after its last day `last`.
        case late(done: Day, last: Day)
        /// Not recorded, and its last day `last` has passed.
        case missing(last: Day)
    }

    /// The step dated by `field`, due within `count` working days of `start`:
    /// `.late` when it was done after the deadline, `.missing` when it is not
    /// recorded once the deadline has passed on the judging day (`missingAt`
    /// is the field a provisional-calendar warning points at, `field` when
    /// `nil`); `nil` when it is in time, not yet due, unreadable (reported as
    /// "cannot verify") or undecidable without a year's notice (a warning).
    static func step(
        _ count: Int, after start: Day, doneAt field: Field, missingAt: Field? = nil, context: RuleContext
    ) -> StepTiming? {
        if field.exists {
            guard let done = context.optional(field, { $0.date }),
                let (within, last) = isWithin(count, from: start, done: done, field: field, context: context),
                !within
            else { return nil }
            return .late(done: done, last: last)
        }
        guard let last = passedDeadline(count, after: start, field: missingAt ?? field, context: context),
            context.judgingDay > last
        else { return nil }
        return .missing(last: last)
    }

    /// The last day of `count` working days after `start` when the judging day
    /// is past it whatever the unsettled days; `nil` when it is not, after a
    /// warning when that depends on a year without a notice, or after a "cannot verify".
    static func passedDeadline(_ count: Int, after start: Day, field: Field, context: RuleContext) -> Day? {
        let today = context.judgingDay
        guard start.days(until: today) > count,
            let (within, last) = isWithin(count, from: start, done: today, field: field, context: context), !within
        else { return nil }
        return last
    }

    /// Working days after `start` up to and including `end`, as a range when a
    /// year without a notice leaves it open; `nil` after a "cannot verify".
    static func count(from start: Day, to end: Day, field: Field, context: RuleContext) -> CalendarEstimate<Int>? {
        let counted = Message(zh: "\(start) 至 \(end) 的工作日数", en: "the working days from \(start) to \(end)")
        return onCalendar(counting: counted, field: field, context: context) { calendar throws(UncoveredYear) in
            try calendar.workingDays(from: start, to: end)
        }
    }

    /// Warns that a count's verdict depends on the days of `count` left open.
    static func warnUnsettled(
        _ count: CalendarEstimate<Int>, from start: Day, to end: Day, field: Field, context: RuleContext
    ) {
        warn(
            field, context: context, years: count.yearsWithoutNotice,
            Message(
                zh: "\(start) 至 \(end) 的工作日数暂按法定节假日和周末推算为 \(count.likely)，"
                    + "视调休安排在 \(count.low) 至 \(count.high) 之间，结论取决于该通知",
                en: "the working days from \(start) to \(end) are provisionally \(count.likely) (statutory holidays "
                    + "and weekends only), from \(count.low) to \(count.high) depending on make-up working days, and "
                    + "the verdict depends on that notice"))
    }

    private typealias UncoveredYear = WorkingDayCalendar.UncoveredYear

    /// The range of last days of `count` working days after `start`; `nil` after a "cannot verify".
    private static func deadline(_ count: Int, after start: Day, field: Field, context: RuleContext)
        -> CalendarEstimate<Day>?
    {
        let counted = Message(zh: "\(start) 起 \(count) 个工作日的期限", en: "\(count) working days from \(start)")
        return onCalendar(counting: counted, field: field, context: context) { calendar throws(UncoveredYear) in
            try calendar.adding(workingDays: count, to: start)
        }
    }

    /// A warning, whatever the rule's severity, that the State Council's notice for `years` is missing.
    private static func warn(_ field: Field, context: RuleContext, years: [Int], _ detail: Message) {
        let zhYears = years.map(String.init).joined(separator: "、")
        let enYears = years.map(String.init).joined(separator: ", ")
        context.report(
            field,
            Message(
                zh: "工作日历尚无国务院办公厅关于 \(zhYears) 年部分节假日安排的通知：\(detail.zh)",
                en: "the State Council's notice on holidays for \(enYears) is missing from the working-day calendar: "
                    + detail.en),
            severity: .warning)
    }

    /// `body` on the pack's calendar; when the calendar lacks a year, a "cannot
    /// verify" at `field` saying that `counted` cannot be counted, and `nil`.
    private static func onCalendar<Value>(
        counting counted: Message, field: Field, context: RuleContext,
        _ body: (WorkingDayCalendar) throws(UncoveredYear) -> Value
    ) -> Value? {
        do {
            return try body(context.calendar)
        } catch {
            context.cannotVerify(
                field,
                Message(
                    zh: "工作日历没有 \(error.year) 年的数据，无法计算 \(counted.zh)",
                    en: "the working-day calendar has no data for \(error.year), so \(counted.en) cannot be counted"))
            return nil
        }
    }
}
