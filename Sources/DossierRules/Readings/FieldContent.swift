import DossierLintKit

/// Whether a field holds something, three ways (they differ on empty lists and
/// on values that are not text), and fields found by pointer.
extension Field {
    /// Whether a field is absent, null or a text of blanks only.
    var isBlank: Bool {
        guard exists else { return true }
        if let text = string { return text.allSatisfy(\.isWhitespace) }
        return false
    }

    /// Whether a field holds something: a scalar that is not blank, or any
    /// mapping or sequence (an empty list says "none", which is an answer).
    var holdsValue: Bool {
        guard exists, let node else { return false }
        if let text = node.scalarText { return text.contains { !$0.isWhitespace } }
        return true
    }

    /// Whether a text field holds something: a non-blank scalar or a non-empty collection.
    var hasContent: Bool {
        guard let node, exists else { return false }
        if let text = node.scalarText { return !text.allSatisfy(\.isWhitespace) }
        if let items = node.sequence { return !items.isEmpty }
        if let entries = node.mapping { return !entries.isEmpty }
        return true
    }

    /// The field at an RFC 6901 pointer below this one (`/client/name`).
    func descendant(at pointer: String) -> Field {
        var field = self
        for token in pointer.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).dropFirst() {
            let text = String(Substring(token))
            let name = token.contains(UInt8(ascii: "~")) ? unescape(text) : text
            if field.node?.sequence != nil, let index = Int(name) {
                field = field[index]
            } else {
                field = field[name]
            }
        }
        return field
    }

    private func unescape(_ token: String) -> String {
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
}

/// Lists the rule cannot work without.
extension RuleContext {
    /// The elements of a required list; a missing field or one that is not a
    /// list becomes a "cannot verify" finding and `nil`.
    func list(_ field: Field) -> [Field]? {
        guard field.exists else {
            cannotVerify(field, Message(zh: "缺少\(name(field).zh)", en: "\(field.path) is missing"))
            return nil
        }
        guard field.node?.sequence != nil else {
            cannotVerify(
                field, Message(zh: "\(name(field).zh)应为列表", en: "\(field.path) should be a list"))
            return nil
        }
        return field.elements
    }
}
