import DossierLintKit

/// A certification cycle as CESI's BCMS rules (3.6.2) see it: the surveillance window of a
/// certificate issued by a grant or a renewal (`SurveillanceWindow`), with the decision that
/// opened it. The first surveillance is due within 12 months of that decision's date, and the
/// decision's year is the certification (or re-certification) year, in which no surveillance is due.
struct BCMSCertificationCycle {
    /// The certificate's surveillance window.
    let window: SurveillanceWindow
    /// The `decisions` entry the certificate names: a `grant` or a `renew`.
    let decision: Field
    /// The decision's `date`.
    let decided: Day
    /// The decision's `kind`: `grant` or `renew`.
    let kind: String

    /// The decision kinds that open a cycle.
    static let openingKinds = ["grant", "renew"]

    /// The decision's name for messages: its id, else its path.
    var decisionName: String { decision["id"].string ?? decision.path }

    /// The cycles of the dossier, by issue day. A certificate whose decision, or that decision's
    /// kind or date, cannot be read is a "cannot verify" and is left out; a certificate resting on a
    /// decision of another kind opens no cycle.
    static func cycles(_ context: RuleContext) -> [BCMSCertificationCycle] {
        SurveillanceWindow.windows(context).compactMap { window in
            guard let decision = CertificateReferences.namedDecision(of: window.certificate, in: context),
                let kind = context.text(decision["kind"])
            else { return nil }
            guard openingKinds.contains(kind), let decided = context.date(decision["date"]) else { return nil }
            return BCMSCertificationCycle(window: window, decision: decision, decided: decided, kind: kind)
        }
    }

    /// The surveillance audits of the cycle with an on-site day in `year`.
    func surveillances(in year: Int) -> [DatedSurveillance] {
        window.surveillances.filter { $0.start.year <= year && year <= $0.end.year }
    }

    /// Whether a re-certification audit of the cycle started in `year`.
    func recertified(in year: Int) -> Bool {
        window.recertificationStarts.contains { $0.year == year }
    }
}
