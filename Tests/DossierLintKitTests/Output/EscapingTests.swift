import Testing

@testable import DossierLintKit

@Suite struct EscapingTests {
    @Test func xmlMarkupAndForbiddenCharacters() {
        #expect(
            Escaping.xmlAttribute("a<b>&\"c'\u{1}\t\n\r\u{FFFE}")
                == "a&lt;b&gt;&amp;&quot;c&apos;\u{FFFD}&#9;&#10;&#13;\u{FFFD}")
        #expect(
            Escaping.xmlText("]]> <script>&\u{0}\u{1F}\t\n\r\u{FFFF}")
                == "]]&gt; &lt;script&gt;&amp;\u{FFFD}\u{FFFD}\t\n&#13;\u{FFFD}")
    }

    @Test func xmlReplacesOnlyTheTwoNoncharactersAmongTheirNeighbours() {
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF; U+FFFD, U+FFBE and U+F000 share bytes with them.
        #expect(
            Escaping.xmlText("中\u{FFFE}x\u{FFFD}\u{FFBE}\u{F000}\u{FFFF}<")
                == "中\u{FFFD}x\u{FFFD}\u{FFBE}\u{F000}\u{FFFD}&lt;")
        #expect(Escaping.xmlAttribute("\u{FFFF}") == "\u{FFFD}")
        #expect(Escaping.xmlAttribute("审核 5.4.1 team-size") == "审核 5.4.1 team-size")
    }

    @Test func htmlWritesTheApostropheAsANumericReference() {
        #expect(Escaping.html("a<b>&\"c'\u{1}\n") == "a&lt;b&gt;&amp;&quot;c&#39;\u{1}\n")
    }

    @Test func htmlEscapesAMarkFollowedByACombiningMark() {
        // "\u{301}" combines with the quote into one Character: it must not end an attribute value.
        #expect(Escaping.html("\"\u{301} onload=x '\u{301}") == "&quot;\u{301} onload=x &#39;\u{301}")
        #expect(Escaping.html("<\u{338}script>") == "&lt;\u{338}script&gt;")
    }

    @Test func markdownTableCellsStayOnOneLine() {
        #expect(Escaping.markdownTableCell("a|b\nc\rd") == "a\\|b c d")
        #expect(Escaping.markdownTableCell("a|\u{301}b\r\nc\n\u{301}d") == "a\\|\u{301}b  c \u{301}d")
    }

    @Test func terminalControlsAreShownNotObeyed() {
        #expect(
            Escaping.terminalControls("x\u{1B}[31m\u{1}\ty\u{7F}\u{85}\n")
                == "x\\u{1B}[31m\\u{1}\ty\\u{7F}\\u{85}\\u{A}")
    }

    @Test func workflowCommands() {
        #expect(Escaping.workflowCommandProperty("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae")
        #expect(Escaping.workflowCommandData("a:b,c%d\re") == "a:b,c%25d%0De")
        #expect(Escaping.workflowCommandData("x\u{1B}[31m\u{1}\ty") == "x\\u{1B}[31m\\u{1}\ty")
        #expect(Escaping.workflowCommandData("a:b,c 审核·") == "a:b,c 审核·")
        #expect(Escaping.workflowCommandProperty("审核·25°") == "审核·25°")
    }

    @Test("workflow commands: texts with nothing to escape pass whole, the rest as scalar by scalar")
    func workflowCommandsMatchTheScalarReading() {
        func reference(_ text: String, property: Bool) -> String {
            var output = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "%": output += "%25"
                case "\r": output += "%0D"
                case "\n": output += "%0A"
                case ":" where property: output += "%3A"
                case "," where property: output += "%2C"
                default:
                    let value = scalar.value
                    if (value < 0x20 && value != 0x09) || (0x7F...0x9F).contains(value) {
                        output += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
                    } else {
                        output.unicodeScalars.append(scalar)
                    }
                }
            }
            return output
        }
        let pieces = ["a", "审", "%", ":", ",", "\r", "\n", "\t", "\u{1B}", "\u{7F}", "\u{85}", "·", " "]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...16, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Escaping.workflowCommandData(text) == reference(text, property: false))
            #expect(Escaping.workflowCommandProperty(text) == reference(text, property: true))
        }
    }

    @Test func jsonStringsWithHexadecimalOrNamedControls() {
        #expect(Escaping.jsonString("a\"b\\c\n\t\r\u{1}中") == #""a\"b\\c\u000a\u0009\u000d\u0001中""#)
        #expect(Escaping.jsonString("a\"b\\c\n\t\r\u{1}中", controls: .named) == #""a\"b\\c\n\t\r\u0001中""#)
    }

    @Test("JSON strings: words of eight bytes let through exactly when no byte needs escaping")
    func jsonWordCheckAgreesWithBytes() {
        var generator = SystemRandomNumberGenerator()
        // Bytes that need escaping, their neighbours, and multi-byte UTF-8, at every position.
        let alphabet: [UInt8] = [
            0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xE4, 0xFF, 0x61,
        ]
        for _ in 0..<5_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }
            let expected = bytes.allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }
            #expect(bytes.withUnsafeBufferPointer(Escaping.hasNothingToEscapeInJSON) == expected, "\(bytes)")
        }
        for position in 0..<24 {
            for byte: UInt8 in [0x00, 0x1F, 0x22, 0x5C] {
                var bytes = [UInt8](repeating: 0x61, count: 24)
                bytes[position] = byte
                #expect(!bytes.withUnsafeBufferPointer(Escaping.hasNothingToEscapeInJSON), "\(byte) at \(position)")
            }
        }
    }

    @Test(
        "XML: words of eight bytes let through exactly when nothing needs escaping, U+FFFE and U+FFFF across words too")
    func xmlWordCheckAgreesWithBytes() {
        /// The byte-by-byte reading: every ASCII byte kept, no `EF BF BE` or `EF BF BF`.
        func plain(_ bytes: [UInt8]) -> Bool {
            let ascii = bytes.allSatisfy {
                $0 >= 0x80 || ($0 >= 0x20 && $0 != 0x26 && $0 != 0x3C && $0 != 0x3E && $0 != 0x22 && $0 != 0x27)
            }
            let noncharacter = bytes.indices.dropLast(2).contains {
                bytes[$0] == 0xEF && bytes[$0 + 1] == 0xBF && (bytes[$0 + 2] == 0xBE || bytes[$0 + 2] == 0xBF)
            }
            return ascii && !noncharacter
        }
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            [0x61], [0x20], [0x1F], [0x26], [0x3C], [0x3E], [0x22], [0x27], [0x09], [0xE4, 0xB8, 0xAD],
            [0xEF, 0xBC, 0x8C], [0xEF, 0xBF], [0xBE], [0xBF], [0xEF, 0xBF, 0xBD],
            [0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67],
        ]
        for _ in 0..<6_000 {
            let bytes = (0..<Int.random(in: 0...14, using: &generator)).flatMap { _ in
                pieces.randomElement(using: &generator)!
            }
            #expect(bytes.withUnsafeBufferPointer(Escaping.hasNothingToEscapeInXML) == plain(bytes), "\(bytes)")
        }
        // U+FFFF starting at every position, the words around it plain.
        for position in 0..<22 {
            var bytes = [UInt8](repeating: 0x61, count: 24)
            bytes[position] = 0xEF
            bytes[position + 1] = 0xBF
            bytes[position + 2] = 0xBF
            #expect(!bytes.withUnsafeBufferPointer(Escaping.hasNothingToEscapeInXML), "U+FFFF at \(position)")
        }
    }
}
