import DossierLintKit

/// 5.4.3.4: a service point's on-site time is usually at least 0.25 person-day.
struct ServicePointTimeRule: Rule {
    static let identifier = "service-point-time"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        let audits = SiteTime.judgedAudits(of: dossier)
        let servicePoints = dossier.clientSites.filter(\.isServicePoint).compactMap(\.id)
        guard SiteTime.applies(to: dossier), !audits.isEmpty, !servicePoints.isEmpty,
            let minimum = context.parameter("minimum_service_point_days")
        else { return }
        for audit in audits {
            guard let times = SiteTime.readNamingFields(audit, context) else { continue }
            for missing in times.unrecorded where servicePoints.contains(missing) {
                context.cannotVerify(
                    audit.time["per_site"],
                    Message(
                        zh: "服务点 \(missing) 在审核场所中，但\(context.name(audit.time["per_site"]).zh)中没有该服务点",
                        en:
                            "service point \(missing) was visited, but \(audit.time["per_site"].path) has no on-site time for it"
                    ))
            }
            for entry in times.entries where servicePoints.contains(entry.site) {
                guard entry.days < minimum - dayCountTolerance else { continue }
                context.report(
                    entry.field,
                    Message(
                        zh: "服务点 \(entry.site) 现场审核 \(formatDays(entry.days)) 人日，通常每个服务点不少于 \(formatDays(minimum)) 人日",
                        en:
                            "service point \(entry.site) had \(formatDays(entry.days)) person-days on site; a service point usually has at least \(formatDays(minimum))"
                    ))
            }
        }
    }
}
