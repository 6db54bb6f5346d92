import DossierLintKit

/// The shared check of 5.4.4.2 and 5.4.4.3: members who do not count toward
/// audit time (technical experts, trainees) have on-site days recorded, and the
/// audit's on-site time exceeds what the formal auditors did: their days were
/// counted.
enum NonAuditorTime {
    /// Checks every audit for members selected by `isExcluded`. With `labelled`, a Chinese
    /// message names no raw key (the missing days read “现场人日数”, not “days”).
    static func check(
        _ context: RuleContext, kind: Message, labelled: Bool = false, isExcluded: (TeamMember) -> Bool
    ) {
        for audit in context.dossier.audits {
            let team = context.dossier.team(of: audit)
            var excludedDays = 0.0
            var excludedLabels: [String] = []
            for member in team where isExcluded(member) {
                guard let days = context.optional(member.days, { $0.number }), days > 0 else { continue }
                excludedDays += days
                excludedLabels.append("\(member.label) \(formatDays(days))")
            }
            guard excludedDays > 0 else { continue }
            let time = audit["time"]
            guard let onsiteDays = context.number(time["onsite_days"]) else { continue }
            let teamDays = context.dossier.teamDays(of: audit)
            if let member = teamDays.formalAuditorsWithoutDays.first {
                context.cannotVerify(
                    member.days,
                    Message(
                        zh: labelled
                            ? "审核员 \(member.label) 没有记录现场人日数，无法判断\(kind.zh)的人日是否计入了审核时间"
                            : "审核员 \(member.label) 没有记录现场人日（days），无法判断\(kind.zh)的人日是否计入了审核时间",
                        en:
                            "auditor \(member.label) has no on-site days recorded, so whether the \(kind.en)' days were counted cannot be judged"
                    ))
                continue
            }
            guard onsiteDays > teamDays.formalAuditors + dayCountTolerance else { continue }
            let labels = excludedLabels.joined(separator: ", ")
            context.report(
                time["onsite_days"],
                Message(
                    zh:
                        "现场审核时间记为 \(formatDays(onsiteDays)) 人日，但正式审核员合计只有 \(formatDays(teamDays.formalAuditors)) 人日；\(kind.zh)（\(labels)）的人日不计入审核时间",
                    en:
                        "on-site time is recorded as \(formatDays(onsiteDays)) person-days, but the formal auditors did \(formatDays(teamDays.formalAuditors)); the \(kind.en)' days (\(labels)) do not count toward audit time"
                ))
        }
    }
}
