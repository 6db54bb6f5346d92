import DossierLintKit

/// 3.6.3: a change, a major complaint or another important matter (a, d, e) is notified to CESI
/// within 1 month of when it happened (一般情况下); every notification's kind is read here.
struct BCMSChangeNotifiedRule: Rule {
    static let identifier = "bcms-change-notified"

    /// The kinds notified within the general limit: 3.6.3 a, d and e.
    static let generalKinds = ["complaint", "change", "other"]

    func check(_ context: RuleContext) {
        guard let months = context.wholeParameter("maximum_months"),
            let notifications = BCMSNotifications.all(context)
        else { return }
        for notification in notifications {
            guard
                let kind = context.oneOf(
                    notification["kind"], BCMSNotifications.kinds, of: "bcms_notification_kind"),
                Self.generalKinds.contains(kind),
                let occurred = context.date(notification["occurred_on"])
            else { continue }
            BCMSNotifications.checkNotified(
                notification, occurred: occurred, deadline: occurred.adding(months: months),
                limit: Message(zh: " \(months) 个月内", en: "\(months) month(s)"), context: context)
        }
    }
}
