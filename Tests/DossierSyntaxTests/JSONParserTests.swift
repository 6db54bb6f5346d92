import DossierSyntax
import Testing

/// Parses `text` as JSON.
private func parse(_ text: String, limits: SourceText.Limits = .standard) throws(ParseError) -> Node {
    try JSONParser.parse(Array(text.utf8), limits: limits)
}

/// The error `text` raises, or `nil` (recorded as an issue) if it parses.
private func parseError(
    _ text: String, limits: SourceText.Limits = .standard, sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> ParseError? {
    do throws(ParseError) {
        _ = try parse(text, limits: limits)
        Issue.record("expected an error for \(text.debugDescription.prefix(80))", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

private func at(_ line: Int, _ column: Int) -> DossierSyntax.SourceLocation {
    DossierSyntax.SourceLocation(line: line, column: column)
}

@Suite struct JSONParserTests {
    // MARK: Positions

    @Test func positionsOfNodesAndKeys() throws {
        let text = """
            {
              "名称": "测试",
              "a": [1, {"b": null}],
            \t"c": true
            }
            """
        let root = try parse(text)
        #expect(root.location == at(1, 1))
        let entries = try #require(root.mapping)
        #expect(entries.map(\.key) == ["名称", "a", "c"])
        #expect(entries[0].keyLocation == at(2, 3))
        #expect(entries[0].value.location == at(2, 9))
        #expect(entries[0].value.scalarText == "测试")
        #expect(entries[1].keyLocation == at(3, 3))
        let array = try #require(entries[1].value.sequence)
        #expect(entries[1].value.location == at(3, 8))
        #expect(array[0].location == at(3, 9))
        #expect(array[1].location == at(3, 12))
        let inner = try #require(array[1].mapping)
        #expect(inner[0].keyLocation == at(3, 13))
        #expect(inner[0].value.location == at(3, 18))
        #expect(entries[2].keyLocation == at(4, 2))  // a tab is one column
        #expect(entries[2].value.location == at(4, 7))
    }

    @Test func columnsCountUnicodeScalarsOnOneLongLine() throws {
        // Minified JSON: columns after Chinese text count characters, not bytes.
        let root = try parse(#"{"名称":"测试","x":1,"emoji":"😀","y":[false]}"#)
        let entries = try #require(root.mapping)
        #expect(entries[1].keyLocation == at(1, 12))
        #expect(entries[1].value.location == at(1, 16))
        #expect(entries[2].keyLocation == at(1, 18))
        #expect(entries[2].value.location == at(1, 26))
        #expect(entries[3].keyLocation == at(1, 30))
        #expect(entries[3].value.sequence?.first?.location == at(1, 35))
    }

    @Test func positionsWithCRLFLineEnds() throws {
        let root = try parse("{\r\n  \"a\": 1,\r\n  \"b\": [\r\n    \"x\"\r\n  ]\r\n}\r\n")
        #expect(root.entry(forKey: "a")?.keyLocation == at(2, 3))
        #expect(root["a"]?.location == at(2, 8))
        #expect(root["b"]?.location == at(3, 8))
        #expect(root["b"]?.sequence?.first?.location == at(4, 5))
    }

    @Test func everyLocationPointsAtItsToken() throws {
        // Random documents with random whitespace (spaces, tabs, LF, CRLF), Chinese
        // text, emoji and escapes: every node and key must point at the first
        // character of its token, every node must end just after its last
        // character, and numbers must read the same text there.
        var random = SplitMix(seed: 7)
        for _ in 0..<200 {
            let text = randomJSON(&random, depth: 0)
            let source = SourceText(path: "r.json", string: text)
            let root = try JSONParser.parse(source.bytes)
            try checkLocations(root, in: source)
        }
    }

    @Test func topLevelScalars() throws {
        #expect(try parse(#""x""#).scalarText == "x")
        #expect(try parse(" 42 ").scalarStyle == .jsonNumber)
        let null = try parse("\n\tnull\n")
        #expect(null.isNull)
        #expect(null.location == at(2, 2))
        #expect(try parse("true").scalarStyle == .jsonBoolean)
        #expect(try parse("false").scalarText == "false")
        #expect(try parse("[]").sequence?.isEmpty == true)
        #expect(try parse("{ }").mapping?.isEmpty == true)
    }

    // MARK: Values

    @Test func escapes() throws {
        let node = try parse(#""q\" b\\ s\/ \b\f\n\r\t \u0041\u00e9\u4E2D\uD834\uDD1E \u0000 end""#)
        #expect(node.scalarText == "q\" b\\ s/ \u{8}\u{C}\n\r\t Aé中𝄞 \u{0} end")
        #expect(node.scalarStyle == .doubleQuoted)
        // Escapes after non-ASCII text, and keys with escapes.
        let root = try parse(#"{"名\u79f0": "测\n试"}"#)
        #expect(root["名称"]?.scalarText == "测\n试")
    }

    @Test func stringsKeepNonASCIIText() throws {
        let text = "审核组长：张三，审核员：李四；范围：信息技术服务 04.02 𠀀"
        #expect(try parse("\"\(text)\"").scalarText == text)
        #expect(try parse("[\"\u{2028}\u{2029}\u{7F}\"]").sequence?.first?.scalarText == "\u{2028}\u{2029}\u{7F}")
    }

    @Test func numbersAreKeptAsWritten() throws {
        let written = ["0", "-0", "1.50", "1E+10", "2e-3", "0.000", "12345678901234567890123", "-1.0e0", "1E400"]
        let root = try parse("[" + written.joined(separator: ", ") + "]")
        let elements = try #require(root.sequence)
        #expect(elements.map { $0.scalarText ?? "" } == written)
        #expect(elements.allSatisfy { $0.scalarStyle == .jsonNumber })
    }

    @Test func literals() throws {
        let elements = try #require(try parse("[true,false,null]").sequence)
        #expect(elements.map(\.scalarStyle) == [.jsonBoolean, .jsonBoolean, .jsonNull])
        #expect(elements.map(\.scalarText) == ["true", "false", "null"])
    }

    @Test func largeObjectsKeepOrderAndFindDuplicates() throws {
        let keys = (0..<100).map { "key\($0)" }
        let text = "{" + keys.map { "\"\($0)\": \"\($0)\"" }.joined(separator: ",\n") + "}"
        let root = try parse(text)
        #expect(root.mapping?.map(\.key) == keys)
        #expect(root["key77"]?.scalarText == "key77")
        let error = try #require(parseError(String(text.dropLast()) + ",\n\"key42\": 0}"))
        #expect(error.kind == .duplicateKey)
        #expect(error.location == at(101, 1))
        #expect(error.message.contains("\"key42\""))
        #expect(error.message.contains("line 43"))
    }

    @Test("members of nested objects and arrays stay with their own collection")
    func nestedCollectionsKeepTheirMembers() throws {
        let inner = (0..<40).map { "\"k\($0)\": [\($0), {\"k\($0)\": []}]" }.joined(separator: ", ")
        let text = #"{"a": 1, "inner": {"# + inner + #"}, "b": [[1, 2], [], [3]], "k0": {}}"#
        let root = try parse(text)
        #expect(root.mapping?.map(\.key) == ["a", "inner", "b", "k0"])
        let members = try #require(root["inner"]?.mapping)
        #expect(members.map(\.key) == (0..<40).map { "k\($0)" })
        #expect(members[39].value.sequence?.first?.scalarText == "39")
        #expect(members[39].value.sequence?.last?["k39"]?.sequence?.isEmpty == true)
        #expect(root["b"]?.sequence?.map { $0.sequence?.count } == [2, 0, 1])
        let error = try #require(parseError(String(text.dropLast()) + #", "inner": 2}"#))
        #expect(error.kind == .duplicateKey && error.message.contains(#""inner""#))
        #expect(try parse(#"{"a": {"a": {"a": 1}}, "b": {"a": 2, "b": 3}}"#)["b"]?["b"]?.scalarText == "3")
    }

    // MARK: Errors

    @Test func trailingCommaInObject() throws {
        let error = try #require(parseError("{\n  \"a\": 1,\n}"))
        #expect(error.kind == .syntax)
        #expect(error.message == "trailing comma before '}'")
        #expect(error.location == at(2, 9))
    }

    @Test func trailingCommaInArray() throws {
        let error = try #require(parseError("[1, 2,  ]"))
        #expect(error.message == "trailing comma before ']'")
        #expect(error.location == at(1, 6))
    }

    @Test func unterminatedString() throws {
        let error = try #require(parseError(#"{"a": "测试"#))
        #expect(error.message == "unterminated string")
        #expect(error.location == at(1, 7))
        // A line break inside the string: still located at the opening quote.
        let broken = try #require(parseError("{\n  \"名称\": \"abc\n  \"b\": 1\n}"))
        #expect(broken.message.hasPrefix("unterminated string"))
        #expect(broken.location == at(2, 9))
        let key = try #require(parseError(#"{"abc"#))
        #expect(key.message == "unterminated string")
        #expect(key.location == at(1, 2))
    }

    @Test func duplicateKey() throws {
        let error = try #require(parseError("{\n  \"name\": 1,\n  \"x\": {\"name\": 2},\n  \"name\": 3\n}"))
        #expect(error.kind == .duplicateKey)
        #expect(error.location == at(4, 3))
        #expect(error.message == #"duplicate key "name"; it is first defined on line 2, column 3"#)
        // The same key in different objects is fine.
        _ = try parse(#"[{"a": 1}, {"a": 2}]"#)
        _ = try parse(#"{"a": {"b": 1}, "b": {"a": 2, "ab": 3}, "名称": 4, "名": 5}"#)
        // Keys compare by value: non-ASCII keys, and escaped against plain.
        let chinese = try #require(parseError(#"{"名称": 1, "x": 2, "名称": 3}"#))
        #expect(chinese.kind == .duplicateKey)
        #expect(chinese.location == at(1, 19))
        let escaped = try #require(parseError(#"{"ab": 1, "a\u0062": 2}"#))
        #expect(escaped.kind == .duplicateKey)
        #expect(escaped.message.hasPrefix(#"duplicate key "ab""#))
        let both = try #require(parseError(#"{"\u540D": 1, "名": 2}"#))
        #expect(both.kind == .duplicateKey)
    }

    @Test func missingCommaOrColon() throws {
        let member = try #require(parseError("{\"a\": 1\n \"b\": 2}"))
        #expect(member.message == "expected ',' or '}' after object member, found '\"'")
        #expect(member.location == at(2, 2))
        let element = try #require(parseError("[1 2]"))
        #expect(element.message == "expected ',' or ']' after array element, found '2'")
        #expect(element.location == at(1, 4))
        let colon = try #require(parseError(#"{"a" 1}"#))
        #expect(colon.message == "expected ':' after object key, found '1'")
        #expect(colon.location == at(1, 6))
    }

    @Test func unexpectedEnd() throws {
        let object = try #require(parseError("{\n  \"a\": [1,\n    2\n"))
        #expect(object.message.hasPrefix("unexpected end of input; expected ',' or ']'"))
        #expect(object.message.contains("the array opened at line 2, column 8 is not closed"))
        #expect(object.location == at(3, 6))
        let empty = try #require(parseError(" \n "))
        #expect(empty.message == "empty input; expected a JSON value")
        let afterColon = try #require(parseError(#"{"a":"#))
        #expect(afterColon.message.hasPrefix("unexpected end of input; expected a value"))
    }

    @Test func strictSyntaxIsEnforced() throws {
        let cases: [(String, String, DossierSyntax.SourceLocation)] = [
            ("{'a': 1}", "object keys must be in double quotes, not single quotes", at(1, 2)),
            ("['a']", "strings must be in double quotes, not single quotes", at(1, 2)),
            ("{a: 1}", "object keys must be strings in double quotes", at(1, 2)),
            ("[1] // note", "comments are not allowed in JSON", at(1, 5)),
            ("[/* x */ 1]", "comments are not allowed in JSON", at(1, 2)),
            ("[01]", "invalid number: leading zeros are not allowed", at(1, 2)),
            ("[-01]", "invalid number: leading zeros are not allowed", at(1, 2)),
            ("[NaN]", "'NaN' is not a JSON value; NaN and Infinity are not allowed", at(1, 2)),
            ("[-Infinity]", "'-Infinity' is not a JSON value; NaN and Infinity are not allowed", at(1, 2)),
            ("[+1]", "invalid number: a leading '+' is not allowed", at(1, 2)),
            ("[.5]", "invalid number: a number must start with a digit", at(1, 2)),
            ("[1.]", "invalid number: expected a digit after '.'", at(1, 3)),
            ("[1e]", "invalid number: expected a digit in the exponent", at(1, 3)),
            ("[-]", "invalid number: expected a digit after '-'", at(1, 2)),
            ("[1.2.3]", "invalid number '1.2.3'", at(1, 2)),
            ("[0x1F]", "invalid number '0x1F'", at(1, 2)),
            ("[True]", "'True' is not a JSON value; write 'true' in lower case", at(1, 2)),
            ("[tru]", "unexpected word 'tru'; strings must be in double quotes", at(1, 2)),
            ("[,1]", "expected a value before ','", at(1, 2)),
            ("[1,,2]", "expected a value, found ','", at(1, 4)),
            ("{\"a\":}", "expected a value, found '}'", at(1, 6)),
            ("[1]]", "unexpected ']' after the JSON value; a file holds one value", at(1, 4)),
            ("\"a\" \"b\"", "unexpected '\"' after the JSON value; a file holds one value", at(1, 5)),
            ("[\"a\tb\"]", "a tab inside a string must be written as \\t", at(1, 4)),
            ("[\"a\u{1}b\"]", "control character U+0001 inside a string must be written as \\u0001", at(1, 4)),
            (
                "[\"\\x41\"]",
                "invalid escape '\\x' in string; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX",
                at(1, 3)
            ),
            ("[\"\\u12G4\"]", "invalid \\u escape: expected four hex digits after \\u", at(1, 3)),
            (
                "[\"\\U0041\"]",
                "invalid escape '\\U' in string; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX",
                at(1, 3)
            ),
            (
                "[\"\\\t\"]",
                "invalid escape '\\' followed by a tab in string; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX",
                at(1, 3)
            ),
            (
                "[1,\u{C}2]",
                "expected a value, found a form feed (U+000C); JSON allows only space, tab, line feed and carriage return between tokens",
                at(1, 4)
            ),
        ]
        for (text, message, location) in cases {
            let error = try #require(parseError(text))
            #expect(error.kind == .syntax, "\(text)")
            #expect(error.message == message, "\(text)")
            #expect(error.location == location, "\(text)")
        }
    }

    @Test func loneSurrogatesAreRefused() throws {
        let high = try #require(parseError(#"["ab\uD800"]"#))
        #expect(high.message.hasPrefix("lone surrogate \\uD800"))
        #expect(high.location == at(1, 5))
        let highThenOther = try #require(parseError(#"["\uD800\u0041"]"#))
        #expect(highThenOther.message.contains("followed by \\u0041"))
        let low = try #require(parseError(#"["\uDC00"]"#))
        #expect(low.message.hasPrefix("lone surrogate \\uDC00"))
        let inverted = try #require(parseError(#"["\uDd1e\uD834"]"#))
        #expect(inverted.message.hasPrefix("lone surrogate \\uDD1E"))
    }

    @Test func fullWidthPunctuationGetsAHint() throws {
        let comma = try #require(parseError("[1，2]"))
        #expect(comma.message == "expected ',' or ']' after array element, found '，' (U+FF0C); use an ASCII comma ','")
        #expect(comma.location == at(1, 3))
        let space = try #require(parseError("{\"名称\":\u{3000}\"x\"}"))
        #expect(space.message.contains("full-width space (U+3000)"))
        #expect(space.location == at(1, 7))
        let quote = try #require(parseError("{\"a\": “x”}"))
        #expect(quote.message.contains("use straight double quotes"))
    }

    @Test func invalidUTF8InStringIsRefused() throws {
        do throws(ParseError) {
            _ = try JSONParser.parse(Array("[\"ab".utf8) + [0xC3, 0x28] + Array("\"]".utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "invalid UTF-8 byte 0xC3 in string")
            #expect(error.location == at(1, 5))
        }
    }

    // MARK: Limits

    @Test func depthLimit() throws {
        let limits = SourceText.Limits(maximumDepth: 5)
        _ = try parse("[[[[[]]]]]", limits: limits)
        _ = try parse(#"{"a":{"b":[[{"c":1}]]}}"#, limits: limits)
        let error = try #require(parseError("[[[[[[]]]]]]", limits: limits))
        #expect(error.kind == .limitExceeded)
        #expect(error.location == at(1, 6))
        #expect(error.message == "nesting is deeper than the limit of 5 levels")
    }

    @Test func hundredThousandOpeningBracketsDoNotOverflowTheStack() throws {
        let error = try #require(parseError(String(repeating: "[", count: 100_000)))
        #expect(error.kind == .limitExceeded)
        #expect(error.location == at(1, 257))
        let balanced = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(parseError(balanced)?.kind == .limitExceeded)
        let objects = String(repeating: #"{"a":"#, count: 100_000)
        #expect(parseError(objects)?.kind == .limitExceeded)
        // With a higher limit, deep nesting is read without recursion in the parser.
        let twoThousand = String(repeating: "[", count: 2_000) + String(repeating: "]", count: 2_000)
        let deep = try parse(twoThousand, limits: SourceText.Limits(maximumDepth: 2_000))
        #expect(deep.sequence?.count == 1)
    }

    @Test func sizeLimit() throws {
        let error = try #require(parseError("[1, 2, 3]", limits: SourceText.Limits(maximumBytes: 8)))
        #expect(error.kind == .limitExceeded)
    }

    // MARK: Through Document

    @Test func documentErrorsCarryFileAndSourceLine() throws {
        let text = "{\n  \"客户\": \"某某公司\",\n  \"a\": 1,\n}\n"
        do throws(ParseError) {
            _ = try Document(path: "d.json", data: Array(text.utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "d.json")
            #expect(error.sourceLine == "  \"a\": 1,")
            #expect(error.headline == "d.json:3:9: error: trailing comma before '}'")
            #expect(error.description == "d.json:3:9: error: trailing comma before '}'\n  \"a\": 1,\n        ^")
        }
        let document = try Document(path: "d.json", data: Array("{\"客户\": {\"名称\": \"某某\"}}".utf8))
        #expect(document.format == .json)
        #expect(document.root["客户"]?["名称"]?.scalarText == "某某")
    }
}

// MARK: - Random documents for location checks

private struct SplitMix {
    var seed: UInt64
    mutating func next(_ bound: Int) -> Int {
        seed &+= 0x9E37_79B9_7F4A_7C15
        var z = seed
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

private func randomSpace(_ random: inout SplitMix) -> String {
    ["", "", " ", "  ", "\t", "\n", "\r\n  ", "\n\t\t", " \n    "][random.next(9)]
}

private func randomString(_ random: inout SplitMix) -> String {
    let pieces = ["a", "key", "名称", "测试数据", "😀", "é", "\\n", "\\u4E2D", "\\uD83D\\uDE00", "\\\"", " ", "04.02", "\\t"]
    return "\"" + (0..<random.next(5)).map { _ in pieces[random.next(pieces.count)] }.joined() + "\""
}

private func randomJSON(_ random: inout SplitMix, depth: Int) -> String {
    let space = { (r: inout SplitMix) in randomSpace(&r) }
    switch depth >= 4 ? random.next(4) : random.next(6) {
    case 0: return randomString(&random)
    case 1: return ["0", "-1.5", "12e3", "3.14159", "-0", "100"][random.next(6)]
    case 2: return ["true", "false", "null"][random.next(3)]
    case 3: return randomString(&random)
    case 4:
        let count = random.next(4)
        let items = (0..<count).map { _ in space(&random) + randomJSON(&random, depth: depth + 1) + space(&random) }
        return "[" + (count == 0 ? space(&random) : items.joined(separator: ",")) + "]"
    default:
        let count = random.next(5)
        let items = (0..<count).map { index in
            space(&random) + "\"k\(index)" + ["", "名", "😀", "\\u00e9"][random.next(4)] + "\"" + space(&random) + ":"
                + space(&random) + randomJSON(&random, depth: depth + 1) + space(&random)
        }
        return "{" + (count == 0 ? space(&random) : items.joined(separator: ",")) + "}"
    }
}

/// The text of `source` from `location` on (to the end of its line).
private func text(at location: DossierSyntax.SourceLocation, in source: SourceText) throws
    -> Substring.UnicodeScalarView
{
    let line = try #require(source.line(location.line))
    let scalars = Substring(line).unicodeScalars
    return scalars.dropFirst(location.column - 1)
}

private func checkLocations(_ node: Node, in source: SourceText) throws {
    let here = try text(at: node.location, in: source)
    // The end is just after the token's last character.
    #expect(node.location < node.end, "node at \(node.location) ends at \(node.end)")
    let last = try text(before: node.end, in: source).last
    switch node.content {
    case .mapping(let entries):
        #expect(here.first == "{", "mapping at \(node.location)")
        #expect(last == "}", "mapping at \(node.location) ends at \(node.end)")
        for entry in entries {
            #expect(
                try text(at: entry.keyLocation, in: source).first == "\"", "key \(entry.key) at \(entry.keyLocation)")
            try checkLocations(entry.value, in: source)
        }
    case .sequence(let elements):
        #expect(here.first == "[", "sequence at \(node.location)")
        #expect(last == "]", "sequence at \(node.location) ends at \(node.end)")
        for element in elements { try checkLocations(element, in: source) }
    case .scalar(let value, let style):
        switch style {
        case .doubleQuoted:
            #expect(here.first == "\"", "string at \(node.location)")
            #expect(
                node.end.line == node.location.line && last == "\"", "string at \(node.location) ends at \(node.end)")
        default:
            #expect(
                String(String.UnicodeScalarView(here.prefix(value.unicodeScalars.count))) == value,
                "\(value) at \(node.location)")
            #expect(
                node.end
                    == DossierSyntax.SourceLocation(
                        line: node.location.line, column: node.location.column + value.unicodeScalars.count),
                "\(value) at \(node.location) ends at \(node.end)")
        }
    }
}

/// The text of `source`'s line of `location` before it.
private func text(before location: DossierSyntax.SourceLocation, in source: SourceText) throws
    -> Substring.UnicodeScalarView
{
    let line = try #require(source.line(location.line))
    return Substring(line).unicodeScalars.prefix(location.column - 1)
}
