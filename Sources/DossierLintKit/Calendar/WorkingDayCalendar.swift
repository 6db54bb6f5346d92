import DossierSyntax

/// China's working-day calendar: Monday to Friday, minus public holidays, plus
/// the weekend days made working days, as fixed each year by the State
/// Council's notice on holiday arrangements.
public struct WorkingDayCalendar: Sendable {
    /// The years the calendar has data for.
    public let coveredYears: ClosedRange<Int>?
    private let holidays: Set<Int>
    private let makeUpWorkdays: Set<Int>

    /// A working-day count that needed a year the calendar does not cover.
    public struct UncoveredYear: Error, Hashable, Sendable {
        /// The first year that is missing.
        public let year: Int
    }

    /// Creates a calendar from explicit holiday and make-up days.
    public init(holidays: Set<Day>, makeUpWorkdays: Set<Day>, coveredYears: ClosedRange<Int>?) {
        self.holidays = Set(holidays.map(\.ordinal))
        self.makeUpWorkdays = Set(makeUpWorkdays.map(\.ordinal))
        self.coveredYears = coveredYears
    }

    /// Reads the calendar file format (`YYYY: {holidays: [[from, to], ...], workdays: [...]}`).
    public init(node: Node) throws(ParseError) {
        var holidays = Set<Day>()
        var workdays = Set<Day>()
        var years: [Int] = []
        guard let entries = node.mapping else {
            throw ParseError(.syntax, "calendar: expected a mapping of years", at: node.location)
        }
        func day(_ node: Node) throws(ParseError) -> Day {
            guard let text = node.scalarText, let day = Day(text) else {
                throw ParseError(.syntax, "calendar: expected a date YYYY-MM-DD", at: node.location)
            }
            return day
        }
        for entry in entries {
            guard let year = Int(entry.key) else {
                throw ParseError(.syntax, "calendar: '\(entry.key)' is not a year", at: entry.keyLocation)
            }
            years.append(year)
            for range in entry.value["holidays"]?.sequence ?? [] {
                guard let pair = range.sequence, pair.count == 2 else {
                    throw ParseError(.syntax, "calendar: a holiday is [first, last]", at: range.location)
                }
                var current = try day(pair[0])
                let last = try day(pair[1])
                while current <= last {
                    holidays.insert(current)
                    current = current.adding(days: 1)
                }
            }
            for item in entry.value["workdays"]?.sequence ?? [] { workdays.insert(try day(item)) }
        }
        let covered: ClosedRange<Int>? = years.isEmpty ? nil : years.min()!...years.max()!
        self.init(holidays: holidays, makeUpWorkdays: workdays, coveredYears: covered)
    }

    /// Whether the calendar has data for the day's year.
    public func covers(_ day: Day) -> Bool { coveredYears?.contains(day.year) ?? false }

    /// Whether the day is a working day. Throws when its year is not covered.
    public func isWorkingDay(_ day: Day) throws(UncoveredYear) -> Bool {
        guard covers(day) else { throw UncoveredYear(year: day.year) }
        if makeUpWorkdays.contains(day.ordinal) { return true }
        if holidays.contains(day.ordinal) { return false }
        return day.weekday <= 5
    }

    /// The day that ends a period of `count` working days counted from the
    /// day after `start` ("within N working days of D").
    public func adding(workingDays count: Int, to start: Day) throws(UncoveredYear) -> Day {
        var current = start
        var remaining = count
        while remaining > 0 {
            current = current.adding(days: 1)
            if try isWorkingDay(current) { remaining -= 1 }
        }
        return current
    }

    /// Working days after `start` up to and including `end` (0 when `end` ≤ `start`).
    public func workingDays(from start: Day, to end: Day) throws(UncoveredYear) -> Int {
        guard end > start else { return 0 }
        var count = 0
        var current = start
        while current < end {
            current = current.adding(days: 1)
            if try isWorkingDay(current) { count += 1 }
        }
        return count
    }
}
