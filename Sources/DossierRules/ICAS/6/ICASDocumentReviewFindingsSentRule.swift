import DossierLintKit

/// ICASP25C 6.4.3 c): the findings of the document review are sent to the
/// client within 1 working day.
struct ICASDocumentReviewFindingsSentRule: Rule {
    static let identifier = "icas-document-review-findings-sent"

    func check(_ context: RuleContext) {
        guard let limit = context.parameter("maximum_working_days") else { return }
        let count = Int(limit)
        for audit in context.dossier.audits {
            guard let reviewed = context.optional(audit["document_review_on"], { $0.date }) else { continue }
            if let findings = context.optional(audit["document_review_findings"], { $0.number }), findings == 0 {
                continue
            }
            let sentField = audit["document_review_findings_sent_on"]
            let name = Audits.name(of: audit)
            if sentField.exists {
                guard let sent = context.optional(sentField, { $0.date }),
                    let (within, last) = WorkingDays.isWithin(
                        count, from: reviewed, done: sent, field: sentField, context: context),
                    !within
                else { continue }
                context.report(
                    sentField,
                    Message(
                        zh: "审核 \(name) 的文件审核于 \(reviewed) 完成，发现的问题 \(sent) 才提交给客户，"
                            + "晚于 \(count) 个工作日内（最迟于 \(last)，含当日）",
                        en: "the document review of audit \(name) was done on \(reviewed) but its findings were sent "
                            + "to the client only on \(sent), after \(count) working day(s) (by \(last) at the latest)")
                )
            } else {
                guard
                    let last = WorkingDays.passedDeadline(
                        count, after: reviewed, field: sentField, context: context),
                    context.judgingDay > last
                else { continue }
                context.report(
                    sentField,
                    Message(
                        zh: "审核 \(name) 的文件审核于 \(reviewed) 完成，截至 \(context.judgingDay) 没有发现问题提交给客户的记录，"
                            + "已超出 \(count) 个工作日（最迟于 \(last)，含当日）",
                        en: "the document review of audit \(name) was done on \(reviewed) and no sending of its "
                            + "findings to the client is recorded as of \(context.judgingDay), past \(count) working "
                            + "day(s) (by \(last) at the latest)"))
            }
        }
    }
}
