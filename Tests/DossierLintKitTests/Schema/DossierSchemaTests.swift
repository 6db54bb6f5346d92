import DossierSyntax
import Foundation
import Testing

@testable import DossierLintKit

/// The Kit's schema APIs on a small data file of their own: the tree resolved per scheme,
/// the JSON Schema written from it, the typed JSON of a dossier and the commented dossier of `init`.
@Suite("Dossier schema")
struct DossierSchemaTests {
    static let data = """
        shapes:
          period: {fields: {start: date, end: date}}
        dossier:
          schema: {type: text, const: itsms-dossier/1, required: true}
          scheme: scheme
          profile: profile
          audits:
            clause: "5.5"
            list:
              fields:
                type: {values: audit_type, clause: "5.6"}
                dates: {shape: period, clause: {cnca-itsms-2026: "5.6.1", other-scheme: "3.4"}}
                coverage: {list: {values: audit_type, open: true}}
                checked: {type: bool, profile: own-profile}
                note: {type: text, scheme: other-scheme}
          records: {keys: audit_type, each: {type: bool}, open: true}

        """

    static let glossary = Glossary(
        fields: [
            "schema": Message(zh: "格式版本", en: "schema"), "audits": Message(zh: "审核", en: "audits"),
            "type": Message(zh: "审核类型", en: "type"), "dates": Message(zh: "审核日期", en: "dates"),
            "start": Message(zh: "开始日期", en: "start"), "end": Message(zh: "结束日期", en: "end"),
        ],
        vocabularies: ["audit_type": ["stage1": Message(zh: "第一阶段审核", en: "stage 1 audit")]])

    static func tree(_ scheme: String, profiles: [String] = []) throws -> DossierField {
        try DossierSchemaData.load(files: [(DossierSchemaData.path, data)]).tree(scheme: scheme, profiles: profiles)
    }

    @Test("a scheme's tree: its own fields, its profiles', its clauses; shapes expanded")
    func tree() throws {
        let itsms = try Self.tree("cnca-itsms-2026", profiles: ["own-profile"])
        let audit = try #require(
            itsms.field("audits").flatMap { field -> DossierField? in
                if case .list(let element) = field.kind { return element }
                return nil
            })
        #expect(audit.field("checked")?.profile == "own-profile")
        #expect(audit.field("note") == nil)
        #expect(audit.field("dates")?.clause == "5.6.1")
        #expect(audit.field("dates")?.field("start") != nil, "the shape's fields")
        let other = try Self.tree("other-scheme")
        #expect(other.field("profile") == nil, "no profile is layered on it")
        let otherAudit = try #require(
            other.field("audits").flatMap { field -> DossierField? in
                if case .list(let element) = field.kind { return element }
                return nil
            })
        #expect(otherAudit.field("note") != nil && otherAudit.field("checked") == nil)
        #expect(otherAudit.field("dates")?.clause == "3.4")
        #expect(otherAudit.field("type")?.clause == nil, "a plain clause is the default scheme's")
    }

    @Test("the JSON Schema: closed mappings, enumerations with labels, dates, open lists and keyed mappings")
    func schema() throws {
        let tree = try Self.tree("cnca-itsms-2026")
        let writer = DossierSchema.Writer(
            glossary: Self.glossary, scheme: "cnca-itsms-2026", schemeTitle: Message(zh: "方案", en: "scheme"),
            profiles: [], language: .zh)
        let text = JSONWriter.write(writer.document(tree), controls: .named)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["additionalProperties"] as? Bool == false)
        #expect(json["required"] as? [String] == ["schema"])
        let audit = try #require(
            ((json["properties"] as? [String: Any])?["audits"] as? [String: Any])?["items"] as? [String: Any])
        let properties = try #require(audit["properties"] as? [String: [String: Any]])
        #expect(properties["type"]?["enum"] as? [String] == ["stage1"])
        #expect(properties["type"]?["description"] as? String == "审核类型（5.6）")
        #expect(properties["type"]?["enumDescriptions"] as? [String] == ["第一阶段审核"])
        #expect(properties["type"]?["markdownEnumDescriptions"] as? [String] == ["第一阶段审核 — stage 1 audit"])
        let start = try #require((properties["dates"]?["properties"] as? [String: [String: Any]])?["start"])
        #expect(start["pattern"] as? String == DossierSchema.datePattern && start["format"] as? String == "date")
        #expect(start["description"] as? String == "开始日期（YYYY-MM-DD）")
        let coverage = try #require(properties["coverage"]?["items"] as? [String: Any])
        #expect((coverage["anyOf"] as? [Any])?.count == 2, "suggested values, other texts allowed")
        let records = try #require((json["properties"] as? [String: Any])?["records"] as? [String: Any])
        #expect((records["properties"] as? [String: Any])?["stage1"] != nil)
        #expect((records["additionalProperties"] as? [String: Any])?["type"] as? String == "boolean")
    }

    @Test("a data file with an unknown attribute or shape is an error at its line")
    func malformed() throws {
        for (text, message) in [
            ("shapes: {}\ndossier:\n  a: {typ: text}\n", "unknown attribute `typ`"),
            ("shapes: {}\ndossier:\n  a: {shape: nothing}\n", "unknown shape nothing"),
        ] {
            let data = try DossierSchemaData.load(files: [(DossierSchemaData.path, text)])
            do {
                _ = try data.tree(scheme: "cnca-itsms-2026", profiles: [])
                Issue.record("\(message) was accepted")
            } catch {
                #expect(error.message.contains(message), "\(error.message)")
                #expect(error.location.line == 3)
            }
        }
        #expect(throws: ParseError.self) { try DossierSchemaData.load(files: []) }
    }

    @Test("a dossier as JSON is typed as YAML 1.2's core schema reads it; JSON keeps its types")
    func typedJSON() throws {
        let yaml =
            "a: [010, +5, 0x1F, 0o17, .5, 1., 1e3, -2.5E-1, .inf, 0x, 1_000, '1', \"2\", ~, Null, '', TRUE, no]\n"
        let root = try Document(path: "d.yaml", data: Array(yaml.utf8)).root
        #expect(
            DossierJSON.text(of: root).replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "")
                == #"{"a":[10,5,31,15,0.5,1.0,1e3,-2.5e-1,".inf","0x","1_000","1","2",null,null,"",true,"no"]}"#)
        let json = #"{"n": 1.50, "s": "010", "b": false, "z": null}"#
        let jsonRoot = try Document(path: "d.json", data: Array(json.utf8)).root
        #expect(
            DossierJSON.text(of: jsonRoot)
                == "{\n  \"n\": 1.50,\n  \"s\": \"010\",\n  \"b\": false,\n  \"z\": null\n}\n")
    }
}
