import DossierLintKit

/// ICASP25C 6.7.1.2: the audit department tells the marketing department of a
/// re-certification at least 3 months before the re-certification audit.
struct ICASRecertificationNoticeRule: Rule {
    static let identifier = "icas-recertification-notice"

    func check(_ context: RuleContext) {
        guard let months = context.parameter("minimum_months_before_recertification") else { return }
        let count = Int(months)
        for audit in context.dossier.audits(ofType: "recertification") {
            guard let start = context.date(audit["dates"]["start"]) else { continue }
            let last = start.adding(months: -count)
            let field = audit["recertification_notice_on"]
            let name = Audits.name(of: audit)
            if field.exists {
                guard let notified = context.optional(field, { $0.date }), notified > last else { continue }
                context.report(
                    field,
                    Message(
                        zh: "再认证审核 \(name) 于 \(start) 开始，审核部 \(notified) 才通知市场部，"
                            + "不足 \(count) 个月：应\(latestBy(last).zh)通知",
                        en: "re-certification audit \(name) starts on \(start) but the audit department told the "
                            + "marketing department only on \(notified), less than \(count) months before "
                            + "(\(latestBy(last).en))"))
                continue
            }
            guard context.judgingDay > last else { continue }
            context.report(
                field,
                Message(
                    zh: "再认证审核 \(name) 于 \(start) 开始，截至 \(context.judgingDay) 没有审核部通知市场部的记录"
                        + "（\(context.label("recertification_notice_on").zh)）：应\(latestBy(last).zh)通知",
                    en: "re-certification audit \(name) starts on \(start) and no notice from the audit department "
                        + "to the marketing department is recorded as of \(context.judgingDay) (\(field.path)): "
                        + "it was due \(latestBy(last).en)"))
        }
    }
}
