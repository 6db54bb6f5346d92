import DossierSyntax
import Testing

/// Parses YAML text.
private func yaml(_ text: String, limits: SourceText.Limits = .standard) throws(ParseError) -> Node {
    try YAMLParser.parse(Array(text.utf8), limits: limits)
}

/// The error that parsing `text` raises, or `nil` when it parses.
private func yamlError(_ text: String, limits: SourceText.Limits = .standard) -> ParseError? {
    do {
        _ = try YAMLParser.parse(Array(text.utf8), limits: limits)
        return nil
    } catch {
        return error
    }
}

private func at(_ line: Int, _ column: Int) -> DossierSyntax.SourceLocation {
    DossierSyntax.SourceLocation(line: line, column: column)
}

/// A compact rendering of a tree: scalars with a style mark, `[...]`, `{k: v}` in source order.
private func render(_ node: Node) -> String {
    switch node.content {
    case .scalar(let text, let style):
        let mark: String
        switch style {
        case .plain: mark = ""
        case .singleQuoted: mark = "'"
        case .doubleQuoted: mark = "\""
        case .literal: mark = "|"
        case .folded: mark = ">"
        default: mark = "?"
        }
        return mark + text.debugDescription.dropFirst().dropLast() + mark
    case .sequence(let items):
        return "[" + items.map(render).joined(separator: ", ") + "]"
    case .mapping(let entries):
        return "{" + entries.map { "\($0.key): \(render($0.value))" }.joined(separator: ", ") + "}"
    }
}

