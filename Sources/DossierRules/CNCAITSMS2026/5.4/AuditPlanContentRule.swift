import DossierLintKit

/// 5.4.5.1: the plan of every on-site audit states at least its objectives,
/// criteria, scope, on-site dates, schedule and sites, and the team with its tasks.
struct AuditPlanContentRule: Rule {
    static let identifier = "audit-plan-content"

    func check(_ context: RuleContext) {
        let items = context.listParameter("required_items")
        for audit in context.dossier.audits where audit["onsite"].bool.value != false {
            let plan = audit["plan"]
            guard plan.exists else {
                context.report(
                    plan,
                    Message(
                        zh: "现场审核 \(Audits.name(of: audit)) 没有审核计划",
                        en: "the on-site audit has no audit plan (plan)"))
                continue
            }
            for item in items where !plan[item].hasContent {
                context.report(
                    plan[item],
                    Message(zh: "审核计划缺少\(context.label(item).zh)", en: "the audit plan lacks \(item)"))
            }
            for end in ["start", "end"] where !audit["dates"][end].exists {
                context.report(
                    audit["dates"][end],
                    Message(
                        zh: "审核计划缺少现场审核日期（\(context.name(audit["dates"][end]).zh)）",
                        en: "the audit plan lacks the on-site date (\(audit["dates"][end].path))"))
            }
        }
    }
}
