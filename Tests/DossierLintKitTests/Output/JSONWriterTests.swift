import Foundation
import Testing

@testable import DossierLintKit

@Suite struct JSONWriterTests {
    @Test func escapesEveryControlCharacter() throws {
        let all = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init))) + "\"\\/\u{7F}\u{2028}"
        let text = JSONWriter.write(.array([.string(all)]))
        #expect(text.contains(#"\u0000\u0001"#))
        #expect(text.contains(#"\u001f\"\\/"#))
        let decoded = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String])
        #expect(decoded == [all])
        #expect(JSONWriter.write(.object([])) == "{}\n")
        #expect(JSONWriter.write(.array([])) == "[]\n")
    }

    @Test func indentsAndWritesOneLineValuesOnOneLine() {
        let value: JSONWriter.Value = .object([
            "a": .int(1), "b": .array([.null, .bool(true), .number("2.5")]),
            "c": .oneLine(.object(["d": .array([.int(1), .string("x")]), "e": .object([]), "f": .array([])])),
        ])
        #expect(
            JSONWriter.write(value)
                == """
                {
                  "a": 1,
                  "b": [
                    null,
                    true,
                    2.5
                  ],
                  "c": {"d": [1, "x"], "e": {}, "f": []}
                }

                """)
    }
}
