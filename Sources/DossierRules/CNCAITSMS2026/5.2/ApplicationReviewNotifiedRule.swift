import DossierLintKit

/// 5.2.4: the client is told the result of the application review.
struct ApplicationReviewNotifiedRule: Rule {
    static let identifier = "application-review-notified"

    func check(_ context: RuleContext) {
        let review = context.dossier["application_review"]
        guard review.exists else {
            context.cannotVerify(
                review, Message(zh: "档案没有申请评审记录", en: "no application review is recorded"))
            return
        }
        let notified = review["notified_on"]
        guard let notifiedOn = context.optional(notified, { $0.date }) else {
            if !notified.exists {
                context.report(
                    notified,
                    Message(
                        zh: "没有记录将申请评审结果告知认证委托人",
                        en: "there is no record that the review's result was notified to the client "
                            + "(application_review.notified_on)"
                    ))
            }
            return
        }
        guard let reviewDate = context.date(review["date"]), notifiedOn < reviewDate else { return }
        context.report(
            notified,
            Message(
                zh: "申请评审结果告知日 \(notifiedOn) 早于评审日 \(reviewDate)",
                en: "the review's result was notified on \(notifiedOn), before the review itself (\(reviewDate))"))
    }
}
