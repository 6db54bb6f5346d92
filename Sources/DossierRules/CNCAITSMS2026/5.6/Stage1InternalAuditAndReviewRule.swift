import DossierLintKit

/// 5.6.2.1 (5): the client has carried out its internal audit and its
/// management review before stage 2.
struct Stage1InternalAuditAndReviewRule: Rule {
    static let identifier = "stage1-internal-audit-and-review"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        guard let stage2 = dossier.audits(ofType: "stage2").first,
            let stage2Start = context.date(stage2["dates"]["start"])
        else { return }
        let client = dossier["client"]
        let activities: [(key: String, zh: String, en: String)] = [
            ("internal_audit_done_on", "内部审核", "internal audit"),
            ("management_review_done_on", "管理评审", "management review"),
        ]
        for activity in activities {
            guard let done = context.date(client[activity.key]), done >= stage2Start else { continue }
            context.report(
                client[activity.key],
                Message(
                    zh: "认证委托人的\(activity.zh)于 \(done) 实施，未在第二阶段审核（\(stage2Start) 开始）前完成",
                    en: "the client's \(activity.en) was done on \(done), not before stage 2 "
                        + "(started \(stage2Start))"))
        }
    }
}
