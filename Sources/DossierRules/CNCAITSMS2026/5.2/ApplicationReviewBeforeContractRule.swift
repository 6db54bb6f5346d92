import DossierLintKit

/// 5.2.1 (with 5.3.1): the application is reviewed, and the review recorded,
/// before the contract is signed; a contract follows only an accepting review.
struct ApplicationReviewBeforeContractRule: Rule {
    static let identifier = "application-review-before-contract"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        let review = dossier["application_review"]
        let contract = dossier["contract"]
        guard review.exists else {
            guard contract.exists || !dossier.audits.isEmpty else { return }
            context.report(
                review,
                Message(
                    zh: "档案没有申请评审记录，却已签订合同或实施审核",
                    en: "no application review is recorded, yet a contract was signed or audits took place"))
            return
        }
        guard let reviewDate = context.date(review["date"]) else { return }
        if let applicationDate = Application.date(context), reviewDate < applicationDate {
            context.report(
                review["date"],
                Message(
                    zh: "申请评审日期 \(reviewDate) 早于申请日 \(applicationDate)",
                    en: "the application review (\(reviewDate)) predates the application (\(applicationDate))"))
        }
        guard contract.exists, let signedOn = context.date(contract["signed_on"]) else { return }
        if reviewDate > signedOn {
            context.report(
                review["date"],
                Message(
                    zh: "申请评审于 \(reviewDate) 完成，晚于合同签订日 \(signedOn)",
                    en: "the application review (\(reviewDate)) was recorded after the contract was signed "
                        + "(\(signedOn))"
                ))
        }
        if let accepted = context.bool(review["accepted"]), !accepted {
            context.report(
                review["accepted"],
                Message(
                    zh: "申请评审未受理申请，却于 \(signedOn) 签订了认证合同",
                    en: "the application review did not accept the application, yet a contract was signed on "
                        + "\(signedOn)"
                ))
        }
    }
}
