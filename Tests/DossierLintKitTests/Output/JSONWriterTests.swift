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

    @Test("objects written member by member: the bytes of the same values, first or not, empty or not")
    func elementsWrittenMemberByMemberMatchValues() {
        let text = "中\"\\\n\u{1}x"
        let values: [JSONWriter.Value] = [
            .object(["s": .string(text), "n": .int(-12), "t": .bool(true), "f": .bool(false)]),
            .object([]),
            .object(["only": .string("")]),
            .object([
                "o": .object(["a": .int(Int.min), "e": .object([])]), "raw": .number("2.5"), "none": .array([]),
                "list": .array([.object(["x": .string(text)]), .object([]), .object(["y": .object(["z": .int(0)])])]),
            ]),
        ]
        for depth in [0, 2, 4, 130] {  // 130: lines longer than the stack buffer of a key
            for first in [true, false] {
                var byMembers = JSONWriter.Elements(depth: depth, first: first)
                byMembers.appendObject { members in
                    members.string("s", text)
                    members.int("n", -12)
                    members.bool("t", true)
                    members.bool("f", false)
                }
                byMembers.appendObject { _ in }
                byMembers.appendObject { members in members.string("only", "") }
                byMembers.appendObject { members in
                    members.object("o") { inner in
                        inner.int("a", Int.min)
                        inner.object("e") { _ in }
                    }
                    members.raw("raw", "2.5")
                    members.objects("none", count: 0) { _, _ in }
                    members.objects("list", count: 3) { position, element in
                        switch position {
                        case 0: element.string("x", text)
                        case 1: break
                        default: element.object("y") { $0.int("z", 0) }
                        }
                    }
                }
                var byValues = JSONWriter.Elements(depth: depth, first: first)
                for value in values { byValues.append(value) }
                let oneByOne = values.enumerated().map { position, value in
                    JSONWriter.element(value, depth: depth, first: first && position == 0)
                }.joined()
                #expect(byMembers.text == byValues.text, "depth \(depth), first \(first)")
                #expect(byValues.text == oneByOne, "depth \(depth), first \(first)")
            }
        }
    }
}
