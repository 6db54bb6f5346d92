import DossierLintKit
import Foundation
import Testing

@testable import DossierRules

/// Every clause of every row of the `cnca-itsms-2026` table in the rule
/// catalogue (../shared/spec/rule-catalogue.md) has at least one registered rule.
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
        #expect(rows.map(\.scope) == ["dossier", "dossier", "dossier"])
    }
}
