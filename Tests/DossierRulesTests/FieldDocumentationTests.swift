import DossierLintKit
import Foundation
import Testing

@testable import DossierRules

/// Every field a rule reads (its `reads:` JSON pointers) is named either by the
/// dossier format (`../shared/spec/dossier-format.md`) or by the project's own
/// `docs/dossier-fields.md`: a rule cannot depend on a field a dossier's author
/// cannot look up.
@Suite("Field documentation")
struct FieldDocumentationTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The names written in code spans and code blocks of `text`.
    static func documentedNames(in text: String) -> Set<String> {
        var names = Set<String>()
        var inCode = false
        var name = ""
        var backticks = 0
        func flush() {
            if !name.isEmpty { names.insert(name) }
            name = ""
        }
        for character in text {
            if character == "`" {
                backticks += 1
                continue
            }
            if backticks > 0 {
                // One backtick opens or closes a span, three a block: both toggle.
                if backticks % 2 == 1 { inCode.toggle() }
                backticks = 0
                flush()
            }
            if inCode && (character.isLetter || character.isNumber || character == "_") && character.isASCII {
                name.append(character)
            } else {
                flush()
            }
        }
        flush()
        return names
    }

    @Test("every key of every `reads:` pointer is documented")
    func readsAreDocumented() throws {
        let spec = Self.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/spec/dossier-format.md")
        guard let specification = try? String(contentsOf: spec, encoding: .utf8) else {
            print("skipped: \(spec.path) is absent; the field documentation check needs the dossier format")
            return
        }
        let ownFields = try String(
            contentsOf: Self.packageRoot.appendingPathComponent("docs/dossier-fields.md"), encoding: .utf8)
        let documented = Self.documentedNames(in: specification + "\n" + ownFields)
        #expect(documented.contains("audits") && documented.contains("evidence_submitted_on"))
        var undocumented: [String] = []
        for description in Fixtures.packs.flatMap(\.rules) {
            for pointer in description.reads {
                let path = pointer.split(separator: ":").last.map(String.init) ?? pointer
                for key in path.split(separator: "/") where key != "*" && Int(key) == nil {
                    if !documented.contains(String(key)) {
                        undocumented.append("\(description.identifier): \(pointer) (`\(key)`)")
                    }
                }
            }
        }
        #expect(
            undocumented.isEmpty,
            "fields read but named neither in the dossier format nor in docs/dossier-fields.md: \(undocumented)")
    }
}
