import DossierLintKit

/// 5.4.3.4: each visited site's on-site time is at least 50 % of the on-site
/// time Annex B gives for the site's own effective headcount. Service points
/// follow their own norm (`service-point-time`).
struct SiteOnsiteTimeRule: Rule {
    static let identifier = "site-onsite-time"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        let audits = SiteTime.judgedAudits(of: dossier)
        guard SiteTime.applies(to: dossier), !audits.isEmpty, let table = AnnexBTable.of(context),
            let onsiteShare = context.parameter("onsite_share"),
            let minimumShare = context.parameter("minimum_site_share")
        else { return }
        let sites = dossier.clientSites
        for audit in audits {
            guard let kindShare = SiteTime.kindShare(audit.kind, context),
                let times = SiteTime.readNamingFields(audit, context)
            else { continue }
            for missing in times.unrecorded {
                guard let site = sites.first(where: { $0.id == missing }), !site.isServicePoint else { continue }
                context.cannotVerify(
                    audit.time["per_site"],
                    Message(
                        zh: "场所 \(missing) 在审核场所中，但\(context.name(audit.time["per_site"]).zh)中没有其现场审核时间",
                        en: "site \(missing) was visited, but \(audit.time["per_site"].path) has no on-site time for it"
                    ))
            }
            for entry in times.entries {
                guard let site = sites.first(where: { $0.id == entry.site }) else {
                    context.cannotVerify(
                        entry.siteField,
                        Message(
                            zh: "场所 \(entry.site) 不在认证委托人的场所清单中",
                            en: "site \(entry.site) is not among the client's sites (client.sites)"))
                    continue
                }
                guard !site.isServicePoint, let headcount = context.number(site.effectivePersonnel),
                    let annexB = SiteTime.annexBOnsiteDays(
                        headcount: headcount, table: table, kindShare: kindShare, onsiteShare: onsiteShare)
                else { continue }
                let required = minimumShare * annexB.onsite
                guard entry.days < required - dayCountTolerance else { continue }
                let computation = SiteTime.computation(
                    annexB: annexB.annexB, kindShare: kindShare, onsiteShare: onsiteShare)
                context.report(
                    entry.field,
                    Message(
                        zh:
                            "场所 \(entry.site) 现场审核 \(formatDays(entry.days)) 人日，少于依据附录 B 确定的现场审核时间 \(formatDays(annexB.onsite)) 人日（有效人数 \(formatDays(headcount))：\(computation)，取最接近的半人日）的 \(percentText(minimumShare))，即 \(formatDays(required)) 人日",
                        en:
                            "site \(entry.site) had \(formatDays(entry.days)) person-days on site, less than \(percentText(minimumShare)) (\(formatDays(required))) of its Annex B on-site time of \(formatDays(annexB.onsite)) (\(formatDays(headcount)) effective persons: \(computation), to the nearest half day)"
                    ))
            }
        }
    }
}
