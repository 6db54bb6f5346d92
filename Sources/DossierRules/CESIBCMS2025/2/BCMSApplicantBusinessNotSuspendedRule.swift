import DossierLintKit

/// 2 4): on the application date the applicant is not under a regulator's order to suspend
/// business for rectification (an order after the application is left to 5.1.1).
struct BCMSApplicantBusinessNotSuspendedRule: Rule {
    static let identifier = "bcms-applicant-business-not-suspended"

    func check(_ context: RuleContext) {
        ApplicantFlagCondition(
            flag: "ordered_to_suspend_business",
            meaning: Message(zh: "被行政监管部门责令停业整顿", en: "ordered by a regulator to suspend business for rectification"),
            applicant: Message(zh: "申请方", en: "the applicant")
        ).check(context)
    }
}
