import DossierLintKit

/// Reads shared by the rules of chapters 3 and 4, of the application stage
/// (5.1–5.3) and of the audit programme (5.4.1).
enum ApplicationFields {
    /// The field at an RFC 6901 pointer below `root` (`/client/name`).
    static func field(at pointer: String, in root: Field) -> Field {
        var field = root
        for token in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let name = unescape(String(token))
            if field.node?.sequence != nil, let index = Int(name) {
                field = field[index]
            } else {
                field = field[name]
            }
        }
        return field
    }

    private static func unescape(_ token: String) -> String {
        var result = ""
        var iterator = token.makeIterator()
        while let character = iterator.next() {
            guard character == "~" else {
                result.append(character)
                continue
            }
            switch iterator.next() {
            case "0": result.append("~")
            case "1": result.append("/")
            case let other?: result.append(contentsOf: ["~", other])
            case nil: result.append("~")
            }
        }
        return result
    }

    /// Whether a field holds something: a scalar that is not blank, or any
    /// mapping or sequence (an empty list says "none", which is an answer).
    static func holdsValue(_ field: Field) -> Bool {
        guard field.exists, let node = field.node else { return false }
        if let text = node.scalarText { return text.contains { !$0.isWhitespace } }
        return true
    }

    /// The elements of a required list; a missing field or one that is not a
    /// list becomes a "cannot verify" finding and `nil`.
    static func list(_ field: Field, in context: RuleContext) -> [Field]? {
        guard field.exists else {
            context.cannotVerify(field, Message(zh: "缺少 \(field.path)", en: "\(field.path) is missing"))
            return nil
        }
        guard field.node?.sequence != nil else {
            context.cannotVerify(
                field, Message(zh: "\(field.path) 应为列表", en: "\(field.path) should be a list"))
            return nil
        }
        return field.elements
    }

    /// A list parameter that the rule cannot work without: when the pack lacks
    /// it, a "cannot verify" finding and `nil`.
    static func requiredList(_ name: String, in context: RuleContext) -> [String]? {
        guard context.description.parameter(name).exists else {
            context.cannotVerify(
                context.dossier.root,
                Message(zh: "规则包缺少参数 \(name)", en: "the rule pack lacks the parameter \(name)"))
            return nil
        }
        return context.listParameter(name)
    }

    /// A whole-number parameter (months, days), or `nil` after a "cannot verify" finding.
    static func wholeParameter(_ name: String, in context: RuleContext) -> Int? {
        context.parameter(name).map { Int($0) }
    }

    /// The application date (`application.date`), or `nil` after a "cannot verify" finding.
    static func applicationDate(_ context: RuleContext) -> Day? {
        context.date(context.dossier["application"]["date"])
    }

    /// Reports every document kind of the list parameter `parameter` that is
    /// missing from `application.documents` (5.1.3). `item` names what the
    /// documents prove, for messages.
    static func checkSubmittedDocuments(_ context: RuleContext, parameter: String, item: Message) {
        guard let required = requiredList(parameter, in: context) else { return }
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

    /// "1 day", "5 days" for English messages.
    static func dayCount(_ count: Int) -> String {
        count == 1 ? "1 day" : "\(count) days"
    }

    /// "a, b, c" for messages; "—" when empty.
    static func joined(_ items: [String]) -> String {
        items.isEmpty ? "—" : items.joined(separator: ", ")
    }
}
