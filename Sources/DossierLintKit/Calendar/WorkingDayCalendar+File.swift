import DossierSyntax

extension WorkingDayCalendar {
    /// Reads the calendar file format: `YYYY: {holidays: [[from, to], ...], workdays: [...]}`
    /// per year with a notice, and optionally
    /// `provisional: {make_up_workdays_within: N, extra_days_off_within: M}`.
    public init(node: Node) throws(ParseError) {
        guard let entries = node.mapping else {
            throw ParseError(.syntax, "calendar: expected a mapping of years", at: node.location)
        }
        var notices: [Int: Notice] = [:]
        var bounds: ProvisionalBounds?
        for entry in entries {
            if entry.key == "provisional" {
                bounds = ProvisionalBounds(
                    makeUpWorkdaysWithin: try Self.days("make_up_workdays_within", in: entry.value),
                    extraDaysOffWithin: try Self.days("extra_days_off_within", in: entry.value))
                continue
            }
            guard let year = Int(entry.key), (1...9999).contains(year) else {
                throw ParseError(.syntax, "calendar: '\(entry.key)' is not a year", at: entry.keyLocation)
            }
            var notice = Notice(holidays: [], workdays: [])
            for range in entry.value["holidays"]?.sequence ?? [] {
                guard let pair = range.sequence, pair.count == 2 else {
                    throw ParseError(.syntax, "calendar: a holiday is [first, last]", at: range.location)
                }
                var current = try Self.day(pair[0], year: year)
                let last = try Self.day(pair[1], year: year)
                while current <= last {
                    notice.holidays.insert(current)
                    current = current.adding(days: 1)
                }
            }
            for item in entry.value["workdays"]?.sequence ?? [] {
                notice.workdays.insert(try Self.day(item, year: year))
            }
            notices[year] = notice
        }
        self.init(notices: notices, bounds: bounds)
    }

    private static func day(_ node: Node, year: Int) throws(ParseError) -> Day {
        guard let text = node.scalarText, let day = Day(text) else {
            throw ParseError(.syntax, "calendar: expected a date YYYY-MM-DD", at: node.location)
        }
        guard day.year == year else {
            throw ParseError(.syntax, "calendar: \(day) is not in \(year)", at: node.location)
        }
        return day
    }

    private static func days(_ key: String, in node: Node) throws(ParseError) -> Int {
        guard let value = node[key], let text = value.scalarText, let days = Int(text), days >= 0 else {
            throw ParseError(
                .syntax, "calendar: provisional.\(key) is a number of days", at: node[key]?.location ?? node.location)
        }
        return days
    }
}
