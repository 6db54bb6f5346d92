import DossierSyntax
import Testing

@testable import DossierLintKit

@Suite("JSON Pointer")
struct JSONPointerTests {
    @Test("tokens are what follows each '/', unescaped left to right")
    func tokens() {
        #expect(JSONPointer.tokens(of: "") == [])
        #expect(JSONPointer.tokens(of: "no-slash") == [])
        #expect(JSONPointer.tokens(of: "/") == [""])
        #expect(JSONPointer.tokens(of: "//") == ["", ""])
        #expect(JSONPointer.tokens(of: "/a~1b/0") == ["a/b", "0"])
        #expect(JSONPointer.tokens(of: "/~01") == ["~1"])
        #expect(JSONPointer.tokens(of: "/~10") == ["/0"])
        #expect(JSONPointer.tokens(of: "/~~1/~/~2/x~") == ["~/", "~", "~2", "x~"])
        #expect(JSONPointer.tokens(of: "/审核/第一") == ["审核", "第一"])
        // By bytes: a '/' or an escape followed by a combining mark is still one.
        #expect(JSONPointer.tokens(of: "/a/\u{301}b") == ["a", "\u{301}b"])
        #expect(JSONPointer.tokens(of: "/~1\u{301}") == ["/\u{301}"])
    }

    @Test("a key appended as a token reads back as the same key, whatever its bytes")
    func roundTrip() {
        let pieces = ["a", "~", "/", "0", "1", "\u{301}", "审", "é", "e\u{301}", " ", "~0", "~1", ""]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let keys = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                    .joined()
            }
            var pointer: [UInt8] = []
            for key in keys { JSONPointer.appendKey(key, to: &pointer) }
            let tokens = JSONPointer.tokens(of: String(decoding: pointer, as: UTF8.self))
            #expect(tokens.map { Array($0.utf8) } == keys.map { Array($0.utf8) })
        }
        #expect(appended { JSONPointer.appendKey("a/b~c", to: &$0) } == "/a~1b~0c")
        #expect(appended { JSONPointer.appendKey("~\u{301}/\u{301}", to: &$0) } == "/~0\u{301}~1\u{301}")
        #expect(appended { JSONPointer.appendKey("", to: &$0) } == "/")
    }

    @Test("an index is written in decimal, as String(_:) writes it")
    func indexes() {
        for index in [0, 1, 9, 10, 99, 100, 123_456, Int.max, -1, Int.min] + (0..<1000).map({ $0 * 7919 }) {
            #expect(appended { JSONPointer.appendIndex(index, to: &$0) } == "/" + String(index))
        }
    }

    private func appended(_ append: (inout [UInt8]) -> Void) -> String {
        var bytes: [UInt8] = []
        append(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("a path names indexes in brackets and keys after dots")
    func paths() {
        #expect(JSONPointer.path(ofTokens: []) == "(document)")
        #expect(JSONPointer.path(ofTokens: ["audits", "1", "dates", "end"]) == "audits[1].dates.end")
        #expect(JSONPointer.path(ofTokens: ["0", "a"]) == "[0].a")
        #expect(JSONPointer.path(ofTokens: ["", "a"]) == "a")
        #expect(JSONPointer.path(ofTokens: ["a", "", "b"]) == "a..b")
        #expect(JSONPointer.path(ofTokens: ["a/b", "x y"]) == "a/b.x y")
    }
}
