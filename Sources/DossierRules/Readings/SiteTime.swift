import DossierLintKit

/// The on-site time an audit spent at each site (5.4.3.4), read from
/// `time.per_site` of its parts (stage 1 and stage 2 together for the initial audit).
struct SiteTimes {
    /// One visited site's on-site time.
    struct Entry {
        /// The site id.
        let site: String
        /// Person-days on site, summed over the parts.
        var days: Double
        /// The `onsite_days` field of the site's last `per_site` entry, where findings point.
        var field: Field
        /// The `site` field of that entry.
        var siteField: Field
    }

    /// The sites with recorded time, in order of first appearance.
    var entries: [Entry] = []
    /// The sum over every site.
    var total: Double = 0
    /// Sites the audit visited (`sites`) that have no `per_site` entry.
    var unrecorded: [String] = []
}

/// The shared readings of the 5.4.3.4 rules.
enum SiteTime {
    /// 5.4.3.4 applies to clients with more than one site.
    static func applies(to dossier: Dossier) -> Bool { dossier.clientSites.count > 1 }

    /// The audits the 5.4.3.4 rules judge: initial, surveillance and
    /// re-certification audits that were not terminated.
    static func judgedAudits(of dossier: Dossier) -> [JudgedAudit] {
        dossier.judgedAudits.filter { !$0.isTerminated && $0.kind != .other }
    }

    /// The per-site time of an audit; `nil` (after "cannot verify") when an on-site
    /// part has no `per_site` or an entry is malformed.
    static func read(_ audit: JudgedAudit, _ context: RuleContext) -> SiteTimes? {
        read(audit, context) { perSite in
            Message(
                zh: "认证委托人有多个场所，但缺少各场所的现场审核时间（\(perSite.path)）",
                en: "the client has several sites, but the per-site on-site time (\(perSite.path)) is missing")
        }
    }

    /// As `read(_:_:)`, the Chinese message naming the missing `per_site` by its labels.
    static func readNamingFields(_ audit: JudgedAudit, _ context: RuleContext) -> SiteTimes? {
        read(audit, context) { perSite in
            Message(
                zh: "认证委托人有多个场所，但缺少\(context.name(perSite).zh)",
                en: "the client has several sites, but the per-site on-site time (\(perSite.path)) is missing")
        }
    }

    private static func read(_ audit: JudgedAudit, _ context: RuleContext, missing: (Field) -> Message)
        -> SiteTimes?
    {
        var result = SiteTimes()
        var positions: [String: Int] = [:]  // each site's entry in `result.entries`
        var complete = true
        for part in audit.parts where part["onsite"].bool.value != false {
            let perSite = part["time"]["per_site"]
            guard perSite.exists else {
                context.cannotVerify(perSite, missing(perSite))
                complete = false
                continue
            }
            for entry in perSite.elements {
                guard let site = context.text(entry["site"]), let days = context.number(entry["onsite_days"]) else {
                    complete = false
                    continue
                }
                result.total += days
                if let index = positions[site] {
                    result.entries[index].days += days
                    result.entries[index].field = entry["onsite_days"]
                    result.entries[index].siteField = entry["site"]
                } else {
                    positions[site] = result.entries.count
                    result.entries.append(
                        SiteTimes.Entry(site: site, days: days, field: entry["onsite_days"], siteField: entry["site"]))
                }
            }
        }
        guard complete else { return nil }
        result.unrecorded = audit.visitedSites.filter { positions[$0] == nil }
        return result
    }

    /// The share of the Annex B (initial) time an audit of this kind takes:
    /// 1 for the initial audit, the parameters `surveillance_share` (5.7.4) and
    /// `recertification_share` (5.8.4) otherwise.
    static func kindShare(_ kind: JudgedAudit.Kind, _ context: RuleContext) -> Double? {
        switch kind {
        case .initial: return 1
        case .surveillance: return context.parameter("surveillance_share")
        case .recertification: return context.parameter("recertification_share")
        case .other: return nil
        }
    }

    /// The Annex B on-site time for a headcount: the Annex B days × the audit
    /// kind's share × the on-site share, rounded to the nearest half day.
    static func annexBOnsiteDays(
        headcount: Double, table: AnnexBTable, kindShare: Double, onsiteShare: Double
    ) -> (annexB: Double, onsite: Double)? {
        guard let days = table.days(forEffectivePersonnel: headcount) else { return nil }
        return (days, roundedToHalfDay(days * kindShare * onsiteShare))
    }

    /// "4.5 × 33.3 % × 80 % = 1.2 → 1" (the Annex B days, shares, product and
    /// half-day rounding), for messages.
    static func computation(annexB: Double, kindShare: Double, onsiteShare: Double) -> String {
        let share = kindShare == 1 ? "" : " × \(percentText(kindShare))"
        let product = annexB * kindShare * onsiteShare
        let exact = formatDays((product * 100).rounded() / 100)
        let rounded = formatDays(roundedToHalfDay(product))
        return "\(formatDays(annexB))\(share) × \(percentText(onsiteShare)) = \(exact) → \(rounded)"
    }
}
