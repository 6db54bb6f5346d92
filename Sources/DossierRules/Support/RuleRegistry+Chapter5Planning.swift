import DossierLintKit

extension RuleRegistry {
    /// The rules of this part of the regulation.
    static let chapter5Planning: [any Rule.Type] = [
    ]
}
