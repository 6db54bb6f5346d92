import DossierLintKit

/// ICASP25C 6.7.1.1: the re-certification audit is held within the 3 months
/// before the certificate expires.
struct ICASRecertificationWindowRule: Rule {
    static let identifier = "icas-recertification-window"

    func check(_ context: RuleContext) {
        guard let months = context.parameter("maximum_months_before_expiry") else { return }
        for audit in context.dossier.audits(ofType: "recertification") {
            guard let start = context.date(audit["dates"]["start"]),
                let expiry = RenewedCertificate.namedExpiryRenewed(by: audit, context: context)
            else { continue }
            let earliest = expiry.adding(months: -Int(months))
            guard start < earliest else { continue }
            let name = Audits.name(of: audit)
            context.report(
                audit["dates"]["start"],
                Message(
                    zh: "再认证审核 \(name) 于 \(start) 开始，早于认证证书有效期终止（\(expiry)）前 \(Int(months)) 个月"
                        + "（\(earliest) 起）",
                    en: "re-certification audit \(name) started on \(start), earlier than \(Int(months)) months before "
                        + "the certificate expires (\(expiry)): the window opens on \(earliest)"))
        }
    }
}
