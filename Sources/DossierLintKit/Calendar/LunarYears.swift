/// The Chinese lunar years that begin in 2008–2099 (`StatutoryHolidays.years`),
/// as the Chinese calendar of ICU (Foundation's `Calendar(identifier: .chinese)`,
/// Beijing time) computes them: by Gregorian year, the day of 正月初一 and the
/// lengths of the lunar months in order, `L` 30 days and `S` 29, the leap month
/// (闰月) in lower case after the month it repeats (2025: 闰六月, `s` after the
/// sixth letter).
///
/// A table rather than ICU, so that the binary does not link Foundation and
/// ICU (34 MB of data alone) for three holidays a year. `LunarYearsTests` checks every month of
/// every year against ICU and prints the line to put here when one differs.
enum LunarYears {
    /// The lunar year beginning in each Gregorian year: `MM-DD` of its first day, then its months.
    static let table: [Int: String] = [
        2008: "02-07 LSSLSSLSLLSL",
        2009: "01-26 LLSSLsSLSLSLL",
        2010: "02-14 LSLSLSSLSLSL",
        2011: "02-03 LSLLSLSSLSLS",
        2012: "01-23 LSLLsLSLSLSLS",
        2013: "02-10 LSLSLLSLSLSL",
        2014: "01-31 SLSLSLSLLsLSL",
        2015: "02-19 SLSSLSLLLSLS",
        2016: "02-08 LSLSSLSLLSLL",
        2017: "01-28 SLSLSSlSLSLLL",
        2018: "02-16 SLSLSSLSLSLL",
        2019: "02-05 LSLSLSSLSSLL",
        2020: "01-25 SLLLsLSSLSLSL",
        2021: "02-12 SLLSLSLSLSLS",
        2022: "02-01 LSLSLLSLSLSL",
        2023: "01-22 SLsSLLSLLSLSL",
        2024: "02-10 SLSSLSLLSLLS",
        2025: "01-29 LSLSSLsLSLLLS",
        2026: "02-17 LSLSSLSSLLLS",
        2027: "02-06 LLSLSSLSSLLS",
        2028: "01-26 LLLSLsSLSSLLS",
        2029: "02-13 LLSLSLSLSSLL",
        2030: "02-03 SLSLLSLSLSLS",
        2031: "01-23 SLLsLSLLSLSLS",
        2032: "02-11 LSSLSLLSLLSL",
        2033: "01-31 SLSSLSLSLLLsL",
        2034: "02-19 SLSSLSLSLLSL",
        2035: "02-08 LSLSSLSSLLSL",
        2036: "01-28 LLSLSSlSSLSLL",
        2037: "02-15 LLSLSSLSSLSL",
        2038: "02-04 LLSLSLSLSSLS",
        2039: "01-24 LLSLLsLSLSLSS",
        2040: "02-12 LSLLSLSLLSLS",
        2041: "02-01 SLSLSLLSLLSL",
        2042: "01-22 SLsSLSLSLLSLL",
        2043: "02-10 SLSSLSSLLSLL",
        2044: "01-30 LSLSSLSsLSLLL",
        2045: "02-17 LSLSSLSSLSLL",
        2046: "02-06 LSLSLSLSSLSL",
        2047: "01-26 LSLLSlSLSSLSL",
        2048: "02-14 SLLSLLSLSSLS",
        2049: "02-02 LSLSLLSLLSLS",
        2050: "01-23 SLSlSLSLLSLLS",
        2051: "02-11 LSSLSSLLSLLL",
        2052: "02-01 SLSSLSSLsLLLL",
        2053: "02-19 SLSSLSSLSLLL",
        2054: "02-08 SLLSSLSSLSLL",
        2055: "01-28 SLLSLSlSSLSLS",
        2056: "02-15 LLLSLSLSSLSL",
        2057: "02-04 SLLSLSLLSSLS",
        2058: "01-24 LSLSlSLLSLLSS",
        2059: "02-12 LSLSLSLSLLLS",
        2060: "02-02 LSSLSSLSLLLS",
        2061: "01-21 LLSsLSSLSLLLS",
        2062: "02-09 LLSSLSSLSLLS",
        2063: "01-29 LLSLSLSsLSLSL",
        2064: "02-17 LLSLSLSSLSLS",
        2065: "02-05 LLSLLSLSSLSL",
        2066: "01-26 SLSLLsLSLSLSL",
        2067: "02-14 SLSLSLLSLSLS",
        2068: "02-03 LSLSSLLSLLSL",
        2069: "01-23 SLSLsSLSLLLSL",
        2070: "02-11 SLSLSSLSLLSL",
        2071: "01-31 LSLSLSSLsLSLL",
        2072: "02-19 LSLSLSSLSLSL",
        2073: "02-07 LSLLSLSSLSLS",
        2074: "01-27 LSLLSLsLSLSLS",
        2075: "02-15 LSLSLLSLSLSL",
        2076: "02-05 SLSLSLSLLSLS",
        2077: "01-24 LSLSsLSLLLSLS",
        2078: "02-12 LSLSSLSLLSLL",
        2079: "02-02 SLSLSSLSLSLL",
        2080: "01-22 LSLsLSSLSSLLL",
        2081: "02-09 SLLSLSSLSSLL",
        2082: "01-29 SLLLSSLsLSSLL",
        2083: "02-17 SLLSLSLSLSLS",
        2084: "02-06 LSLSLLSLSLSL",
        2085: "01-26 SLSSLlSLLSLSL",
        2086: "02-14 SLSSLSLLSLLS",
        2087: "02-03 LSLSSLSLSLLL",
        2088: "01-24 SLSLsSLSSLLLS",
        2089: "02-10 LLSLSSSLSLLS",
        2090: "01-30 LLLSLSSLsSLLS",
        2091: "02-18 LLSLSLSLSSLS",
        2092: "02-07 LLSLLSLSLSLS",
        2093: "01-27 SLLSLSlLSLSLS",
        2094: "02-15 SLSLSLLSLLSL",
        2095: "02-05 SLSSLSLSLLLS",
        2096: "01-25 LSLSsLSSLLLSL",
        2097: "02-12 LSLSSLSSLLSL",
        2098: "02-01 LLSLSSSLSLSL",
        2099: "01-21 LLsLLSSLSSLSL",
    ]

    /// The Gregorian day of lunar `month`/`day` (not a leap month) in the lunar
    /// year that begins in Gregorian `year`, `nil` outside the table. A day past
    /// the end of a 29-day month runs into the next month, as ICU counts it.
    static func day(_ year: Int, month: Int, day: Int) -> Day? {
        guard let entry = table[year], let space = entry.firstIndex(of: " "),
            let newYear = Day("\(year)-" + entry[..<space])
        else { return nil }
        var offset = 0
        var regular = 0
        for letter in entry[entry.index(after: space)...] {
            if letter.isUppercase {
                regular += 1
                if regular == month { return newYear.adding(days: offset + day - 1) }
            }
            offset += letter == "L" || letter == "l" ? 30 : 29
        }
        return nil
    }
}
