import DossierLintKit

/// 3.6.4.1: a scope extension is granted only within the organisation's legal status and
/// qualifications (a), to a scope its management system covers (b), and with no major accident
/// or product found nonconforming notified from a year before the application to the decision (c).
struct BCMSScopeExtensionConditionsRule: Rule {
    static let identifier = "bcms-scope-extension-conditions"

    func check(_ context: RuleContext) {
        guard let months = context.wholeParameter("accident_free_months") else { return }
        for decision in context.dossier["decisions"].elements where decision["kind"].string == "extend_scope" {
            let name = decision["id"].string ?? decision.path
            let application = decision["extension_application"]
            guard application.exists else {
                context.cannotVerify(
                    application,
                    Message(
                        zh: "扩大认证范围决定 \(name) 没有记录\(context.label("extension_application").zh)，其条件无从核查",
                        en: "the extend_scope decision \(name) records no extension_application"))
                continue
            }
            checkCondition(
                application["within_legal_scope"], decision: name,
                condition: Message(
                    zh: "申请扩大的认证范围不在获证组织的法律地位文件和资质规定的范围内",
                    en: "the extension applied for is not within the organisation's legal status and qualifications"),
                context: context)
            checkCondition(
                application["covered_by_management_system"], decision: name,
                condition: Message(
                    zh: "获证组织的管理体系未覆盖申请扩大的认证范围",
                    en: "the organisation's management system does not cover the extension applied for"),
                context: context)
            guard let received = context.date(application["received_on"]) else { continue }
            let until = decision["date"].date.value.map { max($0, received) } ?? received
            checkIncidents(
                from: received.adding(months: -months), received: received, until: until, decision: name,
                months: months, context: context)
        }
    }

    /// Reports a condition recorded as `false`; a missing one cannot be verified.
    private func checkCondition(_ field: Field, decision: String, condition: Message, context: RuleContext) {
        guard let met = context.bool(field), !met else { return }
        context.report(
            field,
            Message(
                zh: "扩大认证范围决定 \(decision) 不满足扩大认证范围的条件：\(condition.zh)",
                en: "the extend_scope decision \(decision) does not meet the conditions of an extension: "
                    + condition.en))
    }

    /// Reports every major accident or product found nonconforming that happened from `start` to `until`.
    private func checkIncidents(
        from start: Day, received: Day, until: Day, decision: String, months: Int, context: RuleContext
    ) {
        for notification in BCMSNotifications.ofKinds(["accident", "product_failure"], context) {
            guard let occurred = context.date(notification["occurred_on"]), occurred >= start, occurred <= until
            else { continue }
            let name = BCMSNotifications.name(notification, context: context)
            context.report(
                notification["occurred_on"],
                Message(
                    zh: "\(name.zh)发生于 \(occurred)，在 \(start)（扩大认证范围申请收到日 \(received) 前 \(months) 个月）至 "
                        + "\(until) 之间，扩大认证范围决定 \(decision) 却仍予扩大：至少近一年来未发生重大事故和国家检查不合格，"
                        + "才满足扩大认证范围的条件",
                    en: "\(name.en) happened on \(occurred), between \(start) (\(months) months before the extension "
                        + "application was received on \(received)) and \(until), yet the extend_scope decision "
                        + "\(decision) extended the scope: at least a year free of major accidents and failed state "
                        + "inspections is a condition"))
        }
    }
}
