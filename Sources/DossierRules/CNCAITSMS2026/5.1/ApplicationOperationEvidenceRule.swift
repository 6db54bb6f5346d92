import DossierLintKit

/// 5.1.3 (6): the application brings evidence that the ITSMS has run for three months.
struct ApplicationOperationEvidenceRule: Rule {
    static let identifier = "application-operation-evidence"

    func check(_ context: RuleContext) {
        Application.checkSubmittedDocuments(
            context, parameter: "required_documents",
            item: Message(zh: "ITSMS 运行满三个月的证据", en: "the evidence of three months' ITSMS operation"))
    }
}
