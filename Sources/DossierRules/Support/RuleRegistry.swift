import DossierLintKit

/// Every rule implementation. A test checks that each has a data file in
/// `Rules/` and each data file has an implementation.
public enum RuleRegistry {
    /// All rule types, in identifier order.
    public static let all: [any Rule.Type] =
        (chapters3To5Application + chapter5Planning + chapter5Audits + chapters6To11 + repository + profileICAS)
        .sorted { $0.identifier < $1.identifier }
}
