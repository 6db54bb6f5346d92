import DossierLintKit
import Foundation
import Testing

@testable import DossierRules

/// Every clause of every row of the `cnca-itsms-2026` table in the rule
/// catalogue (../shared/spec/rule-catalogue.md) has at least one registered rule;
/// every requirement of the `icas` profile's and the `cesi-bcms-2025` scheme's
/// coverage lists (their tables `requirements`) names rules of that pack with the
/// entry's clause, and every rule of the pack is listed; every clause the
/// catalogue's prose section on `cesi-bcms-2025` cites has a rule of that pack.
@Suite("Rule catalogue coverage")
struct CatalogueCoverageTests {
    static let cataloguePath: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { break }
        }
        return url.deletingLastPathComponent().appendingPathComponent("shared/spec/rule-catalogue.md").path
    }()

    /// The rows of the pack's table: the clause cell split into clauses, and the scope.
    static func rows(_ text: String) -> [(cell: String, clauses: [String], scope: String)] {
        guard let start = text.range(of: "## Pack `cnca-itsms-2026`") else { return [] }
        let section = text[start.upperBound...].components(separatedBy: "\n## ").first ?? ""
        var rows: [(String, [String], String)] = []
        for line in section.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3, cells[0] != "clause", !cells[0].hasPrefix("---") else { continue }
            let clauses = cells[0].split(separator: ",").map { part -> String in
                let trimmed = part.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("Annex ") { return String(trimmed.prefix(7)) }
                return String(trimmed.prefix { $0.isNumber || $0 == "." })
            }
            rows.append((cells[0], clauses, cells[2]))
        }
        return rows
    }

    @Test("each catalogue clause maps to at least one registered rule")
    func everyClauseHasARule() throws {
        guard let text = try? String(contentsOfFile: Self.cataloguePath, encoding: .utf8) else {
            print("skipped: \(Self.cataloguePath) not found; catalogue coverage not checked")
            return
        }
        let rows = Self.rows(text)
        #expect(rows.count >= 70, "the catalogue table was not read (\(rows.count) rows)")
        let packs = try BuiltInRules.packs.get()
        let registered = Set(RuleRegistry.all.map { $0.identifier })
        let rules = packs.filter { $0.identifier == "cnca-itsms-2026" }.flatMap(\.rules)
            .filter { registered.contains($0.identifier) }
        var covered = Set<String>()
        for rule in rules {
            covered.insert(rule.clause)
            covered.formUnion(rule.relatedClauses)
        }
        var missing: [String] = []
        for row in rows {
            for clause in row.clauses where !covered.contains(clause) {
                missing.append("\(clause) (row \"\(row.cell)\", scope \(row.scope))")
            }
        }
        print("rule catalogue: \(rows.count) rows, \(rules.count) rules, \(missing.count) clauses without a rule")
        #expect(missing.isEmpty, "clauses without a rule: \(missing.joined(separator: "; "))")
    }

    /// The entries of a pack's coverage list (`Rules/<pack>/tables/requirements.yaml`).
    static func requirements(_ pack: RulePack) -> [(clause: String, requirement: String, rules: [String])] {
        pack.tables["requirements"]["requirements"].elements.map { entry in
            (entry["clause"].string ?? "", entry["requirement"].string ?? "", entry["rules"].texts.value ?? [])
        }
    }

    /// The packs whose checkable requirements are listed in a table of their own
    /// (the catalogue describes them in prose, not in a table).
    static let listedPacks = ["icas", "cesi-bcms-2025"]

    @Test("every requirement listed has its rules, and every rule of the pack is listed", arguments: listedPacks)
    func requirementsCovered(_ packId: String) throws {
        let packs = try BuiltInRules.packs.get()
        let pack = try #require(packs.first { $0.identifier == packId })
        let entries = Self.requirements(pack)
        #expect(!entries.isEmpty, "Rules/\(packId)/tables/requirements.yaml was not read")
        let rules = Dictionary(uniqueKeysWithValues: pack.rules.map { ($0.identifier, $0) })
        let registered = Set(RuleRegistry.all.map { $0.identifier })
        var problems: [String] = []
        var listed = Set<String>()
        for entry in entries {
            if entry.clause.isEmpty || entry.requirement.isEmpty || entry.rules.isEmpty {
                problems.append("entry \"\(entry.requirement)\" (\(entry.clause)) lacks a clause, requirement or rule")
            }
            for identifier in entry.rules {
                listed.insert(identifier)
                guard let rule = rules[identifier], registered.contains(identifier) else {
                    problems.append("\(identifier) (listed under \(entry.clause)) is not a rule of the \(packId) pack")
                    continue
                }
                if rule.clause != entry.clause && !rule.relatedClauses.contains(entry.clause) {
                    problems.append(
                        "\(identifier) is listed under \(entry.clause) but its clause is \(rule.clause)"
                            + (rule.relatedClauses.isEmpty
                                ? "" : " (related \(rule.relatedClauses.joined(separator: ", ")))"))
                }
            }
        }
        for identifier in rules.keys.sorted() where !listed.contains(identifier) {
            problems.append("\(identifier) is in no entry of Rules/\(packId)/tables/requirements.yaml")
        }
        print("\(packId) requirements: \(entries.count) entries, \(listed.count) rules, \(problems.count) problems")
        #expect(problems.isEmpty, "\(packId) requirements: \(problems.joined(separator: "; "))")
    }

    /// The clauses a prose section of the catalogue cites in brackets: `… (3.6.2); … (5.1, 5.2)`.
    static func citedClauses(_ text: String, section heading: String) -> [String] {
        guard let start = text.range(of: heading) else { return [] }
        let section = text[start.upperBound...].components(separatedBy: "\n## ").first ?? ""
        var clauses: [String] = []
        var rest = Substring(section)
        while let open = rest.firstIndex(of: "(") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: ")") else { break }
            let inside = rest[afterOpen..<close]
            let parts = inside.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isNumber || $0 == "." } }) {
                clauses += parts
            }
            rest = rest[rest.index(after: close)...]
        }
        return clauses
    }

    @Test("every clause the catalogue cites for the cesi-bcms-2025 pack has a rule of the pack")
    func bcmsCatalogueCovered() throws {
        guard let text = try? String(contentsOfFile: Self.cataloguePath, encoding: .utf8) else {
            print("skipped: \(Self.cataloguePath) not found; catalogue coverage not checked")
            return
        }
        let cited = Self.citedClauses(text, section: "## Pack `cesi-bcms-2025`")
        #expect(cited.count >= 8, "the catalogue section was not read (\(cited))")
        let pack = try #require(try BuiltInRules.packs.get().first { $0.identifier == "cesi-bcms-2025" })
        let registered = Set(RuleRegistry.all.map { $0.identifier })
        let clauses = pack.rules.filter { registered.contains($0.identifier) }.flatMap {
            [$0.clause] + $0.relatedClauses
        }
        // A rule of a sub-clause covers the clause cited (5.1 by a rule of 5.1.1).
        let missing = cited.filter { clause in !clauses.contains { $0 == clause || $0.hasPrefix(clause + ".") } }
        print(
            "cesi-bcms-2025 catalogue: \(cited.count) clauses cited, \(pack.rules.count) rules, "
                + "\(missing.count) clauses without a rule")
        #expect(missing.isEmpty, "clauses without a rule: \(missing.joined(separator: ", "))")
    }

    @Test("the catalogue reader splits clause cells")
    func parsing() {
        let text = """
            ## Pack `cnca-itsms-2026` (source)

            | clause | check | scope |
            | --- | --- | --- |
            | 3.11, 4.2 | registration | dossier |
            | 5.1.2 (1)–(7) | conditions | dossier |
            | 5.4.2.2, Annex B | time | dossier |

            ## Profile `icas`
            | 9.9 | not this pack | dossier |
            """
        let rows = Self.rows(text)
        #expect(rows.map(\.clauses) == [["3.11", "4.2"], ["5.1.2"], ["5.4.2.2", "Annex B"]])
        let prose = "## Pack `p` (source: 004)\n\nA (2); b `R<n>` (4.2); c (5.1, 5.2); d (not a clause).\n## Next (9.9)"
        #expect(Self.citedClauses(prose, section: "## Pack `p`") == ["2", "4.2", "5.1", "5.2"])
        #expect(rows.map(\.scope) == ["dossier", "dossier", "dossier"])
    }
}
