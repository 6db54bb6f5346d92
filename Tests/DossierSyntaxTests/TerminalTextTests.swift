import Testing

@testable import DossierSyntax

@Suite("Terminal text")
struct TerminalTextTests {
    /// The reading `escapingControls` must give: every scalar looked at.
    private func reference(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars { TerminalText.appendEscaping(scalar, to: &output) }
        return output
    }

    @Test("controls are written as \\u{XX}; tabs and other text stay")
    func examples() {
        #expect(TerminalText.escapingControls("plain 文本 · 25°") == "plain 文本 · 25°")
        #expect(TerminalText.escapingControls("a\tb") == "a\tb")
        #expect(TerminalText.escapingControls("a\nb\u{1B}[31m") == "a\\u{A}b\\u{1B}[31m")
        #expect(TerminalText.escapingControls("x\u{7F}\u{85}\u{9F}\u{A0}") == "x\\u{7F}\\u{85}\\u{9F}\u{A0}")
        #expect(TerminalText.escapingControls("") == "")
    }

    @Test("the eight-bytes-at-a-time test gives the scalar-by-scalar reading, wherever a control sits")
    func matchesTheReference() {
        let pieces = [
            "a", "审核", "\t", "\n", "\r", "\u{1B}", "\u{0}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}",
            "·", "°", "é", " ", "~", "\u{2028}", "😀",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(TerminalText.escapingControls(text) == reference(text), "\(Array(text.utf8))")
        }
        // A control at every position of a long plain text, and none.
        let plain = String(repeating: "abcdefg审", count: 4)
        #expect(TerminalText.escapingControls(plain) == plain)
        for position in 0...plain.unicodeScalars.count {
            for control in ["\u{1}", "\u{7F}", "\u{85}"] {
                var scalars = Array(plain.unicodeScalars)
                scalars.insert(control.unicodeScalars.first!, at: position)
                var text = ""
                text.unicodeScalars.append(contentsOf: scalars)
                #expect(TerminalText.escapingControls(text) == reference(text))
                #expect(TerminalText.escapingControls(text) != text)
            }
        }
    }
}
