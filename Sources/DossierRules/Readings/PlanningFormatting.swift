import DossierLintKit

/// A ratio as a percentage with at most one decimal, for messages: `77.8 %`, `80 %`.
func percentText(_ ratio: Double) -> String {
    formatDays((ratio * 1000).rounded() / 10) + " %"
}

/// Whether a text field holds something: a non-blank scalar or a non-empty collection.
func hasContent(_ field: Field) -> Bool {
    guard let node = field.node, field.exists else { return false }
    if let text = node.scalarText { return !text.allSatisfy(\.isWhitespace) }
    if let items = node.sequence { return !items.isEmpty }
    if let entries = node.mapping { return !entries.isEmpty }
    return true
}
