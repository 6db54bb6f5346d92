import DossierLintKit

/// 5.1.3 (1): the application states the applicant's name and address, the
/// standard, the scope applied for, the personnel in scope and the outsourced
/// processes that affect the system, and the application form is submitted.
struct ApplicationContentRule: Rule {
    static let identifier = "application-content"

    func check(_ context: RuleContext) {
        guard let pointers = context.requiredListParameter("required_fields") else { return }
        for pointer in pointers {
            let field = context.dossier.root.descendant(at: pointer)
            guard !field.holdsValue else { continue }
            // “认证申请的认证范围” reads “认证范围” after “认证申请未载明”.
            let name = context.name(field).zh
            let own = context.label("application").zh + "的"
            let stated = name.hasPrefix(own) ? String(name.dropFirst(own.count)) : name
            context.report(
                field,
                Message(zh: "认证申请未载明\(stated)", en: "the application does not state \(field.path)"))
        }
        Application.checkSubmittedDocuments(
            context, parameter: "required_documents",
            item: Message(zh: "认证申请书", en: "the application form"))
    }
}
