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

    @Test("every byte counts in a key's hash, at every length")
    func hashesTellBytesApart() {
        func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer { $0.wordHash } }
        for length in 0...40 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: 0x41 + $0 * 7) }
            #expect(hash(bytes) == hash(Array(bytes)))
            for position in 0..<length {
                for flip: UInt8 in [0x01, 0x80] {
                    var changed = bytes
                    changed[position] ^= flip
                    #expect(hash(changed) != hash(bytes), "length \(length), byte \(position)")
                }
            }
        }
        var seen: [UInt64: [UInt8]] = [:]
        let alphabet = Array("ab_-zZ09".utf8)
        func visit(_ prefix: [UInt8]) {
            #expect(seen.updateValue(prefix, forKey: hash(prefix)) == nil, "\(prefix)")
            guard prefix.count < 4 else { return }
            for byte in alphabet { visit(prefix + [byte]) }
        }
        visit([])
    }

    @Test("a kept key has one number; other keys none")
    func numbers() {
        let table = KeyTable()
        func number(_ text: String) -> Int {
            Array(text.utf8).withUnsafeBufferPointer { table.keptKey($0, hash: $0.wordHash).id }
        }
        #expect(number("id") == 0 && number("date") == 1 && number("id") == 0)
        #expect(number(String(repeating: "x", count: KeyTable.maximumKeyBytes + 1)) == -1)
        for index in 2..<KeyTable.maximumKeys { #expect(number("k\(index)") == index) }
        #expect(number("one more") == -1)
        #expect(number("date") == 1)
    }

    /// Where a parse's duplicate key is reported: the line of the second key, and the first's
    /// line in the message; `nil` when the text parses.
    private func duplicate(_ yaml: String) -> (line: Int, message: String)? {
        guard let error = duplicateError(yaml: yaml) else { return nil }
        #expect(error.kind == .duplicateKey, "\(yaml)")
        return (error.location.line, error.message)
    }

    @Test("a key repeated around a nested mapping that uses it too is a duplicate")
    func duplicatesAroundNestedMappings() throws {
        let nested = "a:\n  a: 1\n  b: {a: 2, b: 3}\nb: 4\na: 5\n"
        let found = try #require(duplicate(nested))
        #expect(found.line == 5 && found.message.contains("first defined on line 1"))
        // The same keys in siblings and children, none twice in one mapping.
        #expect(duplicate("a: {a: 1, b: 2}\nb: [{a: 1, b: 2}, {a: 3, b: 4}]\nc:\n  a: 1\n  b: 2\n") == nil)
        #expect(duplicate("- {a: 1, b: 2}\n- {b: 1, a: 2}\n- a: 1\n  b: 2\n") == nil)
    }

    @Test("a quoted key and a plain one of the same bytes are one key")
    func quotedAndPlain() {
        #expect(duplicate("a: 1\n\"a\": 2\n")?.line == 2)
        #expect(duplicate("'a': 1\na: 2\n")?.line == 2)
        #expect(duplicate("{a: 1, 'a': 2}")?.line == 1)
        #expect(duplicate("\"审核\": 1\n审核: 2\n")?.line == 2)
        let long = String(repeating: "长", count: KeyTable.maximumKeyBytes)  // past the kept length
        #expect(duplicate("\(long): 1\nb: 2\n\"\(long)\": 3\n")?.line == 3)
        #expect(duplicate("\(long): 1\n\(long)x: 2\n") == nil)
    }

    @Test("mappings deeper than the marked levels still find duplicates")
    func deepMappings() {
        var yaml = ""
        for level in 0..<(KeyTable.markedLevels + 4) {
            yaml += String(repeating: "  ", count: level) + "a:\n"
        }
        let indent = String(repeating: "  ", count: KeyTable.markedLevels + 4)
        #expect(duplicate(yaml + indent + "a: 1\n" + indent + "b: 2\n") == nil)
        #expect(duplicate(yaml + indent + "a: 1\n" + indent + "a: 2\n")?.line == KeyTable.markedLevels + 6)
        var flow = ""
        for _ in 0..<(KeyTable.markedLevels + 4) { flow += "{a: " }
        let closing = String(repeating: "}", count: KeyTable.markedLevels + 4)
        #expect(duplicate(flow + "{a: 1, b: 2}" + closing) == nil)
        #expect(duplicate(flow + "{a: 1, a: 2}" + closing) != nil)
    }

    @Test("mapping numbers that go round leave no old mark behind")
    func markNumbersGoRound() async {
        // On a thread of its own, whose table is new: its first parse marks the keys of the
        // nested mapping with mapping number 2, which comes again at that level when the
        // numbers go round.
        let nested = "a: 1\nb: {a: 1, b: 2}\n"
        let results = await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                let table = KeyTable.forThisThread
                var results: [Int?] = [Self.duplicateLine(nested)]
                table.mapping = UInt32.max - 1
                results.append(Self.duplicateLine("a: 1\n"))
                for _ in 0..<2 { results.append(Self.duplicateLine(nested)) }
                results.append(Self.duplicateLine("a: 1\nb: {a: 1, b: 2}\nb: 3\n"))
                results.append(table.mapping < 10 ? 0 : nil)
                continuation.resume(returning: results)
            }
        }
        #expect(results == [nil, nil, nil, nil, 3, 0])
    }

    /// The line of a parse's duplicate key; `nil` when the text parses, `-1` for another error.
    private static func duplicateLine(_ yaml: String) -> Int? {
        do {
            _ = try YAMLParser.parse(Array(yaml.utf8))
            return nil
        } catch {
            return error.kind == .duplicateKey ? error.location.line : -1
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
