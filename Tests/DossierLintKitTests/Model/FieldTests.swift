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
}
