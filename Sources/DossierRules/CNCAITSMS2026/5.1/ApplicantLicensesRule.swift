import DossierLintKit

/// 5.1.2 (2): every administrative licence the scope requires is held and
/// within its validity on the application date.
struct ApplicantLicensesRule: Rule {
    static let identifier = "applicant-licenses"

    func check(_ context: RuleContext) {
        guard let licenses = Application.licenses(context) else { return }
        var applicationDate: Day?
        for license in licenses {
            guard let required = context.bool(license["required"]), required,
                let validUntil = context.optional(license["valid_until"], { $0.date })
            else { continue }
            if applicationDate == nil {
                applicationDate = Application.date(context)
            }
            guard let applicationDate else { return }
            guard validUntil < applicationDate else { continue }
            let name = license["name"].string ?? license.path
            let zhName = license["name"].string.map { "行政许可“\($0)”" } ?? context.name(license).zh
            context.report(
                license["valid_until"],
                Message(
                    zh: "\(zhName)有效期至 \(validUntil)，申请日 \(applicationDate) 已失效",
                    en: "the licence \"\(name)\" was valid until \(validUntil), expired on the application date "
                        + "\(applicationDate)"
                ))
        }
    }
}
