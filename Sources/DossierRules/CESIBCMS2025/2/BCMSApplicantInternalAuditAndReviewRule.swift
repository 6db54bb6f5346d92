import DossierLintKit

/// 2 3): by the application date the applicant has carried out an internal audit and a
/// management review of its BCMS: both done on or before that day, and not before the BCMS
/// began to run (`client.bcms_operating_since`, when recorded).
struct BCMSApplicantInternalAuditAndReviewRule: Rule {
    static let identifier = "bcms-applicant-internal-audit-and-review"

    func check(_ context: RuleContext) {
        let client = context.dossier["client"]
        let done = ["internal_audit_done_on", "management_review_done_on"].map { client[$0] }.map {
            (field: $0, day: context.date($0))
        }
        guard let applicationDate = Application.date(context) else { return }
        let since = context.optional(client["bcms_operating_since"]) { $0.date }
        for (field, day) in done {
            guard let day else { continue }
            if day > applicationDate {
                context.report(
                    field,
                    Message(
                        zh: "\(context.name(field).zh)为 \(day)，晚于申请日 \(applicationDate)：申请时尚未实施",
                        en: "\(field.path) is \(day), after the application date \(applicationDate): not done when "
                            + "applying"))
            } else if let since, day < since {
                context.report(
                    field,
                    Message(
                        zh: "\(context.name(field).zh)为 \(day)，早于业务连续性管理体系运行起始日 \(since)，"
                            + "不是对该体系的内部审核或管理评审",
                        en: "\(field.path) is \(day), before the BCMS began to run on \(since): not an internal audit "
                            + "or management review of it"))
            }
        }
    }
}
