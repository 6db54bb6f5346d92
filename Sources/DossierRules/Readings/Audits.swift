import DossierLintKit

/// The audits of a dossier as the rules of 5.6–5.12 read them: their names in
/// messages, which audit follows which, and the decisions made on them.
enum Audits {
    /// A short name of an audit for messages: its id, else its position.
    static func name(of audit: Field) -> String {
        audit["id"].string ?? audit.path
    }

    /// The audit listed right after the audit at `index` (audits are in time order).
    static func audit(after index: Int, in audits: [Field]) -> Field? {
        audits.indices.contains(index + 1) ? audits[index + 1] : nil
    }

    /// The "next audit" of 5.10.2 after the audit at `index`: the first one listed
    /// after it whose `type` is among `types` (the rule's `next_audit_types`);
    /// audits of other types (e.g. `short_notice`) are passed over.
    static func nextAudit(after index: Int, in audits: [Field], ofTypes types: [String]) -> Field? {
        guard index + 1 < audits.count else { return nil }
        return audits[(index + 1)...].first { types.contains($0["type"].string ?? "") }
    }

    /// The audits between the one at `index` and its next audit of `types` (all
    /// later ones when there is none) that record no `type`: any of them might be
    /// the next audit, so the next audit cannot be told.
    static func untypedAudits(after index: Int, in audits: [Field], before types: [String]) -> [Field] {
        guard index + 1 < audits.count else { return [] }
        return audits[(index + 1)...].prefix { !types.contains($0["type"].string ?? "") }
            .filter { !$0["type"].exists }
    }

    /// The first audit of `type` listed after the audit at `index`.
    static func firstAudit(ofType type: String, after index: Int, in audits: [Field]) -> Field? {
        guard index + 1 < audits.count else { return nil }
        return audits[(index + 1)...].first { $0["type"].string == type }
    }

    /// The decisions whose `audits` list names `auditIdentifier`.
    static func decisions(referringTo auditIdentifier: String?, in dossier: Dossier) -> [Field] {
        guard let auditIdentifier else { return [] }
        return dossier["decisions"].elements.filter {
            ($0["audits"].texts.value ?? []).contains(auditIdentifier)
        }
    }

    /// The audits a decision names, resolved; unknown ids are skipped.
    static func audits(decidedBy decision: Field, in dossier: Dossier) -> [Field] {
        (decision["audits"].texts.value ?? []).compactMap { dossier.audit(withId: $0) }
    }
}
