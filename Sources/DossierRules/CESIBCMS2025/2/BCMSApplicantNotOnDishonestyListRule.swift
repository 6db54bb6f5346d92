import DossierLintKit

/// 2 5): on the application date the applicant is not on the list of seriously illegal and
/// dishonest enterprises (国家企业信用信息公示系统, 信用中国); a later listing is left to 5.2.1.
struct BCMSApplicantNotOnDishonestyListRule: Rule {
    static let identifier = "bcms-applicant-not-on-dishonesty-list"

    func check(_ context: RuleContext) {
        ApplicantFlagCondition(
            flag: "on_serious_dishonesty_list",
            meaning: Message(
                zh: "被列入国家企业信用信息公示系统和“信用中国”发布的严重违法失信名单",
                en: "on the list of seriously illegal and dishonest enterprises"),
            applicant: Message(zh: "申请方", en: "the applicant")
        ).check(context)
    }
}
