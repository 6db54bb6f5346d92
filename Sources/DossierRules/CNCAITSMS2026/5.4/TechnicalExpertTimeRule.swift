import DossierLintKit

/// 5.4.4.2: technical experts do not audit and do not count toward audit time.
struct TechnicalExpertTimeRule: Rule {
    static let identifier = "technical-expert-time"

    func check(_ context: RuleContext) {
        NonAuditorTime.check(
            context, kind: Message(zh: "技术专家", en: "technical experts"), labelled: true,
            isExcluded: \.isTechnicalExpert)
    }
}