@Suite("YAML parser: trees")
struct YAMLTreeTests {
    @Test func blockMappingsAndSequences() throws {
        let root = try yaml(
            """
            name: dossier
            list:
              - one
              - two
            nested:
              inner:
                deep: value
            compact:
            - a: 1
              b: 2
            - - x
              - y
            """)
        #expect(
            render(root)
                == "{name: dossier, list: [one, two], nested: {inner: {deep: value}}, compact: [{a: 1, b: 2}, [x, y]]}")
    }

    @Test func scalarsAreNotTyped() throws {
        let root = try yaml("a: no\nb: 010\nc: 2026-03-01\nd: 1.5\ne: ~\nf: 'yes'\n")
        #expect(root["a"]?.scalarText == "no")
        #expect(root["a"]?.scalarStyle == .plain)
        #expect(root["b"]?.scalarText == "010")
        #expect(root["c"]?.scalarText == "2026-03-01")
        #expect(root["d"]?.scalarText == "1.5")
        #expect(root["e"]?.scalarText == "~")
        #expect(root["e"]?.isNull == true)
        #expect(root["f"]?.scalarStyle == .singleQuoted)
    }

    @Test func emptyValuesAndDocumentsAreNull() throws {
        let empty = try yaml("")
        #expect(empty.isNull)
        #expect(empty.scalarStyle == .plain)
        #expect(empty.location == at(1, 1))
        #expect(try yaml("# only a comment\n\n").isNull)
        #expect(try yaml("---\n").isNull)
        let root = try yaml("a:\nb: # comment\nc: 1\n")
        #expect(root["a"]?.isNull == true)
        #expect(root["a"]?.scalarText == "")
        #expect(root["b"]?.isNull == true)
        let sequence = try yaml("-\n- x\n")
        #expect(sequence.sequence?[0].isNull == true)
    }

    @Test func plainScalarsFoldLines() throws {
        let root = try yaml("a: first\n  second\n\n  third\nb: x\n")
        #expect(root["a"]?.scalarText == "first second\nthird")
        #expect(render(try yaml("- a\n  b\n- c\n")) == "[a b, c]")
    }

    @Test func plainScalarsKeepColonsWithoutSpaceAndHashesWithoutSpace() throws {
        let root = try yaml("url: http://example.com:8080/a#b\ntime: 12:30\npath: C:\\dir # comment\n")
        #expect(root["url"]?.scalarText == "http://example.com:8080/a#b")
        #expect(root["time"]?.scalarText == "12:30")
        #expect(root["path"]?.scalarText == "C:\\dir")
    }

    @Test func quotedScalars() throws {
        let root = try yaml(
            #"""
            single: 'it''s # not a comment'
            double: "tab\there \"q\" \\ \/ \u4E2D\U0001F600\x41 \N\_\L\P\e\0\a\b\v\f\r\n"
            folded: "one
              two

              three"
            escaped: "a \
              b"
            key with spaces  : "v"
            "quoted key": 'w'
            """#)
        #expect(root["single"]?.scalarText == "it's # not a comment")
        #expect(root["single"]?.scalarStyle == .singleQuoted)
        #expect(
            root["double"]?.scalarText
                == "tab\there \"q\" \\ / 中😀A \u{85}\u{A0}\u{2028}\u{2029}\u{1B}\u{0}\u{7}\u{8}\u{B}\u{C}\r\n")
        #expect(root["double"]?.scalarStyle == .doubleQuoted)
        #expect(root["folded"]?.scalarText == "one two\nthree")
        #expect(root["escaped"]?.scalarText == "a b")
        #expect(try yaml("trailing: \"x  \n  y\"\n")["trailing"]?.scalarText == "x y")
        #expect(root["key with spaces"]?.scalarText == "v")
        #expect(root["quoted key"]?.scalarText == "w")
    }

    @Test("': ' inside a plain value is reported at that colon, after Chinese text too")
    func colonSpaceInsidePlainValue() {
        let simple = yamlError("a: b: c\n")
        #expect(simple?.kind == .syntax)
        #expect(simple?.location == at(1, 5))
        let chinese = yamlError("k: 计数（如 {\"2026\": 40}）\n")
        #expect(chinese?.location == at(1, 16))
    }

    @Test func badEscapesAreSyntaxErrors() {
        let unknown = yamlError(#"a: "x\q""#)
        #expect(unknown?.kind == .syntax)
        #expect(unknown?.location == at(1, 6))
        #expect(yamlError(#"a: "\uD800""#)?.kind == .syntax)
        #expect(yamlError(#"a: "\x4""#)?.kind == .syntax)
    }

    @Test func literalBlockScalars() throws {
        let root = try yaml(
            """
            clip: |
              line one
                indented
              line three

            strip: |-
              text

            keep: |+
              text

            explicit: |2
                four spaces
            next: end
            """)
        #expect(root["clip"]?.scalarText == "line one\n  indented\nline three\n")
        #expect(root["clip"]?.scalarStyle == .literal)
        #expect(root["strip"]?.scalarText == "text")
        #expect(root["keep"]?.scalarText == "text\n\n")
        #expect(root["explicit"]?.scalarText == "  four spaces\n")
        #expect(root["next"]?.scalarText == "end")
    }

    @Test func foldedBlockScalars() throws {
        let root = try yaml(
            """
            text: >
              folded
              line

              next
                more indented
              last
            after: x
            """)
        #expect(root["text"]?.scalarText == "folded line\nnext\n  more indented\nlast\n")
        #expect(root["text"]?.scalarStyle == .folded)
        #expect(root["after"]?.scalarText == "x")
        #expect(try yaml("- >-\n  a\n  b\n").sequence?[0].scalarText == "a b")
    }

    @Test func blockScalarKeepsHashesAndEndsAtLessIndentedComment() throws {
        let root = try yaml("a: |\n  # not a comment\n  x\n# a comment\nb: 1\n")
        #expect(root["a"]?.scalarText == "# not a comment\nx\n")
        #expect(root["b"]?.scalarText == "1")
    }

    @Test func blockScalarHeaderErrors() {
        #expect(yamlError("a: |0\n  x\n")?.kind == .syntax)
        #expect(yamlError("a: | text\n")?.kind == .syntax)
        #expect(yamlError("a: |\n    \n  x\n")?.kind == .syntax)  // leading empty line with more spaces
    }

    @Test func flowCollections() throws {
        let root = try yaml(
            """
            seq: [a, "b", 'c', [d, e], {f: g}, ]
            map: {a: 1, b: [x, y], c, "d":e, 'f': }
            pairs: [k: v, "q": w]
            multi: [one,
              two, # comment
              three]
            empty: [[], {}]
            """)
        #expect(render(root["seq"]!) == #"[a, "b", 'c', [d, e], {f: g}]"#)
        #expect(render(root["map"]!) == "{a: 1, b: [x, y], c: , d: e, f: }")
        #expect(root["map"]?["c"]?.isNull == true)
        #expect(render(root["pairs"]!) == #"[{k: v}, {q: w}]"#)
        #expect(render(root["multi"]!) == "[one, two, three]")
        #expect(render(root["empty"]!) == "[[], {}]")
        #expect(render(try yaml("[a, b]")) == "[a, b]")
        #expect(render(try yaml("{a: [1, 2]}\n")) == "{a: [1, 2]}")
    }

    @Test func flowErrors() {
        #expect(yamlError("a: [x, , y]")?.kind == .syntax)
        #expect(yamlError("a: [x y")?.kind == .syntax)
        let unterminated = yamlError("a: [x,\n  y\n")
        #expect(unterminated?.kind == .syntax)
        #expect(unterminated?.location == at(1, 4))
        #expect(yamlError("a: [x,\ny]\n")?.kind == .syntax)  // continuation not indented
        #expect(yamlError("a: {x: 1}}")?.kind == .syntax)
    }

    @Test func comments() throws {
        let root = try yaml(
            """
            # heading
            a: 1 # after a value
            # between
            b:   # after a key
              # before a nested value
              c: 2
            d: [1, # inside flow
                2]
            e: "x" # after a quoted value
            """)
        #expect(render(root) == #"{a: 1, b: {c: 2}, d: [1, 2], e: "x"}"#)
        #expect(yamlError("a: \"x\"# no space")?.kind == .syntax)
    }

    @Test func documentMarkers() throws {
        #expect(render(try yaml("---\na: 1\n")) == "{a: 1}")
        #expect(render(try yaml("--- text\n")) == "text")
        #expect(render(try yaml("--- |\n  block\n")) == #"|block\n|"#)
        #expect(render(try yaml("--- [a]\n")) == "[a]")
        #expect(render(try yaml("# comment\n---\na: 1\n...\n# trailing comment\n")) == "{a: 1}")
        #expect(render(try yaml("a: 1\n...\n")) == "{a: 1}")
        #expect(render(try yaml("a: ---\nb: ...\n")) == "{a: ---, b: ...}")
        let onMarkerLine = yamlError("--- a: 1\n")
        #expect(onMarkerLine?.kind == .syntax)
    }

    @Test func crlfLineEnds() throws {
        let text = "a: 1\r\nb: |\r\n  x\r\n  y\r\nc: \"p\r\n  q\"\r\nd:\r\n  - e\r\n"
        let root = try yaml(text)
        #expect(render(root) == #"{a: 1, b: |x\ny\n|, c: "p q", d: [e]}"#)
        #expect(root.entry(forKey: "d")?.keyLocation == at(7, 1))
        #expect(root["d"]?.sequence?[0].location == at(8, 5))
        #expect(yamlError("a: 1\rb: 2")?.kind == .syntax)
    }

    @Test func controlCharactersAreRefused() {
        let error = yamlError("a: x\u{7}y\n")
        #expect(error?.kind == .syntax)
        #expect(error?.location == at(1, 5))
    }

    /// The input is checked eight bytes at a time: every control character is found wherever
    /// it falls in a word, beside line feeds and tabs, which pass.
    @Test func controlCharactersAtEveryPosition() {
        let controls = (UInt8(0x01)...0x1F).filter { ![0x09, 0x0A, 0x0D].contains($0) } + [0x7F]
        for control in controls {
            for position in 0..<16 {
                var bytes = Array("k: \"abcdefghijklmnop\"\t\nb: c\n".utf8)
                let offset = 4 + position  // inside the quoted text
                bytes[offset] = control
                let text = String(decoding: bytes, as: UTF8.self)
                let error = yamlError(text)
                #expect(error?.kind == .syntax, "byte \(control) at \(offset)")
                #expect(error?.location == at(1, offset + 1), "byte \(control) at \(offset)")
            }
        }
        #expect(yamlError("k: \"abcdefghijklmnop\"\t\nb: c\n") == nil)
        #expect(yamlError("k: \"ab\tcd\tef\tgh\"\nl:\n  - \"x\ty\"\n") == nil)
    }

    /// Line feeds, tabs and non-ASCII bytes pass a word at once; a control beside any of them,
    /// before or after, is still found at its place.
    @Test func controlCharactersBesideLineFeedsTabsAndChinese() {
        let base = Array("a: \"审\tx\"\nb:\n  - \"\t审核\t\"\n  - 核\nc: \"y\t\t\"\n".utf8)
        #expect(yamlError(String(decoding: base, as: UTF8.self)) == nil)
        for control: UInt8 in [0x01, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F] {
            for offset in 0...base.count where offset == base.count || base[offset] & 0xC0 != 0x80 {
                var bytes = base
                bytes.insert(control, at: offset)
                let before = bytes[..<offset]
                let line = 1 + before.filter { $0 == 0x0A }.count
                let lineStart = (before.lastIndex(of: 0x0A) ?? -1) + 1
                let column = 1 + bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count
                let error = yamlError(String(decoding: bytes, as: UTF8.self))
                #expect(error?.kind == .syntax, "byte \(control) at \(offset)")
                #expect(error?.location == at(line, column), "byte \(control) at \(offset)")
            }
        }
    }
}

@Suite("YAML parser: locations")
struct YAMLLocationTests {
    @Test func nodeAndKeyPositions() throws {
        let root = try yaml(
            """
            top:
              key: value
              list:
                - item
                - {a: b}
            """)
        #expect(root.location == at(1, 1))
        let top = try #require(root["top"])
        #expect(top.location == at(2, 3))
        #expect(top.entry(forKey: "key")?.keyLocation == at(2, 3))
        #expect(top["key"]?.location == at(2, 8))
        let list = try #require(top["list"])
        #expect(list.location == at(4, 5))
        #expect(list.sequence?[0].location == at(4, 7))
        #expect(list.sequence?[1].location == at(5, 7))
        #expect(list.sequence?[1].entry(forKey: "a")?.keyLocation == at(5, 8))
        #expect(list.sequence?[1]["a"]?.location == at(5, 11))
    }

    @Test func columnsCountUnicodeScalarsAfterChineseText() throws {
        let root = try yaml(
            """
            名称: 上海云图
            地址: "北京市" # 注释
            列表: [甲, 乙, 丙]
            说明: |
              第一行
            """)
        #expect(root.entry(forKey: "名称")?.keyLocation == at(1, 1))
        #expect(root["名称"]?.location == at(1, 5))
        #expect(root["名称"]?.scalarText == "上海云图")
        #expect(root["地址"]?.location == at(2, 5))
        let list = try #require(root["列表"]?.sequence)
        #expect(list.map(\.location) == [at(3, 6), at(3, 9), at(3, 12)])
        #expect(root["说明"]?.location == at(4, 5))
        #expect(root["说明"]?.scalarText == "第一行\n")
    }

    @Test func nullValueIsLocatedAfterItsIndicator() throws {
        let root = try yaml("key:\nother: 1\n")
        #expect(root["key"]?.location == at(1, 5))
        #expect(try yaml("-\n").sequence?[0].location == at(1, 2))
    }

    @Test func errorLocationsAfterChineseText() {
        let error = yamlError("名称: &anchor 值\n")
        #expect(error?.kind == .unsupportedFeature)
        #expect(error?.location == at(1, 5))
    }
}

@Suite("YAML parser: refused features")
struct YAMLRefusalTests {
    private func expectRefused(
        _ text: String, at location: DossierSyntax.SourceLocation, mentioning word: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let error = yamlError(text)
        #expect(error?.kind == .unsupportedFeature, sourceLocation: sourceLocation)
        #expect(error?.location == location, sourceLocation: sourceLocation)
        #expect(error?.message.contains("not supported in dossiers") == true, sourceLocation: sourceLocation)
        #expect(
            error?.message.contains(word) == true, "message: \(error?.message ?? "none")",
            sourceLocation: sourceLocation)
    }

    @Test func anchorsAliasesAndTags() {
        expectRefused("a: &x 1\n", at: at(1, 4), mentioning: "anchor")
        expectRefused("a: 1\nb: *x\n", at: at(2, 4), mentioning: "alias")
        expectRefused("a: !custom 1\n", at: at(1, 4), mentioning: "tag")
        expectRefused("- !!str 1\n", at: at(1, 3), mentioning: "tag")
        expectRefused("a: [1, &x 2]\n", at: at(1, 8), mentioning: "anchor")
        expectRefused("&x a: 1\n", at: at(1, 1), mentioning: "anchor")
    }

    @Test func mergeKeys() {
        expectRefused("base: 1\n<<: 2\n", at: at(2, 1), mentioning: "merge key")
        expectRefused("a: {<<: 1}\n", at: at(1, 5), mentioning: "merge key")
        // A quoted "<<" is an ordinary key.
        #expect((try? yaml("\"<<\": 1\n"))?["<<"]?.scalarText == "1")
    }

    @Test func complexKeys() {
        expectRefused("? a\n: b\n", at: at(1, 1), mentioning: "complex key")
        expectRefused("x:\n  ? a\n", at: at(2, 3), mentioning: "complex key")
        expectRefused("[a, b]: c\n", at: at(1, 1), mentioning: "complex key")
        expectRefused("{a: 1}: c\n", at: at(1, 1), mentioning: "complex key")
        expectRefused("x: {[a]: b}\n", at: at(1, 5), mentioning: "complex key")
        expectRefused("x: [{a: 1}: b]\n", at: at(1, 5), mentioning: "complex key")
        expectRefused(": b\n", at: at(1, 1), mentioning: "empty key")
    }

    @Test func severalDocuments() {
        expectRefused("a: 1\n---\nb: 2\n", at: at(2, 1), mentioning: "several documents")
        expectRefused("---\na\n---\nb\n", at: at(3, 1), mentioning: "several documents")
        expectRefused("a\n...\nb\n", at: at(3, 1), mentioning: "several documents")
    }

    @Test func directives() {
        expectRefused("%YAML 1.2\n---\na: 1\n", at: at(1, 1), mentioning: "directive")
        expectRefused("# c\n%TAG ! tag:example.com,2000:\n---\na\n", at: at(2, 1), mentioning: "directive")
    }

    @Test func tabIndentation() {
        let error = yamlError("a:\n\tb: 1\n")
        #expect(error?.kind == .syntax)
        #expect(error?.location == at(2, 1))
        #expect(error?.message.contains("tabs are not allowed for indentation") == true)
        let nested = yamlError("a:\n  b: 1\n  \tc: 2\n")
        #expect(nested?.kind == .syntax)
        #expect(nested?.location == at(3, 3))
        #expect(nested?.message.contains("tabs are not allowed for indentation") == true)
        let afterDash = yamlError("- \t- x\n")
        #expect(afterDash?.location == at(1, 3))
        // Tabs as separation inside a line are fine.
        #expect((try? yaml("a:\tb\nc: \"x\ty\"\n"))?["a"]?.scalarText == "b")
    }

    @Test func unterminatedQuotesPointAtTheOpeningQuote() {
        let double = yamlError("a: 1\nb: \"abc\n  def\n")
        #expect(double?.kind == .syntax)
        #expect(double?.location == at(2, 4))
        #expect(double?.message.contains("unterminated") == true)
        // A missing closing quote followed by more keys: still reported at the opening quote.
        let missing = yamlError("a: \"abc\nb: 2\nc: 3\n")
        #expect(missing?.kind == .syntax)
        #expect(missing?.location == at(1, 4))
        #expect(missing?.message.contains("unterminated") == true)
        let single = yamlError("列表: ['abc]\n")
        #expect(single?.kind == .syntax)
        #expect(single?.location == at(1, 6))
    }

    @Test func duplicateKeys() {
        let error = yamlError("a: 1\nb: 2\na: 3\n")
        #expect(error?.kind == .duplicateKey)
        #expect(error?.location == at(3, 1))
        #expect(error?.message.contains("'a'") == true)
        #expect(error?.message.contains("line 1") == true)
        let flow = yamlError("x: {k: 1, \"k\": 2}\n")
        #expect(flow?.kind == .duplicateKey)
        #expect(flow?.location == at(1, 11))
        // The same key in different mappings is fine.
        #expect((try? yaml("a: {k: 1}\nb: {k: 2}\n")) != nil)
        // Large mappings use a dictionary; duplicates are still found.
        var text = ""
        for index in 0..<200 { text += "key\(index): \(index)\n" }
        text += "key150: again\n"
        let large = yamlError(text)
        #expect(large?.kind == .duplicateKey)
        #expect(large?.location == at(201, 1))
        #expect(large?.message.contains("line 151") == true)
    }

    @Test func nestingDepthLimit() {
        let brackets = String(repeating: "[", count: 100_000)
        let error = yamlError(brackets)
        #expect(error?.kind == .limitExceeded)
        let braces = yamlError("a: " + String(repeating: "{b: ", count: 100_000))
        #expect(braces?.kind == .limitExceeded)
        var block = ""
        for level in 0..<300 { block += String(repeating: " ", count: level) + "k:\n" }
        #expect(yamlError(block)?.kind == .limitExceeded)
        #expect(yamlError(String(repeating: "- ", count: 300) + "x\n")?.kind == .limitExceeded)
        let limits = SourceText.Limits(maximumDepth: 2)
        #expect((try? yaml("a: [1]\n", limits: limits)) != nil)
        let shallow = yamlError("a: [[1]]\n", limits: limits)
        #expect(shallow?.kind == .limitExceeded)
        #expect(shallow?.location == at(1, 5))
    }

    @Test func indentationErrors() {
        #expect(yamlError("a: 1\n  b: 2\n")?.kind == .syntax)
        #expect(yamlError("a:\n    b: 1\n  c: 2\n")?.kind == .syntax)
        #expect(yamlError("a: b: c\n")?.kind == .syntax)
        #expect(yamlError("a: - b\n")?.kind == .syntax)
        #expect(yamlError("- a\nb: 1\n")?.kind == .syntax)
        let error = yamlError("a: 1\nplain text\n")
        #expect(error?.kind == .syntax)
        #expect(error?.location == at(2, 1))
    }
}
