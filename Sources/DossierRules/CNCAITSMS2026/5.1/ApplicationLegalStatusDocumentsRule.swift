import DossierLintKit

/// 5.1.3 (2): the application brings proof of legal status; when the ITSMS
/// covers several legal entities, proof for each of them.
struct ApplicationLegalStatusDocumentsRule: Rule {
    static let identifier = "application-legal-status-documents"

    func check(_ context: RuleContext) {
        Application.checkSubmittedDocuments(
            context, parameter: "required_documents",
            item: Message(zh: "法律地位证明文件", en: "the proof of legal status"))
        for entity in context.dossier["client"]["legal_entities"].elements {
            let document = entity["legal_status"]["document"]
            guard !document.holdsValue else { continue }
            let name = entity["name"].string ?? entity.path
            let zhName = entity["name"].string.map { "法律实体“\($0)”" } ?? context.name(entity).zh
            context.report(
                entity["legal_status"].exists ? document : entity["legal_status"],
                Message(
                    zh: "ITSMS 覆盖的\(zhName)没有法律地位证明文件",
                    en: "the legal entity \"\(name)\" covered by the ITSMS has no proof of legal status"))
        }
    }
}
