import DossierLintKit

/// The certification cycle n of a certificate's `R<n>` (Annex C.1, C.4): R0 for
/// an initial certification, the replaced certificate's n + 1 after a
/// re-certification, and the transferred certificate's n for a transfer.
struct CertificateCycle {
    /// n.
    let number: Int
    /// Why, for messages.
    let reason: Message

    /// Derives n for a certificate, reporting "cannot verify" when the dossier
    /// does not say enough.
    static func derive(for certificate: Field, grammar: AnnexCGrammar, context: RuleContext) -> CertificateCycle? {
        let dossier = context.dossier
        if let replaced = ReplacedCertificate(of: certificate, in: dossier) {
            guard let number = context.text(replaced.numberField) else { return nil }
            guard let previous = grammar.cycleNumber(of: number) else {
                context.cannotVerify(
                    replaced.numberField,
                    Message(
                        zh: "无法从所替换证书的编号 \(number) 读出认证周期 \(grammar.cycleMarker)<n>",
                        en: "the cycle \(grammar.cycleMarker)<n> cannot be read from the replaced number \(number)"))
                return nil
            }
            let marker = grammar.cycleMarker
            return CertificateCycle(
                number: previous + 1,
                reason: Message(
                    zh: "再认证换证，替换 \(number)（\(marker)\(previous)）",
                    en: "re-certification replacing \(number) (\(marker)\(previous))"))
        }
        let cycleField = dossier["programme"]["cycle"]
        guard let cycle = context.oneOf(cycleField, ["initial", "recertification", "transfer"], of: "programme_cycle")
        else { return nil }
        switch cycle {
        case "initial":
            return CertificateCycle(number: 0, reason: Message(zh: "初次认证", en: "initial certification"))
        case "recertification":
            context.cannotVerify(
                certificate["replaces"],
                Message(
                    zh: "\(context.name(certificate).zh)属于再认证周期，但未写明所替换的证书，"
                        + "无法确定 \(grammar.cycleMarker)<n>",
                    en: "a re-certification certificate lacks \(certificate["replaces"].path) (the certificate it "
                        + "replaces), so \(grammar.cycleMarker)<n> cannot be derived"))
            return nil
        default:
            let transferred = dossier["application"]["transfer"]["certificate_number"]
            guard let number = context.text(transferred) else { return nil }
            guard let previous = grammar.cycleNumber(of: number) else {
                context.cannotVerify(
                    transferred,
                    Message(
                        zh: "无法从转换证书的编号 \(number) 读出认证周期 \(grammar.cycleMarker)<n>",
                        en: "the cycle \(grammar.cycleMarker)<n> cannot be read from the transferred number \(number)"))
                return nil
            }
            return CertificateCycle(
                number: previous,
                reason: Message(
                    zh: "认证转换，沿用 \(number) 的认证周期", en: "transfer, continuing the cycle of \(number)"))
        }
    }
}
