import DossierLintKit

/// CESI BCMS 3.5: the technical committee completes its review of a grant or
/// renewal within 15 working days of receiving the complete audit file, and
/// the decision is not dated before the review was completed.
struct BCMSTechnicalCommitteeReviewRule: Rule {
    static let identifier = "bcms-technical-committee-review"

    func check(_ context: RuleContext) {
        guard let decisions = BCMSCertificationDecisions.all(context), !decisions.isEmpty,
            let limit = context.wholeParameter("maximum_working_days")
        else { return }
        for decision in decisions {
            let review = decision["technical_committee_review"]
            guard let received = context.date(review["audit_file_received_on"]) else { continue }
            let completedField = review["completed_on"]
            let since = Message(
                zh: "技术委员会于 \(received) 收到全套审核资料", en: "the technical committee received the audit file on \(received)")
            var reportedMissing = false
            switch WorkingDays.step(limit, after: received, doneAt: completedField, context: context) {
            case .late(let done, let last):
                context.report(
                    completedField,
                    Message(
                        zh: "\(since.zh)，\(done) 才完成审查：应在 \(limit) 个工作日内、\(latestBy(last).zh)完成",
                        en: "\(since.en) and completed its review only on \(done): within \(limit) working days, "
                            + latestBy(last).en))
            case .missing(let last):
                context.report(
                    completedField,
                    Message(
                        zh: "\(since.zh)，截至 \(context.judgingDay) 没有完成审查的记录（\(context.name(completedField).zh)）："
                            + "应在 \(limit) 个工作日内、\(latestBy(last).zh)完成",
                        en: "\(since.en) and no completion of its review is recorded as of \(context.judgingDay) "
                            + "(\(completedField.path)): within \(limit) working days, \(latestBy(last).en)"))
                reportedMissing = true
            case nil:
                break
            }
            guard let date = context.date(decision["date"]) else { continue }
            let name = BCMSCertificationDecisions.name(of: decision, date: date, context: context)
            guard completedField.exists else {
                if !reportedMissing {
                    context.cannotVerify(
                        completedField,
                        Message(
                            zh: "\(name.zh)已作出，但缺少\(context.name(completedField).zh)，无法判断决定是否在技术委员会审查之后",
                            en:
                                "\(name.en) was made, but \(completedField.path) is missing, so whether it followed the "
                                + "technical committee's review cannot be judged"))
                }
                continue
            }
            guard let completed = completedField.date.value, date < completed else { continue }
            context.report(
                decision["date"],
                Message(
                    zh: "\(name.zh)早于技术委员会完成审查之日（\(completed)）：审查完成后才进入审批注册发证程序",
                    en: "\(name.en) predates the technical committee's completion of its review (\(completed)): "
                        + "approval follows the review"))
        }
    }
}
