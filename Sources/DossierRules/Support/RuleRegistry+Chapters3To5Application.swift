import DossierLintKit

extension RuleRegistry {
    /// The rules of this part of the regulation.
    static let chapters3To5Application: [any Rule.Type] = [
    ]
}
