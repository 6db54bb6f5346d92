import DossierLintKit

/// 5.3 of CESI's BCMS rules: after a suspension or withdrawal the body publishes
/// it on its website and reports it to CNCA. Each step is dated on the event,
/// never before the decision (`decided_on`).
enum BCMSEventDisclosure {
    /// The event kinds 5.3 covers.
    static let kinds = ["suspension", "withdrawal"]

    /// A step of 5.3 and its wording.
    struct Step {
        /// The date field on the event.
        let key: String
        /// zh “在官方网站上公示”.
        let zh: String
        /// en “published on the website”.
        let en: String
    }

    /// When a step is due, from the decision day.
    struct Deadline {
        /// The last day the step may be done, when the reading sets one (`nil`: no deadline).
        let last: Day?
        /// The day after which a step not recorded counts as never done.
        let missingAfter: Day
    }

    /// Checks `step` on every suspension and withdrawal: not dated before the
    /// decision, not after `deadline(decided).last`, and recorded once the
    /// judging day is past `deadline(decided).missingAfter`.
    static func check(step: Step, context: RuleContext, deadline: (Day) -> Deadline) {
        for event in context.dossier["certificate_events"].elements {
            guard let kind = event["kind"].string, kinds.contains(kind),
                let decided = context.date(event["decided_on"])
            else { continue }
            let kindName = context.label(kind, of: "certificate_event_kind")
            let due = deadline(decided)
            let field = event[step.key]
            guard let done = context.optional(field, { $0.date }) else {
                guard context.judgingDay > due.missingAfter else { continue }
                let byZh = due.last.map { "；应\(latestBy($0).zh)\(step.zh)" } ?? ""
                let byEn = due.last.map { "; due \(latestBy($0).en)" } ?? ""
                context.report(
                    field,
                    Message(
                        zh: "证书于 \(decided) 被\(kindName.zh)，截至 \(context.judgingDay) 没有\(step.zh)的记录"
                            + "（\(context.name(field).zh)）\(byZh)",
                        en: "the \(kind) of \(decided) was not \(step.en) as of \(context.judgingDay) "
                            + "(\(field.path) is missing)\(byEn)"))
                continue
            }
            if done < decided {
                context.report(
                    field,
                    Message(
                        zh:
                            "\(context.name(field).zh)为 \(done)，早于\(kindName.zh)决定日期 \(decided)：应在\(kindName.zh)后\(step.zh)",
                        en: "the \(kind) was \(step.en) on \(done), before it was decided on \(decided)"))
            } else if let last = due.last, done > last {
                context.report(
                    field,
                    Message(
                        zh: "证书于 \(decided) 被\(kindName.zh)，\(done) 才\(step.zh)（应\(latestBy(last).zh)\(step.zh)）",
                        en: "the \(kind) of \(decided) was \(step.en) only on \(done) (due \(latestBy(last).en))"))
            }
        }
    }

    /// The given day of the month after `day`'s month (`次月10日前` for 10), clamped to that month's last day.
    static func day(_ dayOfMonth: Int, ofMonthAfter day: Day) -> Day {
        let next = day.tenthOfNextMonth
        let (year, month, _) = next.components
        return Day(year: year, month: month, day: max(1, min(dayOfMonth, Day.daysIn(month: month, year: year)))) ?? next
    }
}
