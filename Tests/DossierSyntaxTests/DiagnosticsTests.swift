import DossierSyntax
import Testing

/// The error of parsing `text` as the file `path`, or `nil` (recorded) if it parses.
private func parseError(
    _ path: String, _ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> ParseError? {
    do throws(ParseError) {
        _ = try Document(path: path, data: Array(text.utf8))
        Issue.record("expected \(path) to be refused", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// Whether `text` has a C0 control other than tab and line feed, DEL or a C1 control.
private func hasRawControls(_ text: String) -> Bool {
    text.unicodeScalars.contains {
        ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || (0x7F...0x9F).contains($0.value)
    }
}

/// What diagnostics print: no control characters of the input reach the terminal,
/// a long line is shown as a window around the column, CR-only files count lines.
@Suite struct DiagnosticsTests {
    @Test(arguments: [
        ("d.yaml", "schema: x\nname: \"\u{1B}[31mred\n"),
        ("d.json", "{\"name\": \"\u{1B}[31mred\"}"),
        ("d.json", "{\"\\u001B[31m\": 1, \"\\u001B[31m\": 2}"),
    ])
    func escapeSequencesInTheSourceAreEscaped(path: String, text: String) throws {
        let error = try #require(parseError(path, text))
        #expect(!error.description.contains("\u{1B}"), "\(error.description)")
        #expect(!hasRawControls(error.description))
        #expect(error.description.contains("\\u{1B}[31m"), "\(error.description)")
    }

    @Test func controlsInTheFileNameAreEscaped() throws {
        let error = try #require(parseError("a\u{1B}]0;title\u{07}\r.json", "{\"a\": }"))
        #expect(!hasRawControls(error.description), "\(error.description)")
        #expect(error.headline.hasPrefix("a\\u{1B}]0;title\\u{7}\\u{D}.json:1:7: error:"), "\(error.headline)")
    }

    @Test func aLongLineIsShownAsAWindowAroundTheColumn() throws {
        // `["xxx…x"}` with the `}` at column 150,000, then more text: 200,000 characters.
        let line = "[\"" + String(repeating: "x", count: 149_996) + "\"}" + String(repeating: "y", count: 50_000)
        #expect(line.count == 200_000)
        let error = try #require(parseError("long.json", line + "\n"))
        #expect(error.location == SourceLocation(line: 1, column: 150_000))
        let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 3)
        let shown = Array(lines[1])
        let caret = lines[2]
        #expect(shown.count <= ParseError.sourceWindow, "\(shown.count) characters")
        #expect(shown.first == "…" && shown.last == "…")
        #expect(caret.hasSuffix("^") && caret.dropLast().allSatisfy { $0 == " " })
        #expect(shown[caret.count - 1] == "}", "the caret is under the `}`")
    }

    @Test func windowsAtTheEdgesOfALongLine() throws {
        let start = try #require(parseError("s.json", "}" + String(repeating: " ", count: 500)))
        let startLines = start.description.split(separator: "\n").map(String.init)
        #expect(startLines[1].first == "}" && startLines[1].last == "…" && startLines[2] == "^")
        #expect(startLines[1].count <= ParseError.sourceWindow)

        let text = "[" + String(repeating: "1,", count: 300) + "}"
        let end = try #require(parseError("e.json", text))
        let endLines = end.description.split(separator: "\n").map(String.init)
        #expect(endLines[1].first == "…" && endLines[1].last == "}")
        #expect(endLines[1].count <= ParseError.sourceWindow)
        #expect(endLines[2].count == endLines[1].count && endLines[2].last == "^")
    }

    @Test func theCaretAccountsForEscapedControlsAndWideCharacters() {
        let error = ParseError(
            .syntax, "bad", at: SourceLocation(line: 1, column: 4), file: "f", sourceLine: "\u{1B}名x!")
        #expect(error.description == "f:1:4: error: bad\n\\u{1B}名x!\n" + String(repeating: " ", count: 9) + "^")
    }

    @Test func crOnlyLineEndsCountLines() throws {
        let error = try #require(parseError("cr.json", "{\r  \"a\": 1,\r  \"b\": ]\r}\r"))
        #expect(error.location == SourceLocation(line: 3, column: 8))
        #expect(error.headline.hasPrefix("cr.json:3:8: error:"), "\(error.headline)")
        #expect(error.sourceLine == "  \"b\": ]")
        #expect(!error.description.contains("\r"))

        let crlf = try #require(parseError("crlf.json", "{\r\n  \"a\": 1,\r\n  \"b\": ]\r\n}\r\n"))
        #expect(crlf.location == SourceLocation(line: 3, column: 8))
        #expect(crlf.sourceLine == "  \"b\": ]")

        let source = SourceText(path: "m", string: "one\rtwo\r\nthree\nfour\r")
        #expect(source.line(1) == "one" && source.line(2) == "two" && source.line(3) == "three")
        #expect(source.line(4) == "four" && source.line(5) == "")
        #expect(source.location(ofOffset: 4) == SourceLocation(line: 2, column: 1))
    }

    @Test func aCarriageReturnAloneInYAMLIsShownOnItsLine() throws {
        let error = try #require(parseError("cr.yaml", "schema: x\rname: y\rother: z\r"))
        #expect(!error.description.contains("\r"), "\(error.description)")
        #expect(error.location.line == 1)
        #expect(error.sourceLine == "schema: x")
    }

    @Test func aNULByteThatIsNotUTF16IsNamedAtItsPlace() throws {
        let error = try #require(parseError("n.yaml", "schema: x\nname: a\u{0}b\n"))
        #expect(!error.message.contains("UTF-16"), "\(error.message)")
        #expect(!error.description.contains("iconv"), "\(error.description)")
        #expect(error.message.contains("NUL byte at line 2, column 8"), "\(error.message)")
        #expect(error.location == SourceLocation(line: 2, column: 8))
        #expect(!hasRawControls(error.description))
    }
}

/// Keys are the same key exactly when their UTF-8 bytes are, in both syntaxes
/// and whatever the size of the mapping.
@Suite struct KeyEqualityTests {
    static let nfc = "caf\u{E9}"
    static let nfd = "cafe\u{301}"

    static func yaml(_ keys: [String]) -> String {
        keys.enumerated().map { "\"\($0.element)\": \($0.offset)\n" }.joined()
    }

    static func json(_ keys: [String]) -> String {
        "{" + keys.enumerated().map { "\"\($0.element)\": \($0.offset)" }.joined(separator: ", ") + "}"
    }

    static func keys(_ count: Int) -> [String] {
        [nfc, nfd] + (0..<(count - 2)).map { "key\($0)" }
    }

    @Test(arguments: [3, 100])
    func canonicallyEquivalentKeysAreDistinct(count: Int) throws {
        for (path, text) in [("k.yaml", Self.yaml(Self.keys(count))), ("k.json", Self.json(Self.keys(count)))] {
            let root = try Document(path: path, data: Array(text.utf8)).root
            guard case .mapping(let entries) = root.content else {
                Issue.record("\(path) is not a mapping")
                continue
            }
            #expect(entries.count == count, "\(path)")
            #expect(root[Self.nfc]?.scalarText == "0" && root[Self.nfd]?.scalarText == "1", "\(path)")
        }
    }

    @Test(arguments: [3, 100])
    func equalBytesAreADuplicate(count: Int) {
        let keys = Self.keys(count) + [Self.nfd]
        for (path, text) in [("k.yaml", Self.yaml(keys)), ("k.json", Self.json(keys))] {
            #expect(parseError(path, text)?.kind == .duplicateKey, "\(path)")
        }
    }
}
