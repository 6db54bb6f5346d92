import DossierLintKit

/// The languages of certificates and records (6.2.5, 10.4): the codes written, and whether one names Chinese.
enum Languages {
    /// The languages written in a field: a text, or a list of texts for a bilingual document.
    static func read(_ field: Field, in context: RuleContext) -> [String]? {
        if field.isSequence { return context.texts(field) }
        return context.text(field).map { [$0] }
    }

    /// Whether a text names Chinese, given the accepted language codes (case-insensitive).
    static func isChinese(_ language: String, codes: [String]) -> Bool {
        let lowered = language.lowercased()
        return codes.contains { $0.lowercased() == lowered }
    }
}
