import DossierLintKit

/// Working days on the pack's calendar ("N 个工作日内" deadlines, 9.4, and ICAS's
/// working-day limits); a year the calendar lacks is a "cannot verify".
enum WorkingDays {
    /// The last day of `count` working days counted from the day after `start`;
    /// `nil` after a "cannot verify" at `field` when the calendar lacks a year.
    static func deadline(_ count: Int, after start: Day, field: Field, context: RuleContext) -> Day? {
        do {
            return try context.calendar.adding(workingDays: count, to: start)
        } catch {
            context.cannotVerify(
                field,
                Message(
                    zh: "工作日历没有 \(error.year) 年的数据，无法计算 \(start) 起 \(count) 个工作日的期限",
                    en: "the working-day calendar has no data for \(error.year), so \(count) working days "
                        + "from \(start) cannot be counted"))
            return nil
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
        do {
            return try context.calendar.workingDays(from: start, to: end)
        } catch {
            context.cannotVerify(
                field,
                Message(
                    zh: "工作日历没有 \(error.year) 年的数据，无法计算 \(start) 至 \(end) 的工作日数",
                    en: "the working-day calendar has no data for \(error.year), so the working days from \(start) "
                        + "to \(end) cannot be counted"))
            return nil
        }
    }
}
