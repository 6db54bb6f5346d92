import DossierLintKit
import DossierSyntax
import Testing

@Suite("Field")
struct FieldTests {
    static let text = """
        schema: itsms-dossier/1
        audits:
          - id: A1
            dates: {start: 2026-04-13, end: 2026-02-30}
            onsite: true
            quoted: "true"
            days: 2.5
            code: 010
            "a/b~c": x
        """

    var root: Field {
        get throws {
            let document = try Document(path: "d.yaml", data: Array(Self.text.utf8))
            return Dossier(document: document).root
        }
    }

    @Test("pointers follow RFC 6901 and paths read as fields")
    func pointers() throws {
        let root = try root
        let end = root["audits"][0]["dates"]["end"]
        #expect(end.pointer == "/audits/0/dates/end")
        #expect(end.path == "audits[0].dates.end")
        #expect(end.location == SourceLocation(line: 4, column: 37))
        let odd = root["audits"][0]["a/b~c"]
        #expect(odd.pointer == "/audits/0/a~1b~0c")
        #expect(odd.path == "audits[0].a/b~c")
        #expect(odd.string == "x")
    }

    @Test("an absent field points at its nearest existing ancestor")
    func absentFields() throws {
        let root = try root
        let missing = root["audits"][0]["report"]["leader"]
        #expect(!missing.exists)
        #expect(missing.pointer == "/audits/0/report/leader")
        #expect(missing.location == SourceLocation(line: 3, column: 5))
        #expect(root["audits"][5].location == SourceLocation(line: 3, column: 3))
    }

    @Test("a field is the same place as the same field reached again, and no other")
    func samePlace() throws {
        let root = try root
        let audit = root["audits"][0]
        #expect(audit.isSamePlace(as: root["audits"].elements[0]))
        #expect(audit["dates"]["end"].isSamePlace(as: root["audits"][0]["dates"]["end"]))
        #expect(!audit["dates"]["end"].isSamePlace(as: audit["dates"]["start"]))
        #expect(!audit.isSamePlace(as: root["audits"]))
        #expect(!audit["none"].isSamePlace(as: audit["none"]), "absent fields are never the same place")
        let other = try self.root
        #expect(!audit.isSamePlace(as: other["audits"][0]), "another tree")
    }

    @Test("a mapping's entries by position, with their keys and places")
    func membersByPosition() throws {
        let audit = try root["audits"][0]
        let first = try #require(audit.member(at: 0))
        #expect(first.key == "id")
        #expect(first.field.string == "A1")
        #expect(first.field.isSamePlace(as: audit["id"]))
        let last = try #require(audit.member(at: 6))
        #expect(last.key == "a/b~c")
        #expect(last.field.pointer == "/audits/0/a~1b~0c")
        #expect(audit.member(at: 7) == nil)
        #expect(audit.member(at: -1) == nil)
        #expect(audit["id"].member(at: 0) == nil)
    }

    @Test("typed reads: value, missing, or a located type error")
    func typedReads() throws {
        let audit = try root["audits"][0]
        #expect(audit["dates"]["start"].date.value == Day("2026-04-13"))
        guard case .invalid(let message) = audit["dates"]["end"].date else {
            Issue.record("2026-02-30 is not a date")
            return
        }
        #expect(message.en == "audits[0].dates.end should be a date YYYY-MM-DD, found '2026-02-30'")
        #expect(audit["onsite"].bool.value == true)
        if case .invalid = audit["quoted"].bool {} else { Issue.record("a quoted \"true\" is text, not a boolean") }
        #expect(audit["days"].number.value == 2.5)
        if case .invalid = audit["days"].integer {} else { Issue.record("2.5 is not a whole number") }
        #expect(audit["code"].string == "010")
        if case .missing = audit["nothing"].date {} else { Issue.record("absent is missing") }
    }

    /// A tree nested `depth` mappings deep (`{k0: {k1: … "leaf"}}`), keys with `/` and `~` at odd depths.
    private static func nested(depth: Int) -> (root: Node, keys: [String]) {
        let keys = (0..<depth).map { $0 % 2 == 0 ? "k\($0)" : "a/b~\($0)" }
        var node = Node(.scalar("leaf", .plain), at: .start)
        for key in keys.reversed() {
            node = Node(.mapping([MappingEntry(key: key, keyLocation: .start, value: node)]), at: .start)
        }
        return (node, keys)
    }

    @Test("pointers stay exact however deep the field, and below it when absent", arguments: [1, 5, 6, 7, 13, 20])
    func deepPointers(depth: Int) {
        let (node, keys) = Self.nested(depth: depth)
        var field = Field(node: node, pointer: "/root", location: .start)
        var expected = "/root"
        for key in keys {
            field = field[key]
            expected += "/" + key.replacing("~", with: "~0").replacing("/", with: "~1")
            #expect(field.pointer == expected)
        }
        #expect(field.string == "leaf")
        let absent = field["x"][3]["y/z"]
        #expect(!absent.exists)
        #expect(absent.pointer == expected + "/x/3/y~1z")
        #expect(field.members.isEmpty)
    }

    @Test("elements and members point at their own places, in long lists too")
    func listPointers() {
        let count = (1 << 20) + 2
        let items = (0..<count).map { Node(.scalar(String($0), .plain), at: .start) }
        let list = Field(
            node: Node(
                .mapping([MappingEntry(key: "list", keyLocation: .start, value: Node(.sequence(items), at: .start))]),
                at: .start),
            pointer: "", location: .start)
        let elements = list["list"].elements
        #expect(elements.count == count)
        for index in [0, 1, (1 << 19) - 1, 1 << 19, (1 << 19) + 1, (1 << 20) - 1, 1 << 20, (1 << 20) + 1] {
            #expect(elements[index].pointer == "/list/\(index)")
            #expect(list["list"][index].pointer == "/list/\(index)")
            #expect(elements[index].string == String(index))
        }
        #expect(list.members.map(\.field.pointer) == ["/list"])
        #expect(list["list"][count].pointer == "/list/\(count)")
        #expect(!list["list"][count].exists)
    }

    @Test("numbers read as Double reads them, short decimals and others alike")
    func numbersReadAsDouble() {
        var generator = SystemRandomNumberGenerator()
        var texts = [
            "0", "-0", "5.", ".5", "1.0e3", "0.1", "0.3", "2.675", "123456789012345", "1234567890123456",
            "0.000000000000001", "9007199254740993", "-12.50", "007", "1.2.3", "--1", "-", "", "1e400", "0x10", "+1",
            "1_000", " 1", "1 ", "٣", "nan", "inf",
        ]
        for _ in 0..<2000 {
            let digits = Int.random(in: 1...18, using: &generator)
            var text = String((0..<digits).map { _ in "0123456789".randomElement(using: &generator)! })
            if Bool.random(using: &generator) {
                let point = text.index(text.startIndex, offsetBy: Int.random(in: 0...digits, using: &generator))
                text.insert(".", at: point)
            }
            if Bool.random(using: &generator) { text = "-" + text }
            texts.append(text)
        }
        for text in texts {
            let field = Field(node: Node(.scalar(text, .plain), at: .start), pointer: "", location: .start)
            let expected = Double(text).flatMap {
                $0.isFinite && !text.hasPrefix("0x") && !text.hasPrefix("+") ? $0 : nil
            }
            let read = field.number.value
            #expect(read == expected && read?.sign == expected?.sign, "\(text)")
        }
    }
}
