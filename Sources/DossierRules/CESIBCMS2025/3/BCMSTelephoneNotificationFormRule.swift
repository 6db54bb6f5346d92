import DossierLintKit

/// 3.6.3: a notification made by telephone is completed afterwards with the 《管理体系信息通报表》
/// (`form_submitted_on`, not before `notified_on`); no time is given, so a missing form is a
/// violation from the day after the call.
struct BCMSTelephoneNotificationFormRule: Rule {
    static let identifier = "bcms-telephone-notification-form"

    func check(_ context: RuleContext) {
        guard let notifications = BCMSNotifications.all(context) else { return }
        for notification in notifications {
            guard method(of: notification, context: context) == "telephone",
                let notified = context.date(notification["notified_on"])
            else { continue }
            let name = BCMSNotifications.name(notification, context: context)
            let formField = notification["form_submitted_on"]
            guard formField.exists else {
                guard context.judgingDay > notified else { continue }
                context.report(
                    formField,
                    Message(
                        zh: "\(name.zh)于 \(notified) 以电话方式通报，截至 \(context.judgingDay) 没有补填《管理体系信息通报表》的记录"
                            + "（\(context.name(formField).zh)）",
                        en: "\(name.en) was made by telephone on \(notified), and there is no record that the "
                            + "notification form was filled in afterwards as of \(context.judgingDay) (\(formField.path))"
                    ))
                continue
            }
            guard let submitted = context.optional(formField, { $0.date }), submitted < notified else { continue }
            context.report(
                formField,
                Message(
                    zh: "\(name.zh)于 \(notified) 以电话方式通报，补填《管理体系信息通报表》的日期 \(submitted) 早于电话通报",
                    en: "\(name.en) was made by telephone on \(notified), but the form is dated \(submitted), before "
                        + "the call: the form completes a telephone notification afterwards"))
        }
    }

    /// The notification's `method`; missing or outside `bcms_notification_method` is a "cannot verify".
    private func method(of notification: Field, context: RuleContext) -> String? {
        let field = notification["method"]
        let fieldName = "\(context.name(notification).zh)的通报方式"
        guard let method = field.string else {
            context.cannotVerify(
                field,
                Message(
                    zh: field.exists ? "\(fieldName)应为文字" : "缺少\(fieldName)",
                    en: field.exists ? "\(field.path) should be a text" : "\(field.path) is missing"))
            return nil
        }
        guard BCMSNotifications.methods.contains(method) else {
            let expected = context.notAccepted(method, BCMSNotifications.methods, of: "bcms_notification_method")
            context.cannotVerify(
                field,
                Message(
                    zh: "\(fieldName)的值 '\(method)' 无效，\(expected.zh)",
                    en: "\(field.path) has the value '\(method)', \(expected.en)"))
            return nil
        }
        return method
    }
}
