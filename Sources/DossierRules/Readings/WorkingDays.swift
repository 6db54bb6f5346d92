import DossierLintKit

/// Working days on the pack's calendar ("N 个工作日内" deadlines, 9.4, and ICAS's
/// working-day limits); a year the calendar lacks is a "cannot verify".
enum WorkingDays {
    /// The last day of `count` working days counted from the day after `start`;
    /// `nil` after a "cannot verify" at `field` when the calendar lacks a year.
    static func deadline(_ count: Int, after start: Day, field: Field, context: RuleContext) -> Day? {
        let counted = Message(zh: "\(start) 起 \(count) 个工作日的期限", en: "\(count) working days from \(start)")
        return onCalendar(counting: counted, field: field, context: context) { calendar throws(UncoveredYear) in
            try calendar.adding(workingDays: count, to: start)
        }
    }

    /// Whether `done` is within `count` working days of `start`. A day at most
    /// `count` calendar days later needs no calendar (working days ≤ calendar
    /// days). `nil` after a "cannot verify" when the calendar lacks a year.
    static func isWithin(_ count: Int, from start: Day, done: Day, field: Field, context: RuleContext) -> (Bool, Day)? {
        if start.days(until: done) <= count { return (true, done) }
        guard let last = deadline(count, after: start, field: field, context: context) else { return nil }
        return (done <= last, last)
    }

    /// Working days after `start` up to and including `end`; `nil` after a
    /// "cannot verify" at `field` naming the year the calendar lacks.
    static func count(from start: Day, to end: Day, field: Field, context: RuleContext) -> Int? {
        let counted = Message(zh: "\(start) 至 \(end) 的工作日数", en: "the working days from \(start) to \(end)")
        return onCalendar(counting: counted, field: field, context: context) { calendar throws(UncoveredYear) in
            try calendar.workingDays(from: start, to: end)
        }
    }

    private typealias UncoveredYear = WorkingDayCalendar.UncoveredYear

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
