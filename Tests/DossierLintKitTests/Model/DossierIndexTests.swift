import DossierSyntax
import Testing

@testable import DossierLintKit

@Suite("Dossier index")
struct DossierIndexTests {
    /// A dossier of `audits` audits, the type of the n-th `types(n)`, with a repeated id and
    /// person at the end.
    private func dossier(audits: Int, types: (Int) -> String, persons: Int) throws -> Dossier {
        var text = "schema: itsms-dossier/1\naudits:\n"
        for number in 0..<audits { text += "  - {id: A\(number), type: \(types(number)), n: \(number)}\n" }
        text += "  - {id: A0, type: \(types(0)), n: repeated}\n"
        text += "personnel:\n"
        for number in 0..<persons { text += "  - {id: P\(number), n: \(number)}\n" }
        text += "  - {id: P0, n: repeated}\n"
        return Dossier(document: try Document(path: "d.yaml", data: Array(text.utf8)))
    }

    @Test("audits by id and type and people by id, in short and long lists alike", arguments: [3, 40])
    func lookups(count: Int) throws {
        for types in [{ (n: Int) in "t\(n % 3)" }, { (n: Int) in "t\(n)" }] {
            let dossier = try dossier(audits: count, types: types, persons: count)
            for number in 0..<count {
                #expect(dossier.audit(withId: "A\(number)")?["n"].string == "\(number)")
                #expect(dossier.person(withId: "P\(number)")?["n"].string == "\(number)")
            }
            #expect(dossier.audit(withId: "A\(count)") == nil && dossier.person(withId: "P\(count)") == nil)
            let all = (0..<count).map { types($0) }
            for type in Set(all) {
                let expected =
                    (0..<count).filter { all[$0] == type }.map { "\($0)" } + (type == all[0] ? ["repeated"] : [])
                #expect(dossier.audits(ofType: type).map { $0["n"].string ?? "" } == expected)
            }
            #expect(dossier.audits(ofType: "none").isEmpty)
        }
    }
}
