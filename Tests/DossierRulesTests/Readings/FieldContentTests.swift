import DossierLintKit
import DossierSyntax
import Testing

@testable import DossierRules

/// Fields found by pointer (rule parameters name the fields a rule requires), and whether a
/// field holds something.
@Suite("Fields by pointer, blank fields")
struct FieldContentTests {
    @Test("a pointer leads through mappings and lists, its ~0 and ~1 unescaped")
    func descendants() throws {
        let text = """
            client: {name: 甲公司, "a/b~c": x, "~": tilde}
            audits:
              - {id: A1}
              - {id: A2, "7": seven}
            """
        let root = try Dossier(document: Document(path: "d.yaml", data: Array(text.utf8))).root
        #expect(root.descendant(at: "/client/name").string == "甲公司")
        #expect(root.descendant(at: "/client/a~1b~0c").string == "x")
        #expect(root.descendant(at: "/client/~0").string == "tilde")
        #expect(root.descendant(at: "/audits/1/id").string == "A2")
        #expect(root.descendant(at: "/audits/1/7").string == "seven")
        #expect(root.descendant(at: "/audits/1/id").pointer == "/audits/1/id")
        #expect(!root.descendant(at: "/audits/2/id").exists)
        #expect(root.descendant(at: "/client/none/x").pointer == "/client/none/x")
        #expect(root.descendant(at: "").pointer == "")
        #expect(root.descendant(at: "client").pointer == "", "no token before the first '/'")
        #expect(root.descendant(at: "/").pointer == "/", "one empty token: the key ''")
        #expect(root.descendant(at: "/client/").pointer == "/client/")
        #expect(root.descendant(at: "//name").pointer == "//name")
    }

    /// The character-by-character reading `hasNonWhitespace` stands for.
    private func byCharacter(_ text: String) -> Bool { text.contains { !$0.isWhitespace } }

    @Test("every first scalar of the Basic Multilingual Plane, and every 61st beyond: as characters read it")
    func everyFirstScalar() {
        let scalars =
            (0...0xFFFF).compactMap(Unicode.Scalar.init)
            + stride(from: 0x10000, through: 0x10FFFF, by: 61).compactMap(Unicode.Scalar.init)
        var disagreeing: [UInt32] = []
        for scalar in scalars {
            let first = String(scalar)
            // Alone, before a blank, before text, and with a combining mark making one character.
            for text in [first, first + " ", first + "x", first + "\u{301}"]
            where Field.hasNonWhitespace(text) != byCharacter(text) {
                disagreeing.append(scalar.value)
            }
        }
        #expect(disagreeing.isEmpty, "first scalars read wrongly: \(disagreeing.prefix(20))")
    }

    @Test("texts of every kind of whitespace, and text after blanks: as characters read them")
    func blanksThenText() {
        let alphabet = RandomTexts.characters(
            of: " \t\n\r\u{0B}\u{0C}\u{85}\u{A0}\u{1680}\u{2000}\u{2009}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}"
                + "\u{3000}\u{180E}\u{200B}\u{FEFF}a中\u{301}")
        for text in RandomTexts.make(3_000, from: alphabet, maxPieces: 6) + ["", " ", "\u{3000}", "\u{3000}中"] {
            #expect(Field.hasNonWhitespace(text) == byCharacter(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test("a field holds a value, has content, is blank; its kind and item count")
    func blankFields() throws {
        let text = """
            blank: "\u{3000} "
            text: 中文
            empty_list: []
            list: [a]
            empty_map: {}
            nothing: null
            """
        let root = try Dossier(document: Document(path: "d.yaml", data: Array(text.utf8))).root
        #expect(root["blank"].isBlank && !root["blank"].holdsValue && !root["blank"].hasContent)
        #expect(!root["text"].isBlank && root["text"].holdsValue && root["text"].hasContent)
        #expect(root["empty_list"].holdsValue && !root["empty_list"].hasContent && !root["empty_list"].isBlank)
        #expect(root["list"].holdsValue && root["list"].hasContent)
        #expect(root["empty_map"].holdsValue && !root["empty_map"].hasContent)
        #expect(root["nothing"].isBlank && !root["nothing"].holdsValue && !root["nothing"].hasContent)
        #expect(root["absent"].isBlank && !root["absent"].holdsValue && !root["absent"].hasContent)
        #expect(root["list"].isSequence && !root["list"].isMapping && root["list"].itemCount == 1)
        #expect(root["empty_map"].isMapping && !root["empty_map"].isSequence && root["empty_map"].itemCount == 0)
        #expect(root["text"].itemCount == nil && !root["text"].isMapping && !root["absent"].isSequence)
    }
}
