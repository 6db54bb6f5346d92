import DossierLintKit

/// CESI BCMS suspensions (5.1.1) and withdrawals (5.2.1): the reason is one of
/// the clause's cases, and the decision comes within a number of working days
/// of the day the trigger was investigated and confirmed (`trigger_on`).
enum BCMSCertificateEvents {
    /// An event kind with the clause that lists its cases, for messages.
    struct Kind {
        /// `suspension` or `withdrawal`.
        let key: String
        /// The clause and its cases, zh “5.1.1 a)–j)”.
        let cases: String
        /// The vocabulary of its reasons.
        let vocabulary: String
        /// “暂停” / “suspended”.
        let zh: String
        /// “suspended” / “withdrawn”.
        let en: String
    }

    /// Suspensions of 5.1.1.
    static let suspension = Kind(
        key: "suspension", cases: "5.1.1 a)–j)", vocabulary: "bcms_suspension_reason", zh: "暂停", en: "suspended")
    /// Withdrawals of 5.2.1.
    static let withdrawal = Kind(
        key: "withdrawal", cases: "5.2.1 a)–k)", vocabulary: "bcms_withdrawal_reason", zh: "撤销", en: "withdrawn")

    /// Every event of `kind` gives a reason among `reasons`; another reason is a
    /// violation naming the accepted ones, a missing one a "cannot verify".
    static func checkReasons(of kind: Kind, reasons: [String], context: RuleContext) {
        for event in context.dossier["certificate_events"].elements where event["kind"].string == kind.key {
            let field = event["reason"]
            guard let reason = context.text(field), !reasons.contains(reason) else { continue }
            let expected = context.notAccepted(reason, reasons, of: kind.vocabulary)
            context.report(
                field,
                Message(
                    zh: "\(context.name(field).zh) '\(reason)' 不是 \(kind.cases) 所列的\(kind.zh)情形，\(expected.zh)",
                    en: "the \(kind.key) reason '\(reason)' is none of the cases of \(kind.cases): \(expected.en)"))
        }
    }

    /// Every event of `kind` is decided (`decided_on`) at most `workingDays`
    /// working days after its trigger was confirmed (`trigger_on`), on the pack's calendar.
    static func checkDeadlines(of kind: Kind, workingDays: Int, context: RuleContext) {
        for event in context.dossier["certificate_events"].elements where event["kind"].string == kind.key {
            let decidedField = event["decided_on"]
            guard let trigger = context.date(event["trigger_on"]), let decided = context.date(decidedField),
                let (within, last) = WorkingDays.isWithin(
                    workingDays, from: trigger, done: decided, field: decidedField, context: context),
                !within
            else { continue }
            context.report(
                decidedField,
                Message(
                    zh: "调查核实于 \(trigger) 完成，证书至 \(decided) 才被\(kind.zh)，超过 \(workingDays) 个工作日"
                        + "（应\(latestBy(last).zh)\(kind.zh)）",
                    en:
                        "the trigger was confirmed on \(trigger) but the certificate was \(kind.en) only on \(decided), "
                        + "more than \(workingDays) working days later (due \(latestBy(last).en))"))
        }
    }
}
