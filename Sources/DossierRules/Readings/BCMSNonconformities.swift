import DossierLintKit

/// CESI BCMS 3.4.6: a nonconformity's correction and corrective action are due
/// by the date the client was told (`due_on`); completion is shown by the
/// team leader's verification (`verified_on`).
enum BCMSNonconformities {
    /// A nonconformity for messages: zh “审核 A2 的不符合 NC1”, en “nonconformity NC1 of audit A2”.
    static func name(of nonconformity: Field, in audit: Field) -> Message {
        let identifier = nonconformity["id"].string ?? nonconformity.path
        let auditName = Audits.name(of: audit)
        return Message(
            zh: "审核 \(auditName) 的不符合 \(identifier)", en: "nonconformity \(identifier) of audit \(auditName)")
    }

    /// How a nonconformity missed its `due_on`.
    enum Lateness {
        /// Verified on `verified`, after `due`.
        case verifiedLate(due: Day, verified: Day)
        /// Not verified, and the judging day is past `due`.
        case unverified(due: Day)

        /// The day by which the correction was due.
        var due: Day {
            switch self {
            case .verifiedLate(let due, _), .unverified(let due): return due
            }
        }

        /// What happened, for messages.
        var description: Message {
            switch self {
            case .verifiedLate(let due, let verified):
                return Message(
                    zh: "应\(latestBy(due).zh)完成纠正及纠正措施，\(verified) 才验证",
                    en: "was due \(latestBy(due).en) and verified only on \(verified)")
            case .unverified(let due):
                return Message(
                    zh: "应\(latestBy(due).zh)完成纠正及纠正措施，没有验证记录",
                    en: "was due \(latestBy(due).en) and has no verification on record")
            }
        }
    }

    /// Whether the nonconformity's correction and corrective action were not
    /// completed by `due_on`: verified after it, or not verified with the judging
    /// day past it. `nil` when in time or not yet due, or after a "cannot verify"
    /// (no readable `due_on`, an unreadable `verified_on`).
    static func lateness(of nonconformity: Field, context: RuleContext) -> Lateness? {
        guard let due = context.date(nonconformity["due_on"]) else { return nil }
        let verifiedField = nonconformity["verified_on"]
        if verifiedField.exists {
            guard let verified = context.date(verifiedField), verified > due else { return nil }
            return .verifiedLate(due: due, verified: verified)
        }
        return context.judgingDay > due ? .unverified(due: due) : nil
    }
}
