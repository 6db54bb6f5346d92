import DossierLintKit

/// 5.1.3 (3): when the scope needs administrative licences or qualification
/// certificates, the application brings them.
struct ApplicationLicenseDocumentsRule: Rule {
    static let identifier = "application-license-documents"

    func check(_ context: RuleContext) {
        guard let licenses = Application.licenses(context) else { return }
        var anyRequired = false
        for license in licenses {
            if context.bool(license["required"]) == true { anyRequired = true }
        }
        guard anyRequired else { return }
        Application.checkSubmittedDocuments(
            context, parameter: "required_documents",
            item: Message(zh: "行政许可文件、资质证书", en: "the licences and qualification certificates"))
    }
}
