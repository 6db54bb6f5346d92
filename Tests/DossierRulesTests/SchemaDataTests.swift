import DossierLintKit
import DossierLintTestSupport
import DossierSyntax
import Foundation
import Testing

@testable import DossierRules

/// The dossier tree of `Rules/schema/itsms-dossier.yaml` and the glossary stay one
/// description of the format: every field a rule reads or `docs/dossier-fields.md`
/// documents is in the JSON Schema of its scheme, every label and vocabulary the
/// tree names is in the glossary, and every vocabulary of the glossary is some field's.
@Suite("Schema data")
struct SchemaDataTests {
    static let data: DossierSchemaData? = try? BuiltInRules.dossierSchema.get()

    /// The schemes: the packs that are no profile.
    static let schemes: [String] = Fixtures.packs.filter { $0.base == nil }.map(\.identifier)

    /// The profiles' identifiers.
    static let profiles: [String] = Fixtures.packs.filter { $0.base != nil }.map(\.identifier)

    /// The generated schema of `scheme`, parsed.
    static func schema(_ scheme: String, language: Language = .en) throws -> [String: Any] {
        let data = try #require(data, "Rules/schema/itsms-dossier.yaml does not load")
        let text = try DossierSchema.json(data: data, packs: Fixtures.packs, scheme: scheme, language: language)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The schemas a value under `schema` may match for the pointer token `token` (`*`: any key or element).
    static func children(of schema: [String: Any], _ token: String) -> [[String: Any]] {
        var candidates = [schema]
        candidates += (schema["anyOf"] as? [[String: Any]]) ?? []
        var result: [[String: Any]] = []
        for candidate in candidates {
            if let items = candidate["items"] as? [String: Any], token == "*" || Int(token) != nil {
                result.append(items)
            }
            let properties = candidate["properties"] as? [String: Any] ?? [:]
            if token == "*" {
                result += properties.values.compactMap { $0 as? [String: Any] }
            } else if let property = properties[token] as? [String: Any] {
                result.append(property)
            }
            if let additional = candidate["additionalProperties"] as? [String: Any] { result.append(additional) }
        }
        return result
    }

    /// Whether the path `tokens` leads somewhere in `schema`.
    static func resolves(_ tokens: [String], in schema: [String: Any]) -> Bool {
        guard let first = tokens.first else { return true }
        return children(of: schema, first).contains { resolves(Array(tokens.dropFirst()), in: $0) }
    }

    /// Whether `tokens` leads somewhere from the root or from any mapping within `schema`
    /// (a documented path relative to its parent: `legal_entities[].legal_status.status_since`).
    static func resolvesAnywhere(_ tokens: [String], in schema: [String: Any]) -> Bool {
        if resolves(tokens, in: schema) { return true }
        return children(of: schema, "*").contains { resolvesAnywhere(tokens, in: $0) }
    }

    @Test("every field a rule reads is in the schema of the rule's scheme")
    func readsAreInTheSchema() throws {
        var missing: [String] = []
        var checked = 0
        for pack in Fixtures.packs {
            let schema = try Self.schema(pack.base ?? pack.identifier)
            for description in pack.rules {
                for pointer in description.reads where !pointer.hasPrefix("registry:") {
                    let tokens = pointer.split(separator: "/").map(String.init)
                    checked += 1
                    if !Self.resolves(tokens, in: schema) { missing.append("\(description.identifier): \(pointer)") }
                }
            }
        }
        #expect(checked > 300)
        #expect(missing.isEmpty, "fields read but not in the schema: \(missing)")
    }

    /// The fields of the tables of `docs/dossier-fields.md`: their paths (first column) with the scheme of
    /// their section; registry fields left out.
    static func documentedFields() throws -> [(scheme: String, path: String)] {
        let text = try String(
            contentsOf: FieldDocumentationTests.packageRoot.appendingPathComponent("docs/dossier-fields.md"),
            encoding: .utf8)
        var scheme = "cnca-itsms-2026"
        var result: [(String, String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") {
                scheme = Self.schemes.first { line.contains("`\($0)`") } ?? "cnca-itsms-2026"
                continue
            }
            guard line.hasPrefix("| `"), let cell = line.split(separator: "|").first else { continue }
            let spans = cell.split(separator: "`", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 1 }.map { String($0.element) }
            for path in spans { result.append((scheme, path)) }
        }
        return result
    }

    @Test("every field of docs/dossier-fields.md is in the schema of its scheme")
    func documentedFieldsAreInTheSchema() throws {
        let fields = try Self.documentedFields()
        #expect(fields.count > 80, "the tables of docs/dossier-fields.md were not read")
        var schemas: [String: [String: Any]] = [:]
        var missing: [String] = []
        for (scheme, path) in fields {
            if schemas[scheme] == nil { schemas[scheme] = try Self.schema(scheme) }
            let tokens = path.split(separator: ".").flatMap { part -> [String] in
                let key = part.replacingOccurrences(of: "[]", with: "")
                let name = key.hasPrefix("<") ? "*" : key
                return part.hasSuffix("[]") ? [name, "*"] : [name]
            }
            if !Self.resolvesAnywhere(tokens, in: schemas[scheme]!) { missing.append("\(scheme): \(path)") }
        }
        #expect(missing.isEmpty, "documented but not in the schema: \(missing)")
    }

    @Test("the tree names fields by glossary labels and values by glossary vocabularies, and uses every vocabulary")
    func glossaryAndTreeAgree() throws {
        let data = try #require(Self.data)
        let glossary = try #require(Fixtures.packs.first?.glossary)
        let references = try data.references(schemes: Self.schemes, profiles: Self.profiles)
        let vocabularies = Set(glossary.vocabularies.keys)
        #expect(references.vocabularies.subtracting(vocabularies).isEmpty, "vocabularies not in the glossary")
        #expect(
            vocabularies.subtracting(references.vocabularies).isEmpty,
            "vocabularies of the glossary no field takes: \(vocabularies.subtracting(references.vocabularies).sorted())"
        )
        let unlabelled = references.labels.subtracting(glossary.fields.keys)
        #expect(unlabelled.isEmpty, "fields without a glossary label: \(unlabelled.sorted())")
        // Labels messages use for what is no dossier field: the registry's own fields and words of messages.
        let notFields: Set<String> = [
            "other_valid_certificates", "other_onsite_days", "year", "description", "audit", "site", "persons",
            "body", "offsite_exception", "legal_entity", "system",
        ]
        // Keys that a vocabulary gives a mapping (contract terms) are named by the vocabulary's labels.
        let keys = references.keyVocabularies.flatMap { glossary.vocabularies[$0]?.keys ?? [:].keys }
        let unused = Set(glossary.fields.keys).subtracting(references.labels).subtracting(notFields)
            .subtracting(keys)
        #expect(unused.isEmpty, "glossary labels of no field of the tree: \(unused.sorted())")
    }

