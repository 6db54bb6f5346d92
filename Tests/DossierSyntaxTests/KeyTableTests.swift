import Foundation
import Testing

@testable import DossierSyntax

@Suite("Key table")
struct KeyTableTests {
    private func key(_ table: KeyTable, _ text: String, hash: UInt64? = nil) -> String {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { table.key($0, hash: hash ?? $0.wordHash) }
    }

    @Test("the same bytes give the same string again; other bytes their own")
    func sameBytesSameString() {
        let table = KeyTable()
        let long = "certification_decision_made_by"
        let first = key(table, long)
        let again = key(table, long)
        #expect(first == long && again == long)
        #expect(UTF8Key.words(of: first) == UTF8Key.words(of: again))  // one string, not two
        #expect(key(table, "id") == "id")
        #expect(key(table, "审核组") == "审核组")
        // Canonically equivalent, other bytes: other keys, each with its own bytes.
        #expect(Array(key(table, "café").utf8) != Array(key(table, "cafe\u{301}").utf8))
        #expect(Array(key(table, "cafe\u{301}").utf8) == Array("cafe\u{301}".utf8))
        #expect(table.keptCount == 5)
    }

    @Test("keys with the same hash are told apart by their bytes")
    func collisions() {
        let table = KeyTable()
        let texts = (0..<200).map { "key_\($0)" }
        for text in texts { #expect(key(table, text, hash: 42) == text) }
        for text in texts.reversed() { #expect(key(table, text, hash: 42) == text) }
        #expect(table.keptCount == 200)
    }

    @Test("a table keeps at most its limit, and hands out every key right past it")
    func bounded() {
        let table = KeyTable()
        for number in 0..<(KeyTable.maximumKeys + 500) { #expect(key(table, "k\(number)") == "k\(number)") }
        #expect(table.keptCount == KeyTable.maximumKeys)
        for number in stride(from: 0, to: KeyTable.maximumKeys + 500, by: 97) {
            #expect(key(table, "k\(number)") == "k\(number)")
        }
        let long = String(repeating: "x", count: KeyTable.maximumKeyBytes + 1)
        #expect(key(table, long) == long)
        #expect(table.keptCount == KeyTable.maximumKeys)
    }

    @Test("one table a thread")
    func perThread() async {
        let here = ObjectIdentifier(KeyTable.forThisThread)
        #expect(ObjectIdentifier(KeyTable.forThisThread) == here)
        let there = await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: ObjectIdentifier(KeyTable.forThisThread)) }
        }
        #expect(there != here)
    }

    @Test("trees parsed with a warm table are the trees parsed with a cold one, keys and all")
    func parsesAlike() throws {
        let yaml = """
            audits:
              - {id: A1, type: initial, 审核: 是, "quoted": 1}
              - id: A2
                type: surveillance
                long_key_of_the_format_number_one: x
            """
        let json = #"{"audits": [{"id": "A1", "type": "initial"}, {"id": "A2", "esc\u0061ped": 2, "审核": 3}]}"#
        for _ in 0..<3 {
            let fromYAML = try YAMLParser.parse(Array(yaml.utf8))
            let fromJSON = try JSONParser.parse(Array(json.utf8))
            let yamlAudits = try #require(fromYAML["audits"]?.sequence)
            #expect(yamlAudits[0].mapping?.map(\.key) == ["id", "type", "审核", "quoted"])
            #expect(yamlAudits[1].mapping?.map(\.key) == ["id", "type", "long_key_of_the_format_number_one"])
            let jsonAudits = try #require(fromJSON["audits"]?.sequence)
            #expect(jsonAudits[1].mapping?.map(\.key) == ["id", "escaped", "审核"])
            #expect(duplicateError(yaml: "a: 1\nb: 2\na: 3\n")?.kind == .duplicateKey)
            #expect(duplicateError(yaml: "{a: 1, b: 2, a: 3}")?.kind == .duplicateKey)
        }
    }

    private func duplicateError(yaml: String) -> ParseError? {
        do {
            _ = try YAMLParser.parse(Array(yaml.utf8))
            return nil
        } catch {
            return error
        }
    }
}
