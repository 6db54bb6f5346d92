import DossierLintKit

/// 5.4.1.4: after the first surveillance audit, surveillance audits are at most
/// 12 months apart; a next surveillance still missing after that as of the
/// judging day is overdue (unless the cycle's surveillance audits are complete
/// or the re-certification audit has taken place).
struct SurveillanceIntervalRule: Rule {
    static let identifier = "surveillance-interval"

    func check(_ context: RuleContext) {
        guard let months = context.wholeParameter("maximum_interval_months") else { return }
        for window in SurveillanceWindow.windows(context) {
            let surveillances = window.surveillances
            if let transferred = window.transferredSurveillance {
                guard checkTransfer(window, from: transferred, months: months, context: context) else { continue }
            }
            for (previous, next) in zip(surveillances, surveillances.dropFirst()) {
                let deadline = previous.end.adding(months: months)
                guard next.end > deadline, !window.bodyActed(deadline: deadline, until: next.end) else { continue }
                context.report(
                    next.audit["dates"]["end"],
                    Message(
                        zh: "监督审核 \(name(of: next.audit)) 于 \(next.end) 结束，距上次监督审核 \(name(of: previous.audit))"
                            + "（\(previous.end) 结束）超过 \(months) 个月（最迟 \(deadline)）",
                        en: "surveillance \(name(of: next.audit)) ended on \(next.end), more than \(months) months "
                            + "after surveillance \(name(of: previous.audit)) ended (\(previous.end); latest "
                            + "\(deadline))"))
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
            context.report(
                last.audit["dates"]["end"],
                Message(
                    zh: "上次监督审核 \(name(of: last.audit)) 于 \(last.end) 结束，下一次监督审核最迟应于 \(deadline) 实施；"
                        + "至 \(judgingDay) 仍未实施，已逾期 \(late) 日",
                    en: "the last surveillance \(name(of: last.audit)) ended on \(last.end): the next was due by "
                        + "\(deadline) and has not taken place by \(judgingDay) "
                        + "(\(dayCountText(late)) overdue)"
                ))
        }
    }

    private func name(of audit: Field) -> String { audit["id"].string ?? audit.path }

    /// Judges the first surveillance after a transfer against the original body's last one; `false` when
    /// no surveillance follows the transfer (nothing more to judge in the window).
    private func checkTransfer(_ window: SurveillanceWindow, from field: Field, months: Int, context: RuleContext)
        -> Bool
    {
        guard let last = context.date(field) else { return !window.surveillances.isEmpty }
        let deadline = last.adding(months: months)
        if let first = window.surveillances.first {
            if first.end > deadline, !window.bodyActed(deadline: deadline, until: first.end) {
                context.report(
                    first.audit["dates"]["end"],
                    Message(
                        zh: "转换后的第一次监督审核 \(name(of: first.audit)) 于 \(first.end) 结束，距原认证机构最近一次监督审核"
                            + "（\(last) 结束）超过 \(months) 个月（最迟于 \(deadline)（含当日））",
                        en: "the first surveillance \(name(of: first.audit)) after the transfer ended on \(first.end), "
                            + "more than \(months) months after the original body's last surveillance ended (\(last); "
                            + "by \(deadline) at the latest)"))
            }
            return true
        }
        let judgingDay = context.judgingDay
        guard judgingDay > deadline, deadline < window.closes,
            window.expectedSurveillanceCount(intervalMonths: months) > 0,
            !window.recertified(after: last),
            !window.bodyActed(deadline: deadline, until: judgingDay)
        else { return false }
        context.report(
            field,
            Message(
                zh: "原认证机构最近一次监督审核于 \(last) 结束，转换后的第一次监督审核最迟于 \(deadline)（含当日）实施；"
                    + "至 \(judgingDay) 仍未实施，已逾期 \(deadline.days(until: judgingDay)) 日",
                en: "the original body's last surveillance ended on \(last): the first surveillance after the "
                    + "transfer was due by \(deadline) at the latest and has not taken place by \(judgingDay) "
                    + "(\(dayCountText(deadline.days(until: judgingDay))) overdue)"))
        return false
    }
}
