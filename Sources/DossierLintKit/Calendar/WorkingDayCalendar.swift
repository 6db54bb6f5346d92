/// China's working-day calendar: Monday to Friday, minus public holidays, plus
/// the weekend days made working days, as fixed each year by the State
/// Council's notice on holiday arrangements. A year without a notice is
/// derived from the statutory holidays (`StatutoryHolidays`); its days near a
/// holiday stay unsettled, since only the notice fixes make-up working days.
public struct WorkingDayCalendar: Sendable {
    /// One year of the State Council's notice.
    public struct Notice: Sendable, Hashable {
        /// The days off the notice names (statutory holidays and bridging days).
        public var holidays: Set<Day>
        /// The weekend days the notice makes working days.
        public var workdays: Set<Day>

        /// Creates a year's notice.
        public init(holidays: Set<Day>, workdays: Set<Day>) {
            self.holidays = holidays
            self.workdays = workdays
        }
    }

    /// How far from a statutory holiday a year without a notice may have its
    /// make-up working days and its extra days off (the calendar file's `provisional`).
    public struct ProvisionalBounds: Sendable, Hashable {
        /// A weekend day at most this many days from a statutory holiday may be a working day.
        public var makeUpWorkdaysWithin: Int
        /// A weekday at most this many days from a statutory holiday may be a day off.
        public var extraDaysOffWithin: Int

        /// Creates bounds.
        public init(makeUpWorkdaysWithin: Int, extraDaysOffWithin: Int) {
            self.makeUpWorkdaysWithin = makeUpWorkdaysWithin
            self.extraDaysOffWithin = extraDaysOffWithin
        }
    }

    /// A working-day count that needed a year the calendar can neither read nor derive.
    public struct UncoveredYear: Error, Hashable, Sendable {
        /// The first year that is missing.
        public let year: Int
    }

    /// The notices, by year.
    public let notices: [Int: Notice]
    /// The bounds for years without a notice; `nil`: such years are not covered.
    public let bounds: ProvisionalBounds?
    private let derived = DerivedYears()

    /// Creates a calendar from notices and, to derive other years, bounds.
    public init(notices: [Int: Notice] = [:], bounds: ProvisionalBounds? = nil) {
        self.notices = notices
        self.bounds = bounds
    }

    /// The years with a notice, in order.
    public var noticeYears: [Int] { notices.keys.sorted() }

    /// This calendar with `other`'s notices added (a year in `other` replaces the
    /// same year here) and `other`'s bounds, when it has any.
    public func merging(_ other: WorkingDayCalendar) -> WorkingDayCalendar {
        WorkingDayCalendar(notices: notices.merging(other.notices) { $1 }, bounds: other.bounds ?? bounds)
    }

    /// The day as the calendar reads it. Throws when its year has no notice and cannot be derived.
    public func entry(_ day: Day) throws(UncoveredYear) -> CalendarDay {
        let year = day.year
        if let notice = notices[year] {
            if notice.workdays.contains(day) { return CalendarDay(day: day, isWorkingDay: true, source: .notice) }
            if notice.holidays.contains(day) { return CalendarDay(day: day, isWorkingDay: false, source: .notice) }
            return CalendarDay(day: day, isWorkingDay: day.weekday <= 5, source: .week)
        }
        guard let bounds, let plan = derived.plan(year, bounds: bounds) else { throw UncoveredYear(year: year) }
        return plan[day.ordinal] ?? CalendarDay(day: day, isWorkingDay: day.weekday <= 5, source: .week)
    }

    /// Whether the day is a working day, reading an unsettled day as its
    /// weekday says. Throws when its year is not covered.
    public func isWorkingDay(_ day: Day) throws(UncoveredYear) -> Bool { try entry(day).isWorkingDay }
}

/// One day of the calendar.
public struct CalendarDay: Sendable, Hashable {
    /// Where the calendar's reading of a day comes from.
    public enum Source: String, Sendable, Hashable {
        /// Named by the State Council's notice (a holiday or a make-up working day).
        case notice
        /// A statutory holiday derived for a year without a notice.
        case statutory
        /// Near a statutory holiday in a year without a notice: the notice may still
        /// make this weekend day a working day, or this weekday a day off.
        case provisional
        /// An ordinary weekday or weekend day.
        case week
    }

    /// The day.
    public let day: Day
    /// Whether it is a working day (for a provisional day: as its weekday says).
    public let isWorkingDay: Bool
    /// The source of the reading.
    public let source: Source

    /// Whether a notice still to come may change the reading.
    public var isSettled: Bool { source != .provisional }
}

/// The derived years of one calendar, computed once each.
private final class DerivedYears: @unchecked Sendable {
    private let lock = Lock()
    private var plans: [Int: [Int: CalendarDay]?] = [:]

    /// The days of `year` that are not ordinary weekdays or weekend days; `nil` when it cannot be derived.
    func plan(_ year: Int, bounds: WorkingDayCalendar.ProvisionalBounds) -> [Int: CalendarDay]? {
        lock.lock()
        defer { lock.unlock() }
        if let plan = plans[year] { return plan }
        let plan = Self.derive(year, bounds: bounds)
        plans[year] = plan
        return plan
    }

    private static func derive(_ year: Int, bounds: WorkingDayCalendar.ProvisionalBounds) -> [Int: CalendarDay]? {
        guard let own = StatutoryHolidays.days(in: year) else { return nil }
        let statutory =
            (StatutoryHolidays.days(in: year - 1) ?? []) + own + (StatutoryHolidays.days(in: year + 1) ?? [])
        var plan: [Int: CalendarDay] = [:]
        var day = Day.firstOfYear(year)
        while day.year == year {
            let distance = statutory.map { abs($0.days(until: day)) }.min() ?? Int.max
            let isWeekday = day.weekday <= 5
            if distance == 0 {
                plan[day.ordinal] = CalendarDay(day: day, isWorkingDay: false, source: .statutory)
            } else if distance <= (isWeekday ? bounds.extraDaysOffWithin : bounds.makeUpWorkdaysWithin) {
                plan[day.ordinal] = CalendarDay(day: day, isWorkingDay: isWeekday, source: .provisional)
            }
            day = day.adding(days: 1)
        }
        return plan
    }
}
