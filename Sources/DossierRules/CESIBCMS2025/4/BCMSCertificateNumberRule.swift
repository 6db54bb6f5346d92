import DossierLintKit

/// 4.2.2: a certificate number ends with `R<n>` and the company size code: R0 on a
/// grant, the replaced certificate's n + 1 (at least 1) on a renewal, and the code
/// of `client.size`; `programme.certificate_number` has the same shape.
struct BCMSCertificateNumberRule: Rule {
    static let identifier = "bcms-certificate-number"

    func check(_ context: RuleContext) {
        guard let grammar = BCMSCertificateNumber.Grammar(context: context) else { return }
        let certificates = context.dossier["certificates"].elements
        var size: String?
        if !certificates.isEmpty {
            size = context.oneOf(
                context.dossier["client"]["size"], grammar.sizeCodes.map(\.size), of: "bcms_company_size")
        }
        var judged: Set<String> = []
        for certificate in certificates {
            let field = certificate["number"]
            guard let text = context.text(field) else { continue }
            // A certificate re-issued within its validity keeps its number: judged once, by the first.
            guard judged.insert(text.filter { !$0.isWhitespace }).inserted else { continue }
            guard let number = shaped(field, text, grammar: grammar, context: context) else { continue }
            if let size, let code = grammar.code(of: size), number.sizeCode != code {
                let sizeLabel = context.label(size, of: "bcms_company_size")
                context.report(
                    field,
                    Message(
                        zh: "证书注册号 '\(text)' 的企业规模代码为 \(number.sizeCode)，但认证委托人的\(context.label("size").zh)为"
                            + "\(sizeLabel.zh)，应为 \(code)",
                        en:
                            "the number '\(text)' has the size code \(number.sizeCode), but the client is \(sizeLabel.en) "
                            + "(\(code))"))
            }
            checkCycle(number, text: text, of: certificate, grammar: grammar, context: context)
        }
        let programmeNumber = context.dossier["programme"]["certificate_number"]
        if let text = context.optional(programmeNumber, { $0.text }) {
            _ = shaped(programmeNumber, text, grammar: grammar, context: context)
        }
    }

    /// The number read, or `nil` after reporting that it does not end with `R<n>` and a size code.
    private func shaped(
        _ field: Field, _ text: String, grammar: BCMSCertificateNumber.Grammar, context: RuleContext
    ) -> BCMSCertificateNumber? {
        if let number = BCMSCertificateNumber(text, grammar: grammar) { return number }
        context.report(
            field,
            Message(
                zh: "\(context.name(field).zh) '\(text)' 不以认证周期和企业规模代码结尾（应为“\(grammar.shape)”，"
                    + "n 为不带前导零的十进制数，如 “\(grammar.cyclePrefix)0\(grammar.sizeCodes[0].code)”）",
                en: "\(field.path) '\(text)' does not end with the cycle and the size code (\(grammar.shape), n in "
                    + "decimal without leading zeros)"))
        return nil
    }

    /// n is 0 on a grant, the replaced certificate's n + 1 (else at least 1) on a renewal.
    private func checkCycle(
        _ number: BCMSCertificateNumber, text: String, of certificate: Field, grammar: BCMSCertificateNumber.Grammar,
        context: RuleContext
    ) {
        guard let decision = CertificateReferences.namedDecision(of: certificate, in: context),
            let kind = context.text(decision["kind"])
        else { return }
        let marker = grammar.cyclePrefix
        let expected: (low: Int, high: Int?, why: Message)
        switch kind {
        case "grant":
            // The text speaks of initial certification and re-certification only, not of transfers.
            guard context.dossier["programme"]["cycle"].string != "transfer" else { return }
            expected = (0, 0, Message(zh: "初次认证应为 \(marker)0", en: "an initial certification is \(marker)0"))
        case "renew":
            if let replaced = ReplacedCertificate(of: certificate, in: context.dossier),
                let replacedText = replaced.number,
                let previous = BCMSCertificateNumber(replacedText, grammar: grammar)
            {
                let next = "\(marker)\(previous.cycle + 1)"
                expected = (
                    previous.cycle + 1, previous.cycle + 1,
                    Message(
                        zh: "替换 '\(replacedText)'（\(marker)\(previous.cycle)）的再认证证书应为 \(next)",
                        en: "a re-certification replacing '\(replacedText)' (\(marker)\(previous.cycle)) is \(next)")
                )
            } else {
                expected = (
                    1, nil,
                    Message(
                        zh: "再认证证书应为 \(marker)1 或以上", en: "a re-certification is \(marker)1 or higher")
                )
            }
        default:
            return
        }
        if number.cycle >= expected.low, expected.high.map({ number.cycle <= $0 }) ?? true { return }
        context.report(
            certificate["number"],
            Message(
                zh: "证书注册号 '\(text)' 的认证周期为 \(marker)\(number.cycle)，但证书依据的认证决定为"
                    + "\(context.label(kind, of: "decision_kind").zh)：\(expected.why.zh)",
                en:
                    "the number '\(text)' has the cycle \(marker)\(number.cycle), but the certificate rests on a \(kind) "
                    + "decision: \(expected.why.en)"))
    }
}
