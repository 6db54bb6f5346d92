import DossierLintKit

extension RuleRegistry {
    /// The rules of this part of the regulation.
    static let chapters6To11: [any Rule.Type] = [
    ]
}
