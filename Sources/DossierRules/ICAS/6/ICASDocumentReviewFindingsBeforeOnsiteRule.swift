import DossierLintKit

/// ICASP25C 6.4.3 c): the document review's findings are submitted to the
/// client before the on-site audit.
struct ICASDocumentReviewFindingsBeforeOnsiteRule: Rule {
    static let identifier = "icas-document-review-findings-before-onsite"

    func check(_ context: RuleContext) {
        let audits = context.dossier.audits
        for (index, audit) in audits.enumerated() {
            guard context.optional(audit["document_review_on"], { $0.date }) != nil else { continue }
            if let findings = context.optional(audit["document_review_findings"], { $0.number }), findings == 0 {
                continue
            }
            // The on-site audit the review prepares: its own audit, else the next one on site.
            let onsite =
                audit["onsite"].bool.value == false
                ? audits[(index + 1)...].first { $0["onsite"].bool.value == true } : audit
            guard let onsite, let start = context.date(onsite["dates"]["start"]) else { continue }
            let last = start.adding(days: -1)
            let sentField = audit["document_review_findings_sent_on"]
            let name = Audits.name(of: audit)
            let onsiteName = Audits.name(of: onsite)
            if sentField.exists {
                guard let sent = context.optional(sentField, { $0.date }), sent > last else { continue }
                context.report(
                    sentField,
                    Message(
                        zh: "审核 \(name) 的文件审核发现的问题于 \(sent) 才提交给客户，不在现场审核 \(onsiteName)"
                            + "（\(start) 开始）之前（\(latestBy(last).zh)）",
                        en: "the findings of the document review of audit \(name) were sent to the client only on "
                            + "\(sent), not before the on-site audit \(onsiteName) starting on \(start) "
                            + "(\(latestBy(last).en))"))
            } else if context.judgingDay > last {
                context.report(
                    sentField,
                    Message(
                        zh: "审核 \(name) 的文件审核发现的问题没有提交给客户的记录，现场审核 \(onsiteName) 已于 \(start) 开始"
                            + "（应\(latestBy(last).zh)提交）",
                        en: "no sending of the document review findings of audit \(name) to the client is recorded, "
                            + "and the on-site audit \(onsiteName) started on \(start) (due \(latestBy(last).en))"))
            }
        }
    }
}
