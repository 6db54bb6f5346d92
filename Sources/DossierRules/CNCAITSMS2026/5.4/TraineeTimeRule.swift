import DossierLintKit

/// 5.4.4.3: trainee auditors do not count toward audit time.
struct TraineeTimeRule: Rule {
    static let identifier = "trainee-time"

    func check(_ context: RuleContext) {
        NonAuditorTime.check(
            context, kind: Message(zh: "实习审核员", en: "trainees"),
            isExcluded: { $0.isTrainee && !$0.isTechnicalExpert })
    }
}
