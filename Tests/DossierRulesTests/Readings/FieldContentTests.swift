import DossierLintKit
import DossierSyntax
import Testing

@testable import DossierRules

/// Fields found by pointer (rule parameters name the fields a rule requires).
@Suite("Fields by pointer")
struct FieldContentTests {
    @Test("a pointer leads through mappings and lists, its ~0 and ~1 unescaped")
    func descendants() throws {
        let text = """
            client: {name: 甲公司, "a/b~c": x, "~": tilde}
            audits:
              - {id: A1}
              - {id: A2, "7": seven}
            """
        let root = try Dossier(document: Document(path: "d.yaml", data: Array(text.utf8))).root
        #expect(root.descendant(at: "/client/name").string == "甲公司")
        #expect(root.descendant(at: "/client/a~1b~0c").string == "x")
        #expect(root.descendant(at: "/client/~0").string == "tilde")
        #expect(root.descendant(at: "/audits/1/id").string == "A2")
        #expect(root.descendant(at: "/audits/1/7").string == "seven")
        #expect(root.descendant(at: "/audits/1/id").pointer == "/audits/1/id")
        #expect(!root.descendant(at: "/audits/2/id").exists)
        #expect(root.descendant(at: "/client/none/x").pointer == "/client/none/x")
        #expect(root.descendant(at: "").pointer == "")
    }
}
