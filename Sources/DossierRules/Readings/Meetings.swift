import DossierLintKit

/// The opening and closing meetings of an audit (5.5.3).
enum Meetings {
    /// The meeting keys with their names for messages.
    static let kinds: [(key: String, zh: String, en: String)] = [
        ("opening", "首次会议", "opening meeting"),
        ("closing", "末次会议", "closing meeting"),
    ]

    /// The meetings a rule judges: both, except a meeting that a terminated audit
    /// never held (absent).
    static func judged(_ audit: Field) -> [(field: Field, zh: String, en: String)] {
        let terminated = audit["terminated"].exists
        return kinds.compactMap { kind in
            let field = audit["meetings"][kind.key]
            if terminated && !field.exists { return nil }
            return (field, kind.zh, kind.en)
        }
    }

    /// Whether a meeting was attended by an authorised delegate: a delegate whose
    /// written authorisation is recorded as true.
    static func hasAuthorisedDelegate(_ meeting: Field) -> Bool {
        meeting["delegate"]["written_authorisation"].bool.value == true
    }
}
