import DossierLintKit

/// 3.6.2: a surveillance audit takes place in every calendar year of the certificate's validity
/// but the year of the decision that opened the cycle and the re-certification year (read as the
/// year of the certificate's expiry); a year is judged once it has ended on the judging day.
struct BCMSSurveillanceEveryYearRule: Rule {
    static let identifier = "bcms-surveillance-every-year"

    func check(_ context: RuleContext) {
        for cycle in BCMSCertificationCycle.cycles(context) {
            let window = cycle.window
            let firstYear = cycle.decided.year + 1
            let lastYear = window.expires.year - 1
            guard firstYear <= lastYear else { continue }
            for year in firstYear...lastYear {
                let yearEnd = Day(year: year, month: 12, day: 31)!
                guard yearEnd < context.judgingDay, yearEnd <= window.closes else { break }
                guard cycle.surveillances(in: year).isEmpty, !cycle.recertified(in: year) else { continue }
                let next = window.surveillances.first { $0.end > yearEnd }
                guard !window.bodyActed(deadline: yearEnd, until: next?.end ?? context.judgingDay) else { continue }
                report(year, cycle: cycle, context: context)
            }
        }
    }

    private func report(_ year: Int, cycle: BCMSCertificationCycle, context: RuleContext) {
        let before = cycle.window.surveillances.last { $0.end.year < year }
        let field = before.map { $0.audit["dates"]["end"] } ?? cycle.decision["date"]
        let since =
            before.map {
                Message(
                    zh: "上次监督审核 \(Audits.name(of: $0.audit)) 于 \($0.end) 结束",
                    en: "the last surveillance before it, \(Audits.name(of: $0.audit)), ended on \($0.end)")
            }
            ?? Message(
                zh: "认证决定 \(cycle.decisionName) 于 \(cycle.decided) 作出，其后尚无监督审核",
                en: "no surveillance since the decision \(cycle.decisionName) of \(cycle.decided)")
        let certificate = cycle.window.certificateName
        context.report(
            field,
            Message(
                zh: "证书 \(certificate) 有效期内的 \(year) 年没有实施监督审核（\(since.zh)）；"
                    + "除认证决定当年和再认证的年份（证书到期的 \(cycle.window.expires.year) 年）外，每个日历年至少应实施一次监督审核",
                en: "no surveillance audit took place in \(year) within the validity of certificate \(certificate) "
                    + "(\(since.en)); every calendar year but the decision's and the re-certification year (the "
                    + "expiry's, \(cycle.window.expires.year)) needs at least one"))
    }
}
