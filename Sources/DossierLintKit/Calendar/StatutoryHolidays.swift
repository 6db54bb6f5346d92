/// The statutory public holidays of 《全国年节及纪念日放假办法》, derived for a
/// year without the State Council's notice: the days the 办法 itself fixes,
/// before any make-up working day or bridging day off.
public enum StatutoryHolidays {
    /// The years the derivation covers: the 2008 revision onwards, and the
    /// 21st century, where the 清明 formula holds.
    public static let years = 2008...2099

    /// The statutory holidays of `year`, or `nil` outside `years`.
    ///
    /// - 2025 onwards (2024 revision): 元旦 1 day, 春节 4 (除夕 to 初三), 清明 1,
    ///   劳动节 2 (May 1–2), 端午 1, 中秋 1, 国庆 3 (October 1–3).
    /// - 2014–2024 (2013 revision): 春节 3 (初一 to 初三), 劳动节 1.
    /// - 2008–2013 (2007 revision): 春节 3 (除夕 to 初二), 劳动节 1.
    public static func days(in year: Int) -> [Day]? {
        guard years.contains(year), let newYear = lunarNewYear(year),
            let dragonBoat = lunarDay(year, month: 5, day: 5), let midAutumn = lunarDay(year, month: 8, day: 15)
        else { return nil }
        let springFestival: [Day]
        let labourDay: [Day]
        switch year {
        case 2025...:
            springFestival = (-1...2).map { newYear.adding(days: $0) }
            labourDay = [Day(year: year, month: 5, day: 1)!, Day(year: year, month: 5, day: 2)!]
        case 2014...:
            springFestival = (0...2).map { newYear.adding(days: $0) }
            labourDay = [Day(year: year, month: 5, day: 1)!]
        default:
            springFestival = (-1...1).map { newYear.adding(days: $0) }
            labourDay = [Day(year: year, month: 5, day: 1)!]
        }
        let fixed = [Day.firstOfYear(year), qingming(year)] + (1...3).map { Day(year: year, month: 10, day: $0)! }
        return (fixed + springFestival + labourDay + [dragonBoat, midAutumn]).sorted()
    }

    /// 清明: the day the sun reaches ecliptic longitude 15° (Beijing time), by the
    /// published 21st-century formula ⌊Y × 0.2422 + 4.81⌋ − ⌊Y / 4⌋ (Y = year − 2000)
    /// for the day of April; tested against the astronomical dates of 2008–2030.
    public static func qingming(_ year: Int) -> Day {
        let y = year - 2000
        let day = Int((Double(y) * 0.2422 + 4.81).rounded(.down)) - y / 4
        return Day(year: year, month: 4, day: day)!
    }

    /// 初一 of the lunar year that begins in `year` (between January 21 and February 20).
    static func lunarNewYear(_ year: Int) -> Day? { lunarDay(year, month: 1, day: 1) }

    /// The Gregorian day of lunar `month`/`day` (not a leap month) in the lunar
    /// year that begins in Gregorian `year`, by the Chinese calendar in Beijing
    /// time (ICU's, tabulated in `LunarYears` for `years`).
    static func lunarDay(_ year: Int, month: Int, day: Int) -> Day? {
        LunarYears.day(year, month: month, day: day)
    }
}
