import DossierLintKit

/// ICASP25C 6.1.7: once the quote is confirmed, the marketing department passes the
/// application form to the audit department that day or at the latest on the next working day.
struct ICASApplicationFormPassedOnRule: Rule {
    static let identifier = "icas-application-form-passed-on"

    func check(_ context: RuleContext) {
        guard let limit = context.parameter("maximum_working_days") else { return }
        let application = context.dossier["application"]
        let confirmedField = application["quote_confirmed_on"]
        guard confirmedField.exists else {
            context.cannotVerify(
                confirmedField,
                Message(
                    zh: "档案没有记录\(context.name(confirmedField).zh)，无法判断认证申请表是否按时转交审核部",
                    en: "the dossier does not record when the quote was confirmed (\(confirmedField.path)), so "
                        + "the passing of the application form to the audit department cannot be judged"))
            return
        }
        guard let confirmed = context.date(confirmedField) else { return }
        ICASApplicationSteps.checkWithinWorkingDays(
            Int(limit), after: confirmed,
            since: Message(zh: "收到报价确认", en: "the quote was confirmed"),
            step: Message(zh: "将认证申请表转交审核部", en: "the application form was passed to the audit department"),
            done: application["form_to_audit_department_on"], context: context)
    }
}
