import DossierLintKit

/// 7.2.2: a suspension's period is at most 6 months, and the certificate is
/// not left suspended (nor restored) beyond 6 months.
struct SuspensionPeriodRule: Rule {
    static let identifier = "suspension-period"

    func check(_ context: RuleContext) {
        let events = context.dossier["certificate_events"].elements
        guard events.contains(where: { $0["kind"].string == "suspension" }),
            let maximum = context.parameter("maximum_suspension_months")
        else { return }
        let months = Int(maximum)
        let timeline = CertificateTimeline(dossier: context.dossier)
        for event in events where event["kind"].string == "suspension" {
            let periodField = event["period_months"]
            if let period = context.require(periodField, { $0.number }), period > maximum {
                context.report(
                    periodField,
                    Message(
                        zh: "暂停期限为 \(formatDays(period)) 个月，超过 \(months) 个月",
                        en: "the suspension is for \(formatDays(period)) months, more than \(months)"))
            }
            guard let decided = context.date(event["decided_on"]),
                let suspension = timeline.events.first(where: { $0.field.pointer == event.pointer })
            else { continue }
            let limit = decided.adding(months: months)
            let resolution = timeline.firstEvent(
                after: suspension, ofKinds: ["restoration", "withdrawal", "cancellation"])
            if let resolution {
                guard resolution.kind == "restoration", resolution.decided > limit else { continue }
                context.report(
                    resolution.field["decided_on"],
                    Message(
                        zh: "证书自 \(decided) 起暂停，至 \(resolution.decided) 才恢复，超过 \(months) 个月（\(limit)）",
                        en: "the certificate was suspended from \(decided) and restored only on \(resolution.decided), "
                            + "beyond \(months) months (\(limit))"))
                continue
            }
            guard context.judgingDay > limit else { continue }
            if let certificate = timeline.certificate(on: decided), certificate.expires <= limit { continue }
            context.report(
                event,
                Message(
                    zh: "证书自 \(decided) 起暂停，截至 \(context.judgingDay) 仍未恢复或撤销，已超过 \(months) 个月（\(limit)）",
                    en: "the certificate has been suspended since \(decided) and is neither restored nor withdrawn "
                        + "as of \(context.judgingDay): beyond \(months) months (\(limit))"))
        }
    }
}
