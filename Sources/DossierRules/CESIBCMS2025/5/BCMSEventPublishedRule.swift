import DossierLintKit

/// 5.3: a suspension or withdrawal is published on the body's website after it is
/// decided. The clause sets no deadline: the publication must not predate the
/// decision, and must be recorded once the judging day is past the decision day.
struct BCMSEventPublishedRule: Rule {
    static let identifier = "bcms-event-published"

    func check(_ context: RuleContext) {
        guard let grace = context.wholeParameter("grace_days") else { return }
        BCMSEventDisclosure.check(
            step: BCMSEventDisclosure.Step(key: "published_on", zh: "在官方网站上公示", en: "published on the website"),
            context: context
        ) { decided in
            BCMSEventDisclosure.Deadline(last: nil, missingAfter: decided.adding(days: grace))
        }
    }
}
