import DossierLintKit

/// 9.2: the audit plan is reported to CNCA at least 3 days before the on-site audit starts.
struct AuditPlanReportedRule: Rule {
    static let identifier = "audit-plan-reported"

    func check(_ context: RuleContext) {
        let audits = context.dossier.audits
        guard !audits.isEmpty, let minimum = context.parameter("minimum_days_before") else { return }
        let days = Int(minimum)
        for audit in audits {
            guard context.optional(audit["onsite"], { $0.bool }) != false,
                let start = context.date(audit["dates"]["start"])
            else { continue }
            let latest = start.adding(days: -days)
            let field = audit["plan"]["reported_to_cnca_on"]
            guard let reported = context.optional(field, { $0.date }) else {
                if context.judgingDay > latest {
                    context.report(
                        field,
                        Message(
                            zh: "\(start) 开始的现场审核，其审核计划未上报国家认监委（应最迟于 \(latest)（含当日）上报）",
                            en: "the plan of the on-site audit starting \(start) was not reported to CNCA "
                                + "(due by \(latest) at the latest; \(field.path) is missing)"))
                }
                continue
            }
            let gap = reported.days(until: start)
            guard gap < days else { continue }
            context.report(
                field,
                Message(
                    zh: "审核计划于 \(reported) 上报国家认监委，距现场审核开始（\(start)）仅 \(gap) 日，少于 \(days) 日（应最迟于 \(latest)（含当日））",
                    en: "the audit plan was reported to CNCA on \(reported), \(gap) days before the on-site audit "
                        + "(\(start)): fewer than \(days) (due by \(latest) at the latest)"))
        }
    }
}
