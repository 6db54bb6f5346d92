import DossierSyntax
import Testing

private func at(_ line: Int, _ column: Int) -> DossierSyntax.SourceLocation {
    DossierSyntax.SourceLocation(line: line, column: column)
}

private func scalar(_ text: String, _ style: ScalarStyle, _ line: Int = 1, _ column: Int = 1) -> Node {
    Node(.scalar(text, style), at: at(line, column))
}

private func mapping(_ pairs: [(String, Node)], _ line: Int = 1) -> Node {
    Node(
        .mapping(pairs.enumerated().map { MappingEntry(key: $1.0, keyLocation: at(line + $0, 1), value: $1.1) }),
        at: at(line, 1))
}

@Suite struct NodeTests {
    @Test func equalityIgnoresPositions() throws {
        let compact = try JSONParser.parse(Array(#"{"a":[1,"x",null],"b":{"c":true}}"#.utf8))
        let spread = try JSONParser.parse(
            Array("\n\n  {\n \"a\" : [ 1 ,\n \"x\", null ],\n\t\"b\": { \"c\": true } }\n".utf8))
        #expect(compact.location != spread.location)
        #expect(compact == spread)
        #expect(scalar("x", .plain, 1, 1) == scalar("x", .plain, 9, 9))
    }

    @Test func mappingEqualityIgnoresKeyOrder() throws {
        let one = try JSONParser.parse(Array(#"{"a": 1, "b": [2, 3]}"#.utf8))
        let other = try JSONParser.parse(Array(#"{"b": [2, 3], "a": 1}"#.utf8))
        #expect(one == other)
        // But sequences keep their order, and values and key sets must match.
        #expect(try JSONParser.parse(Array("[2, 3]".utf8)) != JSONParser.parse(Array("[3, 2]".utf8)))
        #expect(one != (try JSONParser.parse(Array(#"{"a": 1, "b": [2, 4]}"#.utf8))))
        #expect(one != (try JSONParser.parse(Array(#"{"a": 1, "c": [2, 3]}"#.utf8))))
        #expect(one != (try JSONParser.parse(Array(#"{"a": 1}"#.utf8))))
        #expect(one != (try JSONParser.parse(Array(#"{"a": 1, "b": [2, 3], "c": 0}"#.utf8))))
    }

    @Test func unquotedNumbersEqualAcrossFormatsButNotQuotedText() {
        let jsonFive = scalar("5", .jsonNumber)
        #expect(jsonFive == scalar("5", .plain))
        #expect(jsonFive != scalar("5", .doubleQuoted))
        #expect(jsonFive != scalar("5", .singleQuoted))
        #expect(scalar("5", .plain) != scalar("5", .literal))
        #expect(scalar("5", .doubleQuoted) == scalar("5", .singleQuoted))
        #expect(scalar("5", .doubleQuoted) == scalar("5", .folded))
        #expect(scalar("true", .jsonBoolean) == scalar("true", .plain))
        #expect(scalar("true", .jsonBoolean) != scalar("true", .doubleQuoted))
        // Numbers compare as written: 5 and 5.0 are different texts.
        #expect(jsonFive != scalar("5.0", .jsonNumber))
    }

    @Test func nullFormsAreEqual() {
        let forms = [
            scalar("null", .jsonNull), scalar("", .plain), scalar("~", .plain), scalar("null", .plain),
            scalar("Null", .plain), scalar("NULL", .plain),
        ]
        for a in forms {
            #expect(a.isNull)
            #expect(a.kindName == "null")
            for b in forms { #expect(a == b) }
        }
        // Quoted "null" and empty quoted strings are text, not null.
        #expect(!scalar("null", .doubleQuoted).isNull)
        #expect(!scalar("", .singleQuoted).isNull)
        #expect(scalar("null", .jsonNull) != scalar("null", .doubleQuoted))
        #expect(scalar("", .plain) != scalar("", .doubleQuoted))
        #expect(!scalar("nil", .plain).isNull)
    }

    @Test func kindsNeverEqualEachOther() {
        let empties = [Node(.sequence([]), at: .start), Node(.mapping([]), at: .start), scalar("", .doubleQuoted)]
        for (i, a) in empties.enumerated() {
            for (j, b) in empties.enumerated() { #expect((a == b) == (i == j)) }
        }
        #expect(Node(.sequence([]), at: .start) != scalar("", .plain))
    }

    @Test func accessors() {
        let node = mapping([
            ("a", scalar("1", .plain, 1, 4)), ("b", Node(.sequence([scalar("x", .plain)]), at: at(2, 4))),
        ])
        #expect(node["a"]?.scalarText == "1")
        #expect(node["a"]?.scalarStyle == .plain)
        #expect(node["missing"] == nil)
        #expect(node.entry(forKey: "b")?.keyLocation == at(2, 1))
        #expect(node["b"]?.sequence?.count == 1)
        #expect(node["b"]?.kindName == "sequence")
        #expect(node.kindName == "mapping")
        #expect(node["a"]?.kindName == "scalar")
        #expect(node.scalarText == nil)
        #expect(node.sequence == nil)
        #expect(node["a"]?.mapping == nil)
        #expect(node["a"]?["x"] == nil)
        #expect(ScalarStyle.jsonNumber.isUnquoted)
        #expect(!ScalarStyle.literal.isUnquoted)
    }

    @Test("booleans of the core schema, and nothing else")
    func booleans() {
        let reference: [String: Bool] = [
            "true": true, "True": true, "TRUE": true, "false": false, "False": false, "FALSE": false,
        ]
        var texts =
            Array(reference.keys) + [
                "", "t", "tRUE", "TRUe", "fALSE", "FALSe", "yes", "no", "on", "truee", "fals", "true ", " true", "1",
                "0",
                "真", "真真", "truE", "\u{7F}rue", "TRU\u{C9}",
            ]
        // Every text of the same lengths one byte away from a boolean.
        for word in reference.keys {
            let bytes = Array(word.utf8)
            for position in bytes.indices {
                for change: UInt8 in [1, 0x20, 0x40] {
                    var changed = bytes
                    changed[position] ^= change
                    texts.append(String(decoding: changed, as: UTF8.self))
                }
            }
        }
        for text in texts { #expect(Node.boolean(text) == reference[text], "\(text.debugDescription)") }
    }
}
