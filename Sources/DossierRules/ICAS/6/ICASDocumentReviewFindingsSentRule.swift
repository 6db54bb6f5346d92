import DossierLintKit

/// ICASP25C 6.4.3 c): every stage 1 audit is preceded by a document review,
/// and the findings of the document review are sent to the client within 1
/// working day.
struct ICASDocumentReviewFindingsSentRule: Rule {
    static let identifier = "icas-document-review-findings-sent"

    func check(_ context: RuleContext) {
        guard let limit = context.parameter("maximum_working_days") else { return }
        let count = Int(limit)
        for audit in context.dossier.audits {
            guard let reviewed = reviewDay(of: audit, context) else { continue }
            if let findings = context.optional(audit["document_review_findings"], { $0.number }), findings == 0 {
                continue
            }
            let sentField = audit["document_review_findings_sent_on"]
            let name = Audits.name(of: audit)
            switch WorkingDays.step(count, after: reviewed, doneAt: sentField, context: context) {
            case .late(let sent, let last):
                context.report(
                    sentField,
                    Message(
                        zh: "审核 \(name) 的文件审核于 \(reviewed) 完成，发现的问题 \(sent) 才提交给客户，"
                            + "晚于 \(count) 个工作日内（最迟于 \(last)，含当日）",
                        en: "the document review of audit \(name) was done on \(reviewed) but its findings were sent "
                            + "to the client only on \(sent), after \(count) working day(s) (by \(last) at the latest)")
                )
            case .missing(let last):
                context.report(
                    sentField,
                    Message(
                        zh: "审核 \(name) 的文件审核于 \(reviewed) 完成，截至 \(context.judgingDay) 没有发现问题提交给客户的记录，"
                            + "已超出 \(count) 个工作日（最迟于 \(last)，含当日）",
                        en: "the document review of audit \(name) was done on \(reviewed) and no sending of its "
                            + "findings to the client is recorded as of \(context.judgingDay), past \(count) working "
                            + "day(s) (by \(last) at the latest)"))
            case nil:
                break
            }
        }
    }

    /// The day of the audit's document review: required (a "cannot verify" finding when absent)
    /// for a stage 1 audit that has started, and a violation when it is not before the on-site
    /// audit; `nil` when there is none to judge.
    private func reviewDay(of audit: Field, _ context: RuleContext) -> Day? {
        let reviewField = audit["document_review_on"]
        guard audit["type"].string == "stage1" else {
            return context.optional(reviewField, { $0.date })
        }
        let start = context.optional(audit["dates"]["start"], { $0.date })
        if let start, start > context.judgingDay {
            return context.optional(reviewField, { $0.date })
        }
        let name = Audits.name(of: audit)
        guard reviewField.exists else {
            context.cannotVerify(
                reviewField,
                Message(
                    zh: "第一阶段审核 \(name) 已实施，但没有记录\(context.label("document_review_on").zh)：文件审核是初次认证的必经步骤",
                    en: "stage 1 audit \(name) has been held but its document review is not recorded: the "
                        + "document review is a required step of an initial certification"))
            return nil
        }
        guard let reviewed = context.optional(reviewField, { $0.date }) else { return nil }
        if let start, reviewed >= start {
            context.report(
                reviewField,
                Message(
                    zh: "第一阶段审核 \(name) 于 \(start) 开始现场审核，文件审核 \(reviewed) 才完成，"
                        + "未在现场审核前完成并提交发现的问题",
                    en: "stage 1 audit \(name) started on site on \(start) but its document review was done only "
                        + "on \(reviewed), not before the on-site audit"))
        }
        return reviewed
    }
}
