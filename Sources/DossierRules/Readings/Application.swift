import DossierLintKit

/// The client's application (`application`, 5.1): its date and the documents submitted with it.
enum Application {
    /// The application date (`application.date`), or `nil` after a "cannot verify" finding.
    static func date(_ context: RuleContext) -> Day? {
        context.date(context.dossier["application"]["date"])
    }

    /// Reports every document kind of the list parameter `parameter` that is
    /// missing from `application.documents` (5.1.3). `item` names what the
    /// documents prove, for messages.
    static func checkSubmittedDocuments(_ context: RuleContext, parameter: String, item: Message) {
        guard let required = context.requiredListParameter(parameter) else { return }
        let documents = context.dossier["application"]["documents"]
        guard let submitted = context.texts(documents) else { return }
        for kind in required where !submitted.contains(kind) {
            context.report(
                documents,
                Message(
                    zh: "认证申请资料中没有\(item.zh)（application.documents 中缺少 \(kind)）",
                    en: "the application documents lack \(item.en) (no \(kind) in application.documents)"))
        }
    }
}
