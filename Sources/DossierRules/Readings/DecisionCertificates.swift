import DossierLintKit

/// The certificates that decisions lead to: a grant or a renewal (the kinds of the
/// rule's parameter `issuing_decision_kinds`) is followed by a certificate whose
/// `decision` names it (CNCA-ITSMS-01:2026 6.2.1, CESI BCMS 3.5).
enum DecisionCertificates {
    /// Reports, as "cannot verify" at `certificates`, each issuing decision that no
    /// certificate refers to: the certificate rules cannot judge what is not recorded.
    static func reportDecisionsWithoutCertificate(_ certificates: [Field], _ context: RuleContext) {
        let issuing = Set(context.listParameter("issuing_decision_kinds"))
        let referred = Set(certificates.compactMap { $0["decision"].string })
        for decision in context.dossier["decisions"].elements {
            guard let kind = decision["kind"].string, issuing.contains(kind), let id = decision["id"].string,
                !referred.contains(id)
            else { continue }
            context.cannotVerify(
                context.dossier["certificates"],
                Message(
                    zh: "认证决定 \(id)（\(context.label(kind, of: "decision_kind").zh)）没有对应的认证证书"
                        + "（没有哪个认证证书的认证决定是 \(id)）",
                    en: "decision \(id) (\(kind)) has no certificate (no certificates[].decision refers to it)"))
        }
    }
}
