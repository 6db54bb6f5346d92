import DossierLintKit

/// 5.1.3 (with 5.1.4): a suspension lasts at most 6 months — its stated period, its
/// restoration, and its being still open on the judging day — except that a
/// suspension for case f) (a licence being renewed) may run until the licensing decision.
struct BCMSSuspensionPeriodRule: Rule {
    static let identifier = "bcms-suspension-period"

    func check(_ context: RuleContext) {
        let events = context.dossier["certificate_events"].elements
        guard events.contains(where: { $0["kind"].string == "suspension" }),
            let months = context.wholeParameter("maximum_suspension_months"),
            let exceptions = context.requiredListParameter("exception_reasons")
        else { return }
        let timeline = CertificateTimeline(dossier: context.dossier)
        for event in events where event["kind"].string == "suspension" {
            let reason = context.optional(event["reason"]) { $0.text }
            let judged = BCMSSuspensionLimit(
                event: event, months: months, isException: reason.map(exceptions.contains), context: context)
            judged.checkPeriod()
            guard let decided = context.date(event["decided_on"]),
                let suspension = timeline.events.first(where: { $0.field.pointer == event.pointer })
            else { continue }
            let resolution = timeline.firstEvent(
                after: suspension, ofKinds: ["restoration", "withdrawal", "cancellation"])
            guard let limit = judged.limit(decided: decided, resolved: resolution != nil) else { continue }
            if let resolution {
                // A withdrawal or cancellation after the period is 5.1.4's consequence, timed by 5.2.1.
                guard resolution.kind == "restoration", resolution.decided > limit.day else { continue }
                judged.flag(
                    resolution.field["decided_on"],
                    Message(
                        zh: "证书自 \(decided) 起暂停，至 \(resolution.decided) 才恢复，暂停时间超过\(limit.zh)（\(limit.day)）",
                        en: "the certificate was suspended from \(decided) and restored only on \(resolution.decided), "
                            + "beyond \(limit.en) (\(limit.day))"),
                    limit: limit)
                continue
            }
            guard context.judgingDay > limit.day else { continue }
            if let certificate = timeline.certificate(on: decided), certificate.expires <= limit.day { continue }
            judged.flag(
                event,
                Message(
                    zh: "证书自 \(decided) 起暂停，截至 \(context.judgingDay) 仍未恢复或撤销，暂停时间已超过\(limit.zh)（\(limit.day)）",
                    en:
                        "the certificate has been suspended since \(decided) and is neither restored nor withdrawn as of "
                        + "\(context.judgingDay): beyond \(limit.en) (\(limit.day))"),
                limit: limit)
        }
    }
}
