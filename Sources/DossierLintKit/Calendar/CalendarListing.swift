/// The calendar in use for one year, day by day (`dossierlint calendar`).
public enum CalendarListing {
    private static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// The days of `year`; throws when the calendar can neither read nor derive it.
    public static func days(of year: Int, in calendar: WorkingDayCalendar) throws(WorkingDayCalendar.UncoveredYear)
        -> [CalendarDay]
    {
        var days: [CalendarDay] = []
        var day = Day.firstOfYear(year)
        while day.year == year {
            days.append(try calendar.entry(day))
            day = day.adding(days: 1)
        }
        return days
    }

    /// What a day's source column says: `notice`, `statutory`, `provisional`, `weekday` or `weekend`.
    public static func source(of entry: CalendarDay) -> String {
        guard entry.source == .week else { return entry.source.rawValue }
        return entry.day.weekday <= 5 ? "weekday" : "weekend"
    }

    /// One line a day: date, weekday, working day or day off, source; after a
    /// header saying where the year comes from.
    public static func text(of year: Int, in calendar: WorkingDayCalendar) throws(WorkingDayCalendar.UncoveredYear)
        -> String
    {
        let days = try days(of: year, in: calendar)
        var lines = [header(year, calendar)]
        for entry in days {
            let status = entry.isWorkingDay ? "working day" : "day off    "
            lines.append("\(entry.day)  \(weekdays[entry.day.weekday - 1])  \(status)  \(source(of: entry))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"year", "notice", "days": [{"date", "weekday", "working", "source"}]}`.
    public static func json(of year: Int, in calendar: WorkingDayCalendar) throws(WorkingDayCalendar.UncoveredYear)
        -> String
    {
        let days = try days(of: year, in: calendar).map { entry -> JSONWriter.Value in
            .oneLine(
                .object([
                    "date": .string(entry.day.description), "weekday": .string(weekdays[entry.day.weekday - 1]),
                    "working": .bool(entry.isWorkingDay), "source": .string(source(of: entry)),
                ]))
        }
        return JSONWriter.write(
            .object(["year": .int(year), "notice": .bool(calendar.notices[year] != nil), "days": .array(days)]))
    }

    private static func header(_ year: Int, _ calendar: WorkingDayCalendar) -> String {
        if calendar.notices[year] != nil { return "# \(year): the State Council's notice" }
        return "# \(year): no State Council notice in the calendar; statutory holidays derived, provisional days "
            + "may still become working days (weekends) or days off (weekdays)"
    }
}
