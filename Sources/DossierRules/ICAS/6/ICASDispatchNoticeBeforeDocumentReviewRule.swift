import DossierLintKit

/// ICASP25C 6.3.3: the team's dispatch notice goes to the client and the team
/// before the document review.
struct ICASDispatchNoticeBeforeDocumentReviewRule: Rule {
    static let identifier = "icas-dispatch-notice-before-document-review"

    func check(_ context: RuleContext) {
        guard let limit = context.parameter("maximum_days_after_document_review") else { return }
        let days = Int(limit)
        for audit in context.dossier.audits {
            guard let reviewed = context.optional(audit["document_review_on"], { $0.date }) else { continue }
            let sentField = audit["dispatch_notice_sent_on"]
            let name = Audits.name(of: audit)
            let last = reviewed.adding(days: days)
            if sentField.exists {
                guard let sent = context.optional(sentField, { $0.date }), sent > last else { continue }
                context.report(
                    sentField,
                    Message(
                        zh: "审核 \(name) 的文件审核于 \(reviewed) 进行，审核组派遣通知书 \(sent) 才发放给客户及审核组："
                            + "应在文件审核之前、\(latestBy(last).zh)发放",
                        en: "the document review of audit \(name) was done on \(reviewed) but the team's dispatch "
                            + "notice went to the client and the team only on \(sent): it is due before the "
                            + "document review, \(latestBy(last).en)"))
            } else if context.judgingDay > last {
                context.report(
                    sentField,
                    Message(
                        zh: "审核 \(name) 的文件审核于 \(reviewed) 进行，截至 \(context.judgingDay) 没有审核组派遣通知书"
                            + "发放给客户及审核组的记录（\(context.name(sentField).zh)）：应在文件审核之前、"
                            + "\(latestBy(last).zh)发放",
                        en: "the document review of audit \(name) was done on \(reviewed) and no dispatch notice to "
                            + "the client and the team is recorded as of \(context.judgingDay) (\(sentField.path)): "
                            + "it was due before the document review, \(latestBy(last).en)"))
            }
        }
    }
}
