import DossierLintKit

/// ICASP25C 6.1.1 (6) with 6.1.9: the applicant has completed an internal
/// audit and a management review before the application is accepted.
struct ICASApplicationInternalAuditAndReviewRule: Rule {
    static let identifier = "icas-application-internal-audit-and-review"

    func check(_ context: RuleContext) {
        // The client's dates describe the system before certification: judged for an initial certification.
        guard context.dossier["programme"]["cycle"].string == "initial" else { return }
        let review = context.dossier["application_review"]
        guard review.exists, review["accepted"].bool.value != false else { return }
        guard let accepted = context.date(review["date"]) else { return }
        let client = context.dossier["client"]
        let steps = [("internal_audit_done_on", "internal audit"), ("management_review_done_on", "management review")]
        for (key, step) in steps {
            let field = client[key]
            guard let done = context.date(field), done > accepted else { continue }
            let what = Message(zh: context.label(key).zh, en: "\(step) was completed on")
            context.report(
                field,
                Message(
                    zh: "申请于 \(accepted) 受理，而\(what.zh)为 \(done)：ICAS 程序要求受理申请时已完成内部审核和管理评审"
                        + "（\(latestBy(accepted).zh)）",
                    en: "the application was accepted on \(accepted), but the \(what.en) \(done): the ICAS procedure "
                        + "accepts an application only once the internal audit and the management review are done "
                        + "(\(latestBy(accepted).en))"))
        }
    }
}
