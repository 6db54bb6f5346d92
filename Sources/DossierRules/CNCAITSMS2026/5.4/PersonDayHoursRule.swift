import DossierLintKit

/// 5.4.2.1: a person-day is 8 hours, and on-site person-days are not cut by
/// lengthening the working day. Each formal auditor counts at most one
/// person-day per on-site calendar day (fewer when the client's working day is
/// shorter than 8 hours), and the recorded on-site time cannot exceed what the
/// team's formal auditors could do in the audit's dates.
struct PersonDayHoursRule: Rule {
    static let identifier = "person-day-hours"

    func check(_ context: RuleContext) {
        guard let hoursPerPersonDay = context.parameter("hours_per_person_day"), hoursPerPersonDay > 0 else { return }
        for audit in context.dossier.audits {
            check(audit, hoursPerPersonDay: hoursPerPersonDay, context)
        }
    }

    private func check(_ audit: Field, hoursPerPersonDay: Double, _ context: RuleContext) {
        let time = audit["time"]
        // The words of the messages are made only when there is a finding.
        lazy var hours = formatDays(hoursPerPersonDay)
        var workingHours = hoursPerPersonDay
        if let recorded = context.optional(time["hours_per_day"], { $0.number }) {
            if recorded > hoursPerPersonDay + dayCountTolerance {
                context.report(
                    time["hours_per_day"],
                    Message(
                        zh: "每个现场审核日按 \(formatDays(recorded)) 小时计，而 1 人日为 \(hours) 小时；不应通过增加工作日的工作小时数以减少审核人日数",
                        en:
                            "each on-site day is counted as \(formatDays(recorded)) hours, but a person-day is \(hours) hours; the working day must not be lengthened to cut person-days"
                    ))
            }
            workingHours = min(recorded, hoursPerPersonDay)
        }
        guard let onsiteDays = context.number(time["onsite_days"]),
            let start = context.date(audit["dates"]["start"]),
            let end = context.date(audit["dates"]["end"])
        else { return }
        let calendarDays = start.days(until: end) + 1
        guard calendarDays >= 1 else {
            context.cannotVerify(
                audit["dates"]["end"],
                Message(zh: "审核结束日 \(end) 早于开始日 \(start)", en: "the audit ends (\(end)) before it starts (\(start))"))
            return
        }
        let dayShare = workingHours / hoursPerPersonDay
        let perMemberLimit = Double(calendarDays) * dayShare
        lazy var period = "\(start) — \(end)"
        lazy var shareZh = workingHours < hoursPerPersonDay ? "，每日工作 \(formatDays(workingHours)) 小时" : ""
        lazy var shareEn = workingHours < hoursPerPersonDay ? ", \(formatDays(workingHours))-hour working days" : ""
        let team = context.dossier.team(of: audit)
        let formalAuditors = team.filter(\.isFormalAuditor)
        for member in formalAuditors {
            guard let days = context.optional(member.days, { $0.number }) else { continue }
            if days > perMemberLimit + dayCountTolerance {
                context.report(
                    member.days,
                    Message(
                        zh:
                            "\(member.label) 记为 \(formatDays(days)) 人日，但现场审核只有 \(calendarDays) 日（\(period)\(shareZh)），每人最多 \(formatDays(perMemberLimit)) 人日；1 人日为 \(hours) 小时",
                        en:
                            "\(member.label) is counted for \(formatDays(days)) person-days, but the on-site audit spans \(calendarDays) days (\(period)\(shareEn)), at most \(formatDays(perMemberLimit)) person-days each; a person-day is \(hours) hours"
                    ))
            }
        }
        let capacity = Double(formalAuditors.count) * perMemberLimit
        if onsiteDays > capacity + dayCountTolerance {
            context.report(
                time["onsite_days"],
                Message(
                    zh:
                        "现场审核时间记为 \(formatDays(onsiteDays)) 人日，超过 \(formalAuditors.count) 名正式审核员 × \(calendarDays) 日（\(period)\(shareZh)）= \(formatDays(capacity)) 人日；1 人日为 \(hours) 小时，不应通过增加工作小时数减少审核人日数",
                    en:
                        "on-site time is recorded as \(formatDays(onsiteDays)) person-days, more than \(formalAuditors.count) formal auditors × \(calendarDays) days (\(period)\(shareEn)) = \(formatDays(capacity)); a person-day is \(hours) hours and longer days must not cut person-days"
                ))
            return
        }
        let teamDays = context.dossier.teamDays(of: audit)
        // Days of technical experts and trainees are judged by 5.4.4.2 and 5.4.4.3.
        guard teamDays.formalAuditorsWithoutDays.isEmpty, teamDays.technicalExperts == 0, teamDays.trainees == 0,
            onsiteDays > teamDays.formalAuditors + dayCountTolerance
        else { return }
        context.report(
            time["onsite_days"],
            Message(
                zh: "现场审核时间记为 \(formatDays(onsiteDays)) 人日，但审核组正式审核员的现场人日合计为 \(formatDays(teamDays.formalAuditors))",
                en:
                    "on-site time is recorded as \(formatDays(onsiteDays)) person-days, but the formal auditors' on-site days add up to \(formatDays(teamDays.formalAuditors))"
            ))
    }
}
