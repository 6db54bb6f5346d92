import DossierLintKit

/// ICASP25C 6.1.5: the marketing department quotes for the certification on the
/// day the application is received or at the latest on the next working day.
struct ICASQuoteSentRule: Rule {
    static let identifier = "icas-quote-sent"

    func check(_ context: RuleContext) {
        guard let limit = context.parameter("maximum_working_days"),
            let received = Application.date(context)
        else { return }
        ICASApplicationSteps.checkWithinWorkingDays(
            Int(limit), after: received,
            since: Message(zh: "收到认证申请", en: "the application was received"),
            step: Message(zh: "报价", en: "the quote was sent"),
            done: context.dossier["application"]["quoted_on"], context: context)
    }
}
