import DossierLintKit

/// 4.2.1: a certificate holds items a)–i) (g) when the body is accredited, i) when
/// applicable), and its English version is signed by the general manager (f).
struct BCMSCertificateContentRule: Rule {
    static let identifier = "bcms-certificate-content"

    /// The values a content item may have.
    private static let answers = ["true", "false", "not_applicable"]

    func check(_ context: RuleContext) {
        let items = context.description.parameter("required_items")
        guard !items.keys.isEmpty else {
            context.cannotVerify(
                context.dossier.root,
                Message(zh: "规则包缺少参数“required_items”", en: "the rule pack lacks the parameter required_items"))
            return
        }
        let whenAccredited = context.listParameter("items_when_accredited")
        let optional = context.listParameter("items_only_where_applicable")
        for certificate in context.dossier["certificates"].elements {
            let content = certificate["content"]
            if content.exists {
                for key in items.keys {
                    let item = Item(key: key, letter: items[key].string ?? "", context: context)
                    check(item, in: content, whenAccredited: whenAccredited, optional: optional, context: context)
                }
            } else {
                context.cannotVerify(
                    content, Message(zh: "缺少\(context.name(content).zh)", en: "\(content.path) is missing"))
            }
            checkSignature(of: certificate["english"], context: context)
        }
    }

    /// An item of 4.2.1, with its letter and label for messages.
    private struct Item {
        let key: String
        let letter: String
        let label: Message

        init(key: String, letter: String, context: RuleContext) {
            self.key = key
            self.letter = letter
            label = context.label(key, of: "bcms_certificate_content")
        }
    }

    private func check(
        _ item: Item, in content: Field, whenAccredited: [String], optional: [String], context: RuleContext
    ) {
        let field = content[item.key]
        guard let written = context.optional(field, { $0.text }) else {
            context.cannotVerify(
                field,
                Message(
                    zh: "证书内容没有记录 4.2.1 \(item.letter)) 的“\(item.label.zh)”",
                    en: "\(field.path) is missing (item \(item.letter)) of 4.2.1: \(item.label.en))"))
            return
        }
        let value = written.lowercased()
        guard Self.answers.contains(value) else {
            let expected = context.notAccepted(value, Self.answers, of: "bcms_certificate_content_value")
            context.cannotVerify(
                field,
                Message(
                    zh: "证书内容中“\(item.label.zh)”的值 '\(written)' 无效，\(expected.zh)",
                    en: "\(field.path) has the value '\(written)', \(expected.en)"))
            return
        }
        guard value != "true", !(value == "not_applicable" && optional.contains(item.key)) else { return }
        if whenAccredited.contains(item.key) {
            guard let accredited = context.bool(context.dossier["certification_body"]["accredited"]), accredited
            else { return }
        }
        let missing = value == "false"
        context.report(
            field,
            Message(
                zh: missing
                    ? "证书缺少 4.2.1 \(item.letter)) 规定的内容：\(item.label.zh)"
                    : "4.2.1 \(item.letter)) 的“\(item.label.zh)”是\(whenAccredited.contains(item.key) ? "获认可机构颁发的" : "")"
                        + "证书的必备内容，不能标为不适用",
                en: missing
                    ? "the certificate lacks item \(item.letter)) of 4.2.1: \(item.label.en)"
                    : "item \(item.letter)) of 4.2.1 (\(item.label.en)) is required"
                        + (whenAccredited.contains(item.key) ? " from an accredited body" : "")
                        + "; it cannot be not applicable"))
    }

    /// 4.2.1 f): the English certificate is signed by the general manager. A missing
    /// English certificate is bcms-certificate-english's finding.
    private func checkSignature(of english: Field, context: RuleContext) {
        guard english.exists else { return }
        let field = english["signed_by_general_manager"]
        guard field.exists else {
            context.cannotVerify(
                field,
                Message(
                    zh: "英文证书没有记录是否由公司总经理签字（4.2.1 f)）",
                    en: "\(field.path) is missing: whether the general manager signed the English certificate "
                        + "(4.2.1 f)) is not recorded"))
            return
        }
        guard let signed = context.bool(field), !signed else { return }
        context.report(
            field,
            Message(
                zh: "英文证书未由公司总经理签字（4.2.1 f)）",
                en: "the English certificate is not signed by the general manager (4.2.1 f))"))
    }
}
