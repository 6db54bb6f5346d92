import DossierLintKit

/// Whether a field holds something, three ways (they differ on empty lists and
/// on values that are not text), and fields found by pointer.
extension Field {
    /// Whether a field is absent, null or a text of blanks only.
    var isBlank: Bool {
        guard exists else { return true }
        if let text = string { return !Field.hasNonWhitespace(text) }
        return false
    }

    /// Whether a field holds something: a scalar that is not blank, or any
    /// mapping or sequence (an empty list says "none", which is an answer).
    var holdsValue: Bool {
        guard exists else { return false }
        if let text = string { return Field.hasNonWhitespace(text) }
        return true
    }

    /// Whether a text field holds something: a non-blank scalar or a non-empty collection.
    var hasContent: Bool {
        guard exists else { return false }
        if let text = string { return Field.hasNonWhitespace(text) }
        return itemCount.map { $0 > 0 } ?? true
    }

    /// Whether `text` has a character that is not whitespace (`Character.isWhitespace`, which
    /// reads a character's first scalar).
    ///
    /// Answered from the first byte when it starts a scalar that is not whitespace: any ASCII
    /// byte but a blank, and any lead byte other than those of the non-ASCII whitespace
    /// (U+0085 and U+00A0 start with C2, U+1680 with E1, U+2000–U+205F with E2, U+3000 with E3).
    /// Almost every text starts so; the others are read character by character.
    static func hasNonWhitespace(_ text: String) -> Bool {
        if let first = text.utf8.first {
            switch first {
            case 0x09...0x0D, 0x20, 0xC2, 0xE1, 0xE2, 0xE3: break
            case 0x00..<0x80, 0xC3...0xE0, 0xE4...0xF4: return true
            default: break
            }
        }
        return text.contains { !$0.isWhitespace }
    }

    /// The field at an RFC 6901 pointer below this one (`/client/name`).
    func descendant(at pointer: String) -> Field {
        var field = self
        for name in JSONPointer.tokens(of: pointer) {
            if field.isSequence, let index = Int(name) {
                field = field[index]
            } else {
                field = field[name]
            }
        }
        return field
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
        guard field.isSequence else {
            cannotVerify(
                field, Message(zh: "\(name(field).zh)应为列表", en: "\(field.path) should be a list"))
            return nil
        }
        return field.elements
    }
}
