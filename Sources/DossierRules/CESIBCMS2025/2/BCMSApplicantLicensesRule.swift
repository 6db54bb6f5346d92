import DossierLintKit

/// 2 2): every administrative licence the applicant needs (`required: true`) is within its
/// validity on the application date.
struct BCMSApplicantLicensesRule: Rule {
    static let identifier = "bcms-applicant-licenses"

    func check(_ context: RuleContext) {
        guard let licenses = Application.licenses(context) else { return }
        var applicationDate: Day?
        for license in licenses {
            guard let required = context.bool(license["required"]), required,
                let validUntil = context.optional(license["valid_until"], { $0.date })
            else { continue }
            if applicationDate == nil { applicationDate = Application.date(context) }
            guard let applicationDate else { return }
            guard validUntil < applicationDate else { continue }
            let name = license["name"].string
            context.report(
                license["valid_until"],
                Message(
                    zh: (name.map { "申请方的行政许可“\($0)”" } ?? context.name(license).zh)
                        + "有效期至 \(validUntil)，申请日 \(applicationDate) 已失效",
                    en: "the licence \(name.map { "\"\($0)\"" } ?? license.path) was valid until \(validUntil), "
                        + "expired on the application date \(applicationDate)"))
        }
    }
}
