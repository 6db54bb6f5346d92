import DossierLintKit

/// 3.6.2: the first surveillance audit after the certification decision (a grant, and by the
/// same reading a renewal) ends within 12 months of the decision's date, without the 15-month
/// extension; one still missing after that on the judging day is overdue.
struct BCMSFirstSurveillanceRule: Rule {
    static let identifier = "bcms-first-surveillance"

    func check(_ context: RuleContext) {
        guard let months = context.wholeParameter("maximum_months") else { return }
        for cycle in BCMSCertificationCycle.cycles(context) {
            let window = cycle.window
            let deadline = cycle.decided.adding(months: months)
            let decision = "\(context.label(cycle.kind, of: "decision_kind").zh)决定 \(cycle.decisionName)"
            let decisionEn = "the \(cycle.kind) decision \(cycle.decisionName)"
            if let first = window.surveillances.first {
                guard first.end > deadline, !window.bodyActed(deadline: deadline, until: first.end) else { continue }
                let audit = Audits.name(of: first.audit)
                context.report(
                    first.audit["dates"]["end"],
                    Message(
                        zh: "\(decision) 于 \(cycle.decided) 作出，其后第一次监督审核 \(audit) 于 \(first.end) 结束，"
                            + "晚于认证决定日期起 \(months) 个月：应\(latestBy(deadline).zh)实施（不适用延长至 15 个月的规定）",
                        en: "\(decisionEn) was made on \(cycle.decided); the first surveillance \(audit) after it "
                            + "ended on \(first.end), later than \(months) months from the decision: "
                            + "\(latestBy(deadline).en) (the extension to 15 months does not apply)"))
                continue
            }
            let judgingDay = context.judgingDay
            guard judgingDay > deadline, deadline < window.closes,
                window.expectedSurveillanceCount(intervalMonths: months) >= 1,
                !window.recertified(after: window.issued),
                !window.bodyActed(deadline: deadline, until: judgingDay)
            else { continue }
            let late = deadline.days(until: judgingDay)
            context.report(
                cycle.decision["date"],
                Message(
                    zh: "\(decision) 于 \(cycle.decided) 作出，第一次监督审核应\(latestBy(deadline).zh)实施；"
                        + "至 \(judgingDay) 仍未实施，已逾期 \(late) 日",
                    en: "\(decisionEn) was made on \(cycle.decided): the first surveillance was due "
                        + "\(latestBy(deadline).en) and has not taken place by \(judgingDay) "
                        + "(\(dayCountText(late)) overdue)"))
        }
    }
}
