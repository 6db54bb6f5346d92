import DossierLintKit

/// 5.1.2 (6): when applying, the applicant is not under an administrative
/// order to suspend production or business for rectification.
struct ApplicantBusinessSuspensionRule: Rule {
    static let identifier = "applicant-business-suspension"

    func check(_ context: RuleContext) {
        ApplicantFlagCondition(
            flag: "ordered_to_suspend_business",
            meaning: Message(zh: "被行政监管部门责令停产停业整顿", en: "ordered by a regulator to suspend business for rectification")
        ).check(context)
    }
}
