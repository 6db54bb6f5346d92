import DossierLintKit

/// 3.6.3: a product or service found nonconforming (b) or a major accident (c) is notified to
/// CESI within 48 hours, read on dates as at most 2 days after it happened; with a special case
/// recorded, within 1 week (7 days).
struct BCMSIncidentNotifiedRule: Rule {
    static let identifier = "bcms-incident-notified"

    func check(_ context: RuleContext) {
        guard let days = context.wholeParameter("maximum_days"),
            let specialDays = context.wholeParameter("special_case_maximum_days")
        else { return }
        for notification in BCMSNotifications.ofKinds(["product_failure", "accident"], context) {
            guard let occurred = context.date(notification["occurred_on"]) else { continue }
            let special = notification["special_case"].hasContent
            let limit =
                special
                ? Message(zh: "特殊情况下 1 周（\(specialDays) 日）内", en: "1 week (\(specialDays) days) in a special case")
                : Message(zh: " 48 小时（\(days) 日）内", en: "48 hours (\(days) days)")
            BCMSNotifications.checkNotified(
                notification, occurred: occurred, deadline: occurred.adding(days: special ? specialDays : days),
                limit: limit, context: context)
        }
    }
}