    @Test("the data file's errors are located")
    func malformedData() throws {
        let bad = "shapes: {}\ndossier:\n  client:\n    fields:\n      name: {type: txt}\n"
        let data = try DossierSchemaData.load(files: [(DossierSchemaData.path, bad)])
        #expect(throws: ParseError.self) { try data.tree(scheme: "cnca-itsms-2026", profiles: []) }
        do {
            _ = try data.tree(scheme: "cnca-itsms-2026", profiles: [])
        } catch {
            #expect(error.headline.hasPrefix("Rules/schema/itsms-dossier.yaml:5:"), "\(error.headline)")
            #expect(error.message.contains("unknown type `txt`"))
        }
    }

    @Test("the dossiers of the rules' non-triggering examples validate against their scheme's schema")
    func nonTriggeringExamplesValidate() throws {
        var bySchemes: [String: [(name: String, json: String)]] = [:]
        for pack in Fixtures.packs {
            for description in pack.rules where description.scope == .dossier {
                for (index, example) in description.examples.enumerated() where !example.triggers {
                    let tree = try ExampleRunner.tree(for: example, in: pack)
                    bySchemes[pack.base ?? pack.identifier, default: []].append(
                        ("\(description.identifier) #\(index)", DossierJSON.text(of: tree)))
                }
            }
        }
        #expect(bySchemes.values.map(\.count).reduce(0, +) > 200)
        for (scheme, instances) in bySchemes.sorted(by: { $0.key < $1.key }) {
            let data = try #require(Self.data)
            let schema = try DossierSchema.json(data: data, packs: Fixtures.packs, scheme: scheme, language: .zh)
            guard
                let problems = try JSONSchemaValidation.problems(
                    schema: schema, instances: instances, for: "validation of the rules' examples")
            else { return }
            let invalid = problems.filter { !$0.value.isEmpty }
            #expect(invalid.isEmpty, "\(scheme): \(invalid.sorted { $0.key < $1.key })")
        }
    }
}
