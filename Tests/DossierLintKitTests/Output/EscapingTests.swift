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
    }

    @Test func jsonStringsWithHexadecimalOrNamedControls() {
        #expect(Escaping.jsonString("a\"b\\c\n\t\r\u{1}中") == #""a\"b\\c\u000a\u0009\u000d\u0001中""#)
        #expect(Escaping.jsonString("a\"b\\c\n\t\r\u{1}中", controls: .named) == #""a\"b\\c\n\t\r\u0001中""#)
    }
}
