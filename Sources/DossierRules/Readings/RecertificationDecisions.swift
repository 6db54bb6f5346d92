import DossierLintKit

/// Which re-certification a decision decides, and which certificate it
/// renews, for the rules of 5.12.4.
enum RecertificationDecisions {
    /// A decision on a re-certification with what it decides.
    struct Renewal {
        /// The decision (`renew`, or `refuse` naming a re-certification audit).
        let decision: Field
        /// Its date.
        let date: Day
        /// The re-certification audits it decides (named, else the last one before it).
        let audits: [Field]
        /// The last valid day of the certificate renewed.
        let expiry: Day
    }

    /// Whether a decision decides a re-certification.
    static func isRecertificationDecision(_ decision: Field, in dossier: Dossier) -> Bool {
        switch decision["kind"].string {
        case "renew": return true
        case "refuse":
            return Audits.audits(decidedBy: decision, in: dossier).contains {
                $0["type"].string == "recertification"
            }
        default: return false
        }
    }

    /// Every re-certification decision with its audits and the expiry of the
    /// certificate renewed; decisions whose dates are missing are reported
    /// as "cannot verify" and left out.
    /// With `namingFields`, a "cannot verify" message names the fields by their labels.
    static func renewals(_ context: RuleContext, namingFields: Bool = false) -> [Renewal] {
        let dossier = context.dossier
        var result: [Renewal] = []
        for decision in dossier["decisions"].elements where isRecertificationDecision(decision, in: dossier) {
            guard let date = context.date(decision["date"]) else { continue }
            var audits = Audits.audits(decidedBy: decision, in: dossier).filter {
                $0["type"].string == "recertification"
            }
            if audits.isEmpty,
                let last = dossier.audits(ofType: "recertification").last(where: {
                    ($0["dates"]["end"].date.value).map { $0 <= date } ?? false
                })
            {
                audits = [last]
            }
            let expiry: Day?
            if let audit = audits.first {
                expiry =
                    namingFields
                    ? RenewedCertificate.expiryRenewedNamingFields(by: audit, context: context)
                    : RenewedCertificate.expiryRenewed(by: audit, context: context)
            } else if let held = RenewedCertificate.heldCertificate(
                before: date, in: dossier, excludingDecision: decision["id"].string)
            {
                expiry = context.date(held.expiresOn)
            } else {
                context.cannotVerify(
                    dossier["certificates"],
                    Message(
                        zh: "档案中没有再认证决定 \(decision["id"].string ?? decision.path) 所更新的认证证书",
                        en: "the dossier holds no certificate renewed by decision "
                            + "\(decision["id"].string ?? decision.path)"))
                expiry = nil
            }
            guard let expiry else { continue }
            result.append(Renewal(decision: decision, date: date, audits: audits, expiry: expiry))
        }
        return result
    }

    /// The last re-certification audit when no re-certification decision
    /// names it or follows it (a decision without a readable date counts as
    /// following it): its decision is still pending. `nil` otherwise.
    static func undecidedRecertification(_ context: RuleContext) -> Field? {
        let dossier = context.dossier
        guard let last = dossier.audits(ofType: "recertification").last else { return nil }
        let identifier = last["id"].string
        let end = last["dates"]["end"].date.value
        for decision in dossier["decisions"].elements where isRecertificationDecision(decision, in: dossier) {
            if let identifier, (decision["audits"].texts.value ?? []).contains(identifier) { return nil }
            guard let date = decision["date"].date.value, let end else { return nil }
            if date >= end { return nil }
        }
        return last
    }
}
