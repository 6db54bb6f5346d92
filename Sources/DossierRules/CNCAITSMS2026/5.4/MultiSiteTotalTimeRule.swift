import DossierLintKit

/// 5.4.3.4: the per-site on-site times (service points included) add up to at
/// least the on-site time Annex B gives for the whole organisation.
struct MultiSiteTotalTimeRule: Rule {
    static let identifier = "multi-site-total-time"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        let audits = SiteTime.judgedAudits(of: dossier)
        guard SiteTime.applies(to: dossier), !audits.isEmpty, let table = AnnexBTable.of(context),
            let onsiteShare = context.parameter("onsite_share")
        else { return }
        for audit in audits {
            guard let kindShare = SiteTime.kindShare(audit.kind, context),
                let headcount = context.number(audit.time["effective_personnel"]),
                let times = SiteTime.read(audit, context),
                let annexB = SiteTime.annexBOnsiteDays(
                    headcount: headcount, table: table, kindShare: kindShare, onsiteShare: onsiteShare)
            else { continue }
            guard times.total < annexB.onsite - dayCountTolerance else { continue }
            let computation = SiteTime.computation(
                annexB: annexB.annexB, kindShare: kindShare, onsiteShare: onsiteShare)
            let parts = times.entries.map { "\($0.site) \(formatDays($0.days))" }.joined(separator: " + ")
            context.report(
                audit.time["per_site"],
                Message(
                    zh:
                        "\(audit.name.zh)各场所现场审核时间合计 \(parts) = \(formatDays(times.total)) 人日，少于依据附录 B 计算的总现场审核时间 \(formatDays(annexB.onsite)) 人日（有效人数 \(formatDays(headcount))：\(computation)，取最接近的半人日）",
                    en:
                        "the \(audit.name.en)'s per-site on-site times add up to \(parts) = \(formatDays(times.total)) person-days, less than the Annex B total on-site time of \(formatDays(annexB.onsite)) (\(formatDays(headcount)) effective persons: \(computation), to the nearest half day)"
                ))
        }
    }
}
