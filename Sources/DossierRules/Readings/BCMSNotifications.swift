import DossierLintKit

/// The certified organisation's notifications to CESI (`notifications`, 3.6.3 a–e): what
/// happened, when, and when and how the body was told.
enum BCMSNotifications {
    /// The kinds of 3.6.3 a–e, in order (vocabulary `bcms_notification_kind`).
    static let kinds = ["complaint", "product_failure", "accident", "change", "other"]
    /// How a notification reached the body (vocabulary `bcms_notification_method`).
    static let methods = ["form", "telephone", "email", "other"]

    /// The notifications of the dossier: none when `notifications` is absent or empty; a value
    /// that is not a list is a "cannot verify" and gives `nil`.
    static func all(_ context: RuleContext) -> [Field]? {
        let field = context.dossier["notifications"]
        guard field.exists else { return [] }
        return context.list(field)
    }

    /// The notifications whose `kind` is one of `kinds`; entries with another, a missing or an
    /// unreadable kind are passed over (`bcms-change-notified` reports those).
    static func ofKinds(_ kinds: [String], _ context: RuleContext) -> [Field] {
        (all(context) ?? []).filter { kinds.contains($0["kind"].string ?? "") }
    }

    /// A notification for messages: zh “第 2 个获证组织的信息通报（重大事故）”.
    static func name(_ notification: Field, context: RuleContext) -> Message {
        let kind = notification["kind"].string.map { context.label($0, of: "bcms_notification_kind") }
        let base = context.name(notification)
        guard let kind else { return base }
        return Message(zh: "\(base.zh)（\(kind.zh)）", en: "\(base.en) (\(kind.en))")
    }

    /// Reports the notification's `notified_on` when it is after `deadline`, or missing once
    /// `deadline` has passed on the judging day. `limit` says the time allowed (zh “1 个月内”).
    static func checkNotified(
        _ notification: Field, occurred: Day, deadline: Day, limit: Message, context: RuleContext
    ) {
        let notifiedField = notification["notified_on"]
        let label = name(notification, context: context)
        if notifiedField.exists {
            guard let notified = context.optional(notifiedField, { $0.date }), notified > deadline else { return }
            context.report(
                notifiedField,
                Message(
                    zh: "\(label.zh)所涉情况发生于 \(occurred)，\(notified) 才通知赛西认证：应在\(limit.zh)、"
                        + "\(latestBy(deadline).zh)通知",
                    en: "\(label.en) concerns what happened on \(occurred) and reached CESI only on \(notified): "
                        + "within \(limit.en), \(latestBy(deadline).en)"))
            return
        }
        guard context.judgingDay > deadline else { return }
        context.report(
            notifiedField,
            Message(
                zh: "\(label.zh)所涉情况发生于 \(occurred)，截至 \(context.judgingDay) 没有通知赛西认证的记录"
                    + "（\(context.name(notifiedField).zh)）：应在\(limit.zh)、\(latestBy(deadline).zh)通知",
                en: "\(label.en) concerns what happened on \(occurred), and there is no record that CESI was told "
                    + "as of \(context.judgingDay) (\(notifiedField.path)): within \(limit.en), "
                    + "\(latestBy(deadline).en)"))
    }
}
