import DossierLintKit

/// A yes/no condition of the application conditions (ITSMS 5.1.2, BCMS 2) on the client
/// (`client.<flag>`) that must be `false` on the application date; `client.<flag>_since` may
/// record since when it holds, so that a later change is left to the suspension and withdrawal rules.
struct ApplicantFlagCondition {
    /// The flag's key in `client`.
    let flag: String
    /// What the flag means when true, for messages.
    let meaning: Message
    /// What the scheme calls the applicant, for messages: 5.1.2's 认证委托人 unless given.
    var applicant = Message(zh: "认证委托人", en: "the applicant")

    /// Reports the flag when it held on the application date.
    func check(_ context: RuleContext) {
        let client = context.dossier["client"]
        let field = client[flag]
        guard let value = context.bool(field), value else { return }
        let since = context.optional(client[flag + "_since"]) { $0.date }
        guard let applicationDate = Application.date(context) else { return }
        if let since, since > applicationDate { return }
        let sinceText = since.map { Message(zh: "自 \($0) 起", en: " since \($0)") } ?? Message(zh: "", en: "")
        context.report(
            field,
            Message(
                zh: "\(applicant.zh)\(sinceText.zh)\(meaning.zh)，申请日 \(applicationDate) 不具备申请条件",
                en: "\(applicant.en) is \(meaning.en)\(sinceText.en): it did not meet the application condition "
                    + "on the application date \(applicationDate)"))
    }
}
