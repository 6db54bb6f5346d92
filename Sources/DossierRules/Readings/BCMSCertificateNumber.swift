import DossierLintKit

/// The end of a CESI BCMS certificate number (4.2.2): `R<n>` — the certification
/// cycle, 0 for the initial certification, n for the n-th re-certification, written
/// in decimal without leading zeros — then the company size code (`S`, `M`, `L`).
/// What comes before is not described by the text that survived extraction.
struct BCMSCertificateNumber {
    /// The text before the cycle marker.
    let head: String
    /// n of `R<n>`.
    let cycle: Int
    /// The size code.
    let sizeCode: String

    /// The grammar's parameters: the cycle marker and the size codes by size key.
    struct Grammar {
        /// `R`.
        let cyclePrefix: String
        /// `small: S`, `medium: M`, `large: L`.
        let sizeCodes: [(size: String, code: String)]

        /// Reads the parameters `cycle_prefix` and `size_codes`; `nil` after a "cannot verify".
        init?(context: RuleContext) {
            let prefix = context.description.parameter("cycle_prefix").string ?? ""
            let codes = context.description.parameter("size_codes")
            let pairs = codes.keys.compactMap { key in codes[key].string.map { (size: key, code: $0) } }
            guard !prefix.isEmpty, !pairs.isEmpty, pairs.count == codes.keys.count else {
                context.cannotVerify(
                    context.dossier.root,
                    Message(
                        zh: "规则包缺少参数“cycle_prefix”或“size_codes”",
                        en: "the rule pack lacks the parameter cycle_prefix or size_codes"))
                return nil
            }
            cyclePrefix = prefix
            sizeCodes = pairs
        }

        /// The code of a size key.
        func code(of size: String) -> String? { sizeCodes.first { $0.size == size }?.code }

        /// The shape the number must end with, for messages: `R<n>S/M/L`.
        var shape: String { cyclePrefix + "<n>" + sizeCodes.map(\.code).joined(separator: "/") }
    }

    /// Reads a number; `nil` when it does not end with `R<n>` and a size code.
    init?(_ number: String, grammar: Grammar) {
        let text = number.filter { !$0.isWhitespace }
        guard let code = grammar.sizeCodes.map(\.code).sorted(by: { $0.count > $1.count }).first(where: text.hasSuffix)
        else { return nil }
        let beforeCode = text.dropLast(code.count)
        let digits = beforeCode.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count == 1 || digits.last != "0", let cycle = Int(String(digits.reversed()))
        else { return nil }
        let beforeDigits = beforeCode.dropLast(digits.count)
        guard beforeDigits.hasSuffix(grammar.cyclePrefix), beforeDigits.count > grammar.cyclePrefix.count else {
            return nil
        }
        head = String(beforeDigits.dropLast(grammar.cyclePrefix.count))
        self.cycle = cycle
        sizeCode = code
    }
}
