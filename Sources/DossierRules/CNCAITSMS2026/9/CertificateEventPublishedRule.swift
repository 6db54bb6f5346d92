import DossierLintKit

/// 9.4: a suspension, withdrawal or cancellation is made public (within 2
/// working days, as the catalogue reads 9.4), and a published suspension
/// states its start and its period.
struct CertificateEventPublishedRule: Rule {
    static let identifier = "certificate-event-published"

    func check(_ context: RuleContext) {
        guard let limit = context.parameter("working_days") else { return }
        for event in context.dossier["certificate_events"].elements where event["kind"].string == "suspension" {
            let period = event["period_months"]
            guard !period.exists else { continue }
            context.report(
                period,
                Message(
                    zh: "公开的暂停信息应明确暂停的起始日期和暂停期限，但档案中没有暂停期限",
                    en: "a published suspension states its start and its period, but the dossier gives no period "
                        + "(period_months)"))
        }
        CertificateEventDisclosure.check(
            step: CertificateEventDisclosure.Step(key: "published_on", zh: "公开", en: "published"),
            workingDays: Int(limit), context: context)
    }
}
