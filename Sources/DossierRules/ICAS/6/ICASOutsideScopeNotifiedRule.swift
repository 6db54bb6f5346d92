import DossierLintKit

/// ICASP25C 6.1.4 6): an application outside the accredited scope is notified to
/// the applicant that day or at the latest on the next working day.
struct ICASOutsideScopeNotifiedRule: Rule {
    static let identifier = "icas-outside-scope-notified"

    func check(_ context: RuleContext) {
        guard let limit = context.parameter("maximum_working_days") else { return }
        let application = context.dossier["application"]
        let inScopeField = application["in_accredited_scope"]
        guard inScopeField.exists else {
            context.cannotVerify(
                inScopeField,
                Message(
                    zh: "档案没有记录\(context.name(inScopeField).zh)，无法判断是否须将超出认可业务范围的情况通知申请方",
                    en: "the dossier does not record whether the application is within the accredited scope "
                        + "(\(inScopeField.path)), so the notice to the applicant cannot be judged"))
            return
        }
        guard let inScope = context.bool(inScopeField), !inScope,
            let received = Application.date(context)
        else { return }
        ICASApplicationSteps.checkWithinWorkingDays(
            Int(limit), after: received,
            since: Message(
                zh: "收到不属于认可业务范围的认证申请", en: "an application outside the accredited scope was received"),
            step: Message(zh: "通知申请方", en: "the applicant was notified"),
            done: application["outside_scope_notified_on"], context: context)
    }
}
