/// A value counted over the calendar, with the range a year without a notice leaves open.
public struct CalendarEstimate<Value: Comparable & Sendable>: Sendable {
    /// The value with every unsettled day read one way (fewest working days; earliest deadline).
    public let low: Value
    /// The value with every unsettled day read as its weekday says.
    public let likely: Value
    /// The value with every unsettled day read the other way (most working days; latest deadline).
    public let high: Value
    /// The years without a notice whose unsettled days the count met, in order.
    public let yearsWithoutNotice: [Int]

    /// Whether the value is the same however the unsettled days fall.
    public var isSettled: Bool { low == high }
}

extension WorkingDayCalendar {
    /// The day that ends a period of `count` working days counted from the
    /// day after `start` ("within N working days of D"): earliest when every
    /// unsettled day is a working day, latest when none is.
    public func adding(workingDays count: Int, to start: Day) throws(UncoveredYear) -> CalendarEstimate<Day> {
        var current = start
        var (low, likely, high) = (count, count, count)
        var ends: (low: Day?, likely: Day?) = (count == 0 ? start : nil, count == 0 ? start : nil)
        var years: Set<Int> = []
        while high > 0 {
            current = current.adding(days: 1)
            let entry = try entry(current)
            if !entry.isSettled { years.insert(current.year) }
            if entry.isWorkingDay || !entry.isSettled { low -= 1 }
            if entry.isWorkingDay { likely -= 1 }
            if entry.isWorkingDay && entry.isSettled { high -= 1 }
            if low == 0 && ends.low == nil { ends.low = current }
            if likely == 0 && ends.likely == nil { ends.likely = current }
        }
        return CalendarEstimate(
            low: ends.low ?? current, likely: ends.likely ?? current, high: current, yearsWithoutNotice: years.sorted())
    }

    /// Working days after `start` up to and including `end` (0 when `end` ≤ `start`).
    public func workingDays(from start: Day, to end: Day) throws(UncoveredYear) -> CalendarEstimate<Int> {
        var (settled, likely, unsettled) = (0, 0, 0)
        var years: Set<Int> = []
        var current = start
        while current < end {
            current = current.adding(days: 1)
            let entry = try entry(current)
            if entry.isWorkingDay { likely += 1 }
            if !entry.isSettled {
                unsettled += 1
                years.insert(current.year)
            } else if entry.isWorkingDay {
                settled += 1
            }
        }
        return CalendarEstimate(
            low: settled, likely: likely, high: settled + unsettled, yearsWithoutNotice: years.sorted())
    }
}
