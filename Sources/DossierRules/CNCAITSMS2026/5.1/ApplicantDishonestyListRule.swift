import DossierLintKit

/// 5.1.2 (7): when applying, the applicant is not on the list of seriously
/// illegal and dishonest enterprises (国家企业信用信息公示系统, 信用中国).
struct ApplicantDishonestyListRule: Rule {
    static let identifier = "applicant-dishonesty-list"

    func check(_ context: RuleContext) {
        ApplicantFlagCondition(
            flag: "on_serious_dishonesty_list",
            meaning: Message(
                zh: "被列入严重违法失信名单", en: "on the list of seriously illegal and dishonest enterprises")
        ).check(context)
    }
}
