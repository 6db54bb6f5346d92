import DossierLintKit

/// The client's application (`application`, 5.1): its date and the documents submitted with it.
enum Application {
    /// The application date (`application.date`), or `nil` after a "cannot verify" finding.
    static func date(_ context: RuleContext) -> Day? {
        context.date(context.dossier["application"]["date"])
    }

    /// Reports every document kind of the list parameter `parameter` that is
    /// missing from `application.documents` (5.1.3). `item` names what the
    /// documents prove, for English messages; Chinese ones name the missing kind
    /// by its label (vocabulary `application_document`).
    static func checkSubmittedDocuments(_ context: RuleContext, parameter: String, item: Message) {
        guard let required = context.requiredListParameter(parameter) else { return }
        let documents = context.dossier["application"]["documents"]
        guard let submitted = context.texts(documents) else { return }
        for kind in required where !submitted.contains(kind) {
            context.report(
                documents,
                Message(
                    zh: "认证申请资料中没有“\(context.label(kind, of: "application_document").zh)”",
                    en: "the application documents lack \(item.en) (no \(kind) in application.documents)"))
        }
    }

    /// The client's licences (`client.licenses`, 5.1.2 and 5.1.3); a missing field or one
    /// that is not a list becomes a "cannot verify" finding naming it by its labels, and `nil`.
    static func licenses(_ context: RuleContext) -> [Field]? {
        let field = context.dossier["client"]["licenses"]
        guard field.exists else {
            context.cannotVerify(
                field, Message(zh: "缺少\(context.name(field).zh)（无需行政许可时写空列表）", en: "\(field.path) is missing"))
            return nil
        }
        guard field.isSequence else {
            context.cannotVerify(
                field, Message(zh: "\(context.name(field).zh)应为列表", en: "\(field.path) should be a list"))
            return nil
        }
        return field.elements
    }
}
