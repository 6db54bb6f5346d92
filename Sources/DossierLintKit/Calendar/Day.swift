/// A calendar day (proleptic Gregorian), the only kind of date dossiers use.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let ordinal: Int

    /// Creates a day from its ordinal (days since 1970-01-01).
    public init(ordinal: Int) { self.ordinal = ordinal }

    /// Creates a day from year, month and day, or `nil` when there is no such day (2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        ordinal = era * 146097 + dayOfEra - 719468
    }

    /// Parses `YYYY-MM-DD` exactly; `nil` for anything else or a day that does not exist.
    public init?(_ text: String) {
        guard text.utf8.count == 10 else { return nil }
        // Read in place (a date is a small string, held inline): no array per date.
        var text = text
        let parts = text.withUTF8 { bytes -> (year: Int, month: Int, day: Int)? in
            guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return (year, month, day)
        }
        guard let parts else { return nil }
        self.init(year: parts.year, month: parts.month, day: parts.day)
    }

    /// Year, month and day.
    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// The year.
    public var year: Int { components.year }

    /// Monday = 1 … Sunday = 7.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        let value = (ordinal % 7 + 7) % 7
        return (value + 3) % 7 + 1
    }

    /// The number of days in a month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The day `count` calendar days later (earlier when negative).
    public func adding(days count: Int) -> Day { Day(ordinal: ordinal + count) }

    /// The same day of the month `count` months later, clamped to the month's
    /// last day (2026-01-31 plus one month is 2026-02-28).
    public func adding(months count: Int) -> Day {
        let (year, month, day) = components
        let total = year * 12 + (month - 1) + count
        let newYear = total / 12
        let newMonth = total % 12 + 1
        return Day(year: newYear, month: newMonth, day: min(day, Day.daysIn(month: newMonth, year: newYear)))!
    }

    /// The same day `count` years later (29 February becomes 28 February).
    public func adding(years count: Int) -> Day { adding(months: 12 * count) }

    /// Calendar days from `self` to `other` (positive when `other` is later).
    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    /// The 10th of the month after this day's month: the last day of "次月10日前".
    public var tenthOfNextMonth: Day {
        let next = adding(months: 1).components
        return Day(year: next.year, month: next.month, day: 10)!
    }

    /// The first day of the year.
    public static func firstOfYear(_ year: Int) -> Day { Day(year: year, month: 1, day: 1)! }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    /// `YYYY-MM-DD` (a year outside 0…9999 is written with its sign and all its digits).
    ///
    /// Messages name days often, and in both languages: the ten bytes of a year of four
    /// digits are written in place (a small string, no allocation), not joined from pieces.
    public var description: String {
        let (year, month, day) = components
        guard (0...9999).contains(year) else { return Day.joinedDescription(year, month, day) }
        let digits = UInt8(ascii: "0")
        let text: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
            digits + UInt8(year / 1000), digits + UInt8(year / 100 % 10), digits + UInt8(year / 10 % 10),
            digits + UInt8(year % 10), UInt8(ascii: "-"), digits + UInt8(month / 10), digits + UInt8(month % 10),
            UInt8(ascii: "-"), digits + UInt8(day / 10), digits + UInt8(day % 10)
        )
        return withUnsafeBytes(of: text) { String(decoding: $0, as: UTF8.self) }
    }

    /// `description` joined from its parts: the reading for any year, kept for the years the
    /// fast path leaves out and as the reference the tests compare it with.
    static func joinedDescription(_ year: Int, _ month: Int, _ day: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = String(year)
        return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-" + two(month) + "-" + two(day)
    }
}
