import DossierLintKit

/// 3.9: each auditor's on-site audit days, ITSMS and other management systems
/// together, are at most 180 in a calendar year.
struct AuditorOnsiteDaysRule: RepositoryRule {
    static let identifier = "auditor-onsite-days"

    /// One person's days in one calendar year.
    struct Tally {
        var itsms: Double = 0
        var audits = 0
        var other: Double = 0
        var first: (file: String, place: SummaryPlace)?
    }

    func check(_ context: RepositoryContext) {
        guard let maximum = context.parameter("maximum_days_per_year") else { return }
        let roles = Set(context.listParameter("counted_roles"))
        var tallies: [String: [Int: Tally]] = [:]
        for dossier in context.repository.dossiers {
            for entry in dossier.onsiteDays where entry.role.map(roles.contains) ?? false {
                guard let start = entry.start, let days = entry.days else {
                    context.cannotVerify(
                        file: dossier.path, entry.place,
                        Message(
                            zh: "审核 \(entry.audit) 中 \(entry.person) 的现场审核人日数和审核日期均无法读取",
                            en: "neither \(entry.person)'s on-site days (days) in audit \(entry.audit) nor the audit's "
                                + "dates can be read"))
                    continue
                }
                var tally = tallies[entry.person, default: [:]][start.year, default: Tally()]
                tally.itsms += days
                tally.audits += 1
                if tally.first == nil { tally.first = (dossier.path, entry.place) }
                tallies[entry.person, default: [:]][start.year] = tally
            }
        }
        let people = context.registry?.personnelById ?? [:]
        for (id, person) in people {
            for key in person["other_onsite_days"].keys {
                guard let year = Int(key), let days = person["other_onsite_days"][key].number.value else { continue }
                tallies[id, default: [:]][year, default: Tally()].other += days
            }
        }
        for id in tallies.keys.sorted() {
            for year in tallies[id]!.keys.sorted() {
                let tally = tallies[id]![year]!
                let total = tally.itsms + tally.other
                guard total > maximum else { continue }
                let person = people[id]
                let label = person.map(RegistryPersonnel.label) ?? id
                let message = Message(
                    zh: "\(label) 在 \(year) 年的管理体系现场审核时间共 \(formatDays(total)) 天（ITSMS \(tally.audits) 次审核 "
                        + "\(formatDays(tally.itsms)) 天，其他管理体系 \(formatDays(tally.other)) 天），"
                        + "超过 \(formatDays(maximum)) 天",
                    en: "\(label) spent \(formatDays(total)) days on management system audits on site in \(year) "
                        + "(ITSMS: \(formatDays(tally.itsms)) in \(tally.audits) audits; other systems: "
                        + "\(formatDays(tally.other))), more than \(formatDays(maximum))")
                if let person, let registry = context.registry {
                    context.report(file: registry.path, SummaryPlace(person), message)
                } else if let first = tally.first {
                    context.report(file: first.file, first.place, message)
                }
            }
        }
    }
}
