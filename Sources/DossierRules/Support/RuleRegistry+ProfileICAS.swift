import DossierLintKit

extension RuleRegistry {
    /// The rules of the `icas` profile (ICAS procedure ICASP25C), layered on `cnca-itsms-2026`.
    static let profileICAS: [any Rule.Type] = []
}
