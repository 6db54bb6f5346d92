import DossierLintKit

/// 7.4: a certificate is cancelled only at the client's own request and only
/// after the body confirmed that no suspension or withdrawal condition exists.
struct CancellationConditionsRule: Rule {
    static let identifier = "cancellation-conditions"

    func check(_ context: RuleContext) {
        let events = context.dossier["certificate_events"].elements
        guard events.contains(where: { $0["kind"].string == "cancellation" }),
            let limits = CertificateEventChecks.limits(
                context,
                names: [
                    "surveillance_interval_months", "surveillances_per_cycle", "major_verification_months",
                    "maximum_suspension_months",
                ])
        else { return }
        let reasons = context.listParameter("cancellation_reasons")
        let notBlocking = context.listParameter("suspension_reasons_not_blocking_cancellation")
        let timeline = CertificateTimeline(dossier: context.dossier)
        let triggers =
            CertificateTriggers.suspensionTriggers(in: context, timeline: timeline, limits: limits)
            + CertificateTriggers.withdrawalTriggers(in: context, timeline: timeline, limits: limits)
        for event in events where event["kind"].string == "cancellation" {
            if let reason = context.text(event["reason"]), !reasons.contains(reason) {
                let written =
                    context.glossary.value(reason, of: "cancellation_reason").map { "“\($0.zh)”" } ?? "'\(reason)'"
                let expected = context.notAccepted(reason, reasons, of: "cancellation_reason")
                context.report(
                    event["reason"],
                    Message(
                        zh: "注销原因为\(written)：只有获证组织主动申请时才能注销证书，注销原因\(expected.zh)",
                        en: "the cancellation's reason is '\(reason)'; a certificate is cancelled only at the client's "
                            + "own request (\(reasons.joined(separator: ", ")))"))
            }
            guard let cancelled = context.date(event["decided_on"]) else { continue }
            var conditions: [Message] = []
            if case .suspended(let suspension) = timeline.status(on: cancelled.adding(days: -1)) {
                let reason = suspension.field["reason"].string ?? "?"
                if !notBlocking.contains(reason) {
                    let reasonZh = context.glossary.value(reason, of: "suspension_reason").map(\.zh) ?? "'\(reason)'"
                    conditions.append(
                        Message(
                            zh: "证书自 \(suspension.decided) 起处于暂停状态（暂停原因：\(reasonZh)）",
                            en: "the certificate had been suspended since \(suspension.decided) (\(reason))"))
                }
            }
            for trigger in triggers {
                guard let start = trigger.start else {
                    context.cannotVerify(
                        trigger.field,
                        Message(
                            zh: "\(trigger.description.zh)（\(trigger.item)），档案未记录发生日期，无法判断注销日 \(cancelled) 时是否存在该情形",
                            en: "\(trigger.description.en) (\(trigger.item)); the dossier gives no date, so it cannot "
                                + "be told whether this existed on the cancellation day \(cancelled)"))
                    continue
                }
                guard start <= cancelled, trigger.end.map({ $0 > cancelled }) ?? true else { continue }
                conditions.append(
                    Message(
                        zh: "\(trigger.description.zh)（\(trigger.item)）",
                        en: "\(trigger.description.en) (\(trigger.item))"))
            }
            guard !conditions.isEmpty else { continue }
            context.report(
                event["kind"],
                Message(
                    zh: "证书于 \(cancelled) 被注销，但当时存在暂停或撤销情形：" + conditions.map(\.zh).joined(separator: "；"),
                    en: "the certificate was cancelled on \(cancelled) although a suspension or withdrawal condition "
                        + "existed: " + conditions.map(\.en).joined(separator: "; ")))
        }
    }
}
