import DossierLintKit

/// 3.6.2: consecutive surveillance audits end at most 12 months apart, at most 15 when the later
/// one records why it was put off and the evidence (`interval_extension`); a next surveillance
/// still missing 12 months after the last one on the judging day is overdue.
struct BCMSSurveillanceIntervalRule: Rule {
    static let identifier = "bcms-surveillance-interval"

    func check(_ context: RuleContext) {
        guard let months = context.wholeParameter("maximum_interval_months"),
            let extended = context.wholeParameter("extended_maximum_months")
        else { return }
        for cycle in BCMSCertificationCycle.cycles(context) {
            let window = cycle.window
            let surveillances = window.surveillances
            for (previous, next) in zip(surveillances, surveillances.dropFirst()) {
                checkInterval(previous, next, months: months, extended: extended, window: window, context: context)
            }
            guard let last = surveillances.last else { continue }
            let deadline = last.end.adding(months: months)
            let judgingDay = context.judgingDay
            guard judgingDay > deadline, deadline < window.closes,
                surveillances.count < window.expectedSurveillanceCount(intervalMonths: months),
                !window.recertified(after: last.end),
                !window.bodyActed(deadline: deadline, until: judgingDay)
            else { continue }
            let late = deadline.days(until: judgingDay)
            let name = Audits.name(of: last.audit)
            context.report(
                last.audit["dates"]["end"],
                Message(
                    zh: "上次监督审核 \(name) 于 \(last.end) 结束，下一次监督审核应\(latestBy(deadline).zh)实施；"
                        + "至 \(judgingDay) 仍未实施，已逾期 \(late) 日",
                    en: "the last surveillance \(name) ended on \(last.end): the next was due "
                        + "\(latestBy(deadline).en) and has not taken place by \(judgingDay) "
                        + "(\(dayCountText(late)) overdue)"))
        }
    }

    /// Judges the interval from `previous` to `next`.
    private func checkInterval(
        _ previous: DatedSurveillance, _ next: DatedSurveillance, months: Int, extended: Int,
        window: SurveillanceWindow, context: RuleContext
    ) {
        let normal = previous.end.adding(months: months)
        let longest = previous.end.adding(months: extended)
        guard next.end > normal else { return }
        let previousName = Audits.name(of: previous.audit)
        let nextName = Audits.name(of: next.audit)
        let interval = "监督审核 \(nextName) 于 \(next.end) 结束，距上次监督审核 \(previousName)（\(previous.end) 结束）"
        let intervalEn =
            "surveillance \(nextName) ended on \(next.end), after surveillance \(previousName) ended "
            + "on \(previous.end):"
        if next.end > longest {
            guard !window.bodyActed(deadline: longest, until: next.end) else { return }
            context.report(
                next.audit["dates"]["end"],
                Message(
                    zh: "\(interval)超过 \(extended) 个月：即使有证据延长，也应\(latestBy(longest).zh)实施",
                    en: "\(intervalEn) more than \(extended) months, the longest interval even with evidence "
                        + "(\(latestBy(longest).en))"))
            return
        }
        guard !window.bodyActed(deadline: normal, until: next.end) else { return }
        let record = next.audit["interval_extension"]
        guard record.exists else {
            context.report(
                next.audit["dates"]["end"],
                Message(
                    zh: "\(interval)超过 \(months) 个月（应\(latestBy(normal).zh)实施），且没有记录延长监督审核期限的原因和证据",
                    en: "\(intervalEn) more than \(months) months (\(latestBy(normal).en)), and no extension with "
                        + "its reason and evidence is recorded (interval_extension)"))
            return
        }
        for key in ["reason", "evidence"] where !record[key].hasContent {
            context.report(
                record[key],
                Message(
                    zh: "\(interval)超过 \(months) 个月，按延长处理须记录\(context.name(record[key]).zh)"
                        + "（有证据表明获证组织暂不具备实施监督审核的条件）",
                    en: "\(intervalEn) more than \(months) months; an extension needs \(record[key].path) "
                        + "(evidence that the organisation was not yet in a position to be audited)"))
        }
    }
}
