import DossierLintKit

/// 10.1: records are kept at least 2 years after the certificate expired, or
/// after it was cancelled or withdrawn.
struct RecordsRetentionRule: Rule {
    static let identifier = "records-retention"

    func check(_ context: RuleContext) {
        let certificates = context.dossier["certificates"].elements
        guard !certificates.isEmpty, let years = context.parameter("minimum_years_after_end") else { return }
        for certificate in certificates {
            guard context.date(certificate["issued_on"]) != nil, context.date(certificate["expires_on"]) != nil
            else { return }
        }
        let timeline = CertificateTimeline(dossier: context.dossier)
        // The basis is worded only for a finding: most records are kept long enough.
        var required: (day: Day, basis: () -> Message)?
        for certificate in timeline.certificates {
            var end = certificate.expires
            let expires = certificate.expires
            var basis = { Message(zh: "证书 \(expires) 到期", en: "the certificate expires \(expires)") }
            if let termination = timeline.events(of: certificate).first(where: {
                $0.kind == "withdrawal" || $0.kind == "cancellation"
            }), termination.decided < end {
                end = termination.decided
                let decided = end
                let withdrawn = termination.kind == "withdrawal"
                basis = {
                    Message(
                        zh: "证书于 \(decided) 被\(withdrawn ? "撤销" : "注销")",
                        en: "the certificate was \(withdrawn ? "withdrawn" : "cancelled") on \(decided)")
                }
            }
            let day = end.adding(years: Int(years))
            if required.map({ day > $0.day }) ?? true { required = (day, basis) }
        }
        guard let required, let entries = CertificationRecordEntries.keptEntries(context) else { return }
        for (key, entry) in entries {
            guard let kept = context.date(entry["kept_until"]), kept < required.day else { continue }
            let label = CertificationRecordEntries.label(key)
            let yearsText = wholeText(years)
            let basis = required.basis()
            context.report(
                entry["kept_until"],
                Message(
                    zh: "\(label.zh)保存至 \(kept)；\(basis.zh)，应保存至 \(required.day)（\(yearsText) 年以上）",
                    en: "\(label.en) is kept until \(kept); \(basis.en), so it must be kept until "
                        + "\(required.day) (\(yearsText) years or more)"))
        }
    }
}
