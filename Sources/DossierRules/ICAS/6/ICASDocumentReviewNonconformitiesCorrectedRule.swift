import DossierLintKit

/// ICASP25C 6.4.3 c): the nonconformities found by the document review should
/// be corrected before the stage 2 on-site audit.
struct ICASDocumentReviewNonconformitiesCorrectedRule: Rule {
    static let identifier = "icas-document-review-nonconformities-corrected"

    func check(_ context: RuleContext) {
        let audits = context.dossier.audits
        for (index, audit) in audits.enumerated() {
            guard context.optional(audit["document_review_on"], { $0.date }) != nil else { continue }
            if let findings = context.optional(audit["document_review_findings"], { $0.number }), findings == 0 {
                continue
            }
            guard let count = context.number(audit["document_review_nonconformities"]), count > 0 else { continue }
            let stage2 =
                audit["type"].string == "stage2" ? audit : Audits.firstAudit(ofType: "stage2", after: index, in: audits)
            guard let stage2, let start = context.date(stage2["dates"]["start"]) else { continue }
            let last = start.adding(days: -1)
            let correctedField = audit["document_review_corrected_on"]
            let name = Audits.name(of: audit)
            let stage2Name = Audits.name(of: stage2)
            let number = wholeText(count)
            if correctedField.exists {
                guard let corrected = context.optional(correctedField, { $0.date }), corrected > last else { continue }
                context.report(
                    correctedField,
                    Message(
                        zh: "审核 \(name) 的文件审核发现的 \(number) 项不符合于 \(corrected) 才整改完成，"
                            + "未在第二阶段审核 \(stage2Name)（\(start) 开始）之前完成（宜\(latestBy(last).zh)完成）",
                        en: "the \(number) nonconformity(ies) of the document review of audit \(name) were corrected "
                            + "only on \(corrected), not before the stage 2 audit \(stage2Name) starting on \(start) "
                            + "(\(latestBy(last).en))"))
            } else if context.judgingDay > last {
                context.report(
                    correctedField,
                    Message(
                        zh: "审核 \(name) 的文件审核发现的 \(number) 项不符合没有整改完成的记录，"
                            + "第二阶段审核 \(stage2Name) 已于 \(start) 开始（宜\(latestBy(last).zh)完成）",
                        en: "no correction of the \(number) nonconformity(ies) of the document review of audit "
                            + "\(name) is recorded, and the stage 2 audit \(stage2Name) started on \(start) "
                            + "(\(latestBy(last).en))"))
            }
        }
    }
}
