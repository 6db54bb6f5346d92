import DossierLintKit

/// 5.1.3 (4): the application brings the organisation chart and responsibilities.
struct ApplicationOrganisationChartRule: Rule {
    static let identifier = "application-organisation-chart"

    func check(_ context: RuleContext) {
        Application.checkSubmittedDocuments(
            context, parameter: "required_documents",
            item: Message(zh: "组织机构及职责", en: "the organisation chart and responsibilities"))
    }
}
