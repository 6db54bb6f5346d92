import DossierLintKit

/// 6.2.2: a certificate's issue date is not earlier than the date of the
/// certification decision it rests on.
struct CertificateIssueDateRule: Rule {
    static let identifier = "certificate-issue-date"

    func check(_ context: RuleContext) {
        for certificate in context.dossier["certificates"].elements {
            guard let issued = context.date(certificate["issued_on"]),
                let decision = CertificateReferences.namedDecision(of: certificate, in: context),
                let decided = context.date(decision["date"])
            else { continue }
            guard issued < decided else { continue }
            let identifier = decision["id"].string ?? "?"
            context.report(
                certificate["issued_on"],
                Message(
                    zh: "证书签发日期 \(issued) 早于认证决定 \(identifier) 的日期 \(decided)",
                    en: "the certificate was issued \(issued), before the decision \(identifier) of \(decided)"))
        }
    }
}
