import DossierLintKit

extension RuleRegistry {
    /// The rules of this part of the regulation.
    static let chapter5Audits: [any Rule.Type] = [
        StageGapRule.self,
    ]
}
