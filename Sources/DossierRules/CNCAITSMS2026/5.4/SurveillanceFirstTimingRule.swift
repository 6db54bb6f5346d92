import DossierLintKit

/// 5.4.1.4: the first surveillance audit after an initial certification or a
/// re-certification is carried out within 12 months of the certificate's issue;
/// one still missing after that as of the judging day is overdue.
struct SurveillanceFirstTimingRule: Rule {
    static let identifier = "surveillance-first-timing"

    func check(_ context: RuleContext) {
        guard let months = context.wholeParameter("maximum_months_to_first_surveillance")
        else { return }
        for window in SurveillanceWindow.windows(context) {
            // A transferred certification continues its surveillance interval (surveillance-interval).
            if window.transferredSurveillanceDay != nil { continue }
            let deadline = window.issued.adding(months: months)
            if let first = window.surveillances.first {
                guard first.end > deadline, !window.bodyActed(deadline: deadline, until: first.end) else { continue }
                let auditName = first.audit["id"].string ?? first.audit.path
                context.report(
                    first.audit["dates"]["end"],
                    Message(
                        zh: "证书 \(window.certificateName) 于 \(window.issued) 签发，第一次监督审核 \(auditName) 于 \(first.end) 结束，"
                            + "晚于签发之日起 \(months) 个月（\(deadline)）",
                        en: "certificate \(window.certificateName) was issued on \(window.issued); the first "
                            + "surveillance \(auditName) ended on \(first.end), later than \(months) months after "
                            + "the issue (\(deadline))"
                    ))
            } else {
                let judgingDay = context.judgingDay
                guard judgingDay > deadline, deadline < window.closes,
                    window.expectedSurveillanceCount(intervalMonths: months) >= 1,
                    !window.recertified(after: window.issued),
                    !window.bodyActed(deadline: deadline, until: judgingDay)
                else { continue }
                let late = deadline.days(until: judgingDay)
                context.report(
                    window.certificate["issued_on"],
                    Message(
                        zh: "证书 \(window.certificateName) 于 \(window.issued) 签发，最迟应于 \(deadline) 实施第一次监督审核；"
                            + "至 \(judgingDay) 仍未实施，已逾期 \(late) 日",
                        en: "certificate \(window.certificateName) was issued on \(window.issued): the first "
                            + "surveillance was due by \(deadline) at the latest and has not taken place by \(judgingDay) "
                            + "(\(dayCountText(late)) overdue)"
                    ))
            }
        }
    }
}
