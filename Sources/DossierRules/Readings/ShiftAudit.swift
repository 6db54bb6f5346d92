import DossierLintKit

/// What the 5.4.1.5 rules share.
enum ShiftAudit {
    /// Whether the shift rules judge an audit: it took place on site and was not terminated.
    static func isJudged(_ audit: Field) -> Bool {
        audit["onsite"].bool.value != false && !audit["terminated"].exists
    }
}
