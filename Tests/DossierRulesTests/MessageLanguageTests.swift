import DossierLintKit
import Foundation
import Testing

@testable import DossierRules

/// Chinese messages name fields and values by their glossary labels
/// (`Rules/glossary.yaml`), never by raw keys, JSON paths or English values.
/// Every finding of every triggering example (dossier and repository rules)
/// is checked; a label missing from the glossary falls back to its raw key,
/// which fails here.
@Suite("Chinese messages use the glossary")
struct MessageLanguageTests {

    /// Lower-case ASCII words a Chinese message may contain outside quotes.
    static let allowedWords: Set<String> = ["yaml", "json"]

    /// What a Chinese message must not contain, once quoted dossier content,
    /// web addresses and file names are removed.
    static let forbidden: [(String, NSRegularExpression)] = [
        ("a snake_case key", try! NSRegularExpression(pattern: "[a-z]+_[a-z_]+")),
        ("a JSON pointer", try! NSRegularExpression(pattern: "/[a-z_]+/")),
        ("a path with an index", try! NSRegularExpression(pattern: "[a-z_]\\[[0-9]*\\]")),
        ("a dotted path", try! NSRegularExpression(pattern: "\\b[a-z_]+\\.[a-z_]+")),
        ("an English word", try! NSRegularExpression(pattern: "\\b[a-z]{3,}\\b")),
    ]

    /// Quoted dossier values, web addresses and file names: not the rule's own words.
    static let quoted = try! NSRegularExpression(
        pattern: "'[^']*'|“[^”]*”|\"[^\"]*\"|https?://[^\\s，；）)]*|[A-Za-z0-9_.-]+\\.(yaml|json)\\b")

    /// The problems of one Chinese message, empty when it is clean.
    static func problems(_ text: String) -> [String] {
        let stripped = quoted.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "‹›")
        var result: [String] = []
        for (what, pattern) in forbidden {
            for match in pattern.matches(in: stripped, range: NSRange(stripped.startIndex..., in: stripped)) {
                let found = String(stripped[Range(match.range, in: stripped)!])
                if what == "an English word" && allowedWords.contains(found) { continue }
                result.append("\(what) “\(found)”")
            }
        }
        return result
    }

    static func findings(_ item: ExampleCase) throws -> [Finding] {
        let rule = try #require(Fixtures.implementations[item.description.identifier])
        if item.description.scope == .repository, let repositoryRule = rule as? any RepositoryRule {
            let summarize = DossierSummaries.summarizer(packs: [item.pack.identifier: item.pack])
            return try RepositoryExampleRunner.run(
                item.example, rule: repositoryRule, description: item.description, pack: item.pack,
                summarize: summarize)
        }
        return try ExampleRunner.run(item.example, rule: rule, description: item.description, pack: item.pack)
    }

    @Test(
        "every Chinese message of a triggering example",
        arguments: (Fixtures.examples + Fixtures.repositoryExamples).filter { $0.example.triggers })
    func chineseMessage(_ item: ExampleCase) throws {
        var failures: [String] = []
        for finding in try Self.findings(item) {
            let problems = Self.problems(finding.message.zh)
            if !problems.isEmpty { failures.append("\(finding.message.zh)\n    \(problems.joined(separator: ", "))") }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test("the check finds raw keys, paths and English values")
    func checkFindsRawKeys() {
        #expect(!Self.problems("因 certificate_misuse 处于暂停状态").isEmpty)
        #expect(!Self.problems("缺少 certificate_events[1].published_on").isEmpty)
        #expect(!Self.problems("（maintain）").isEmpty)
        #expect(!Self.problems("缺少 audits.plan").isEmpty)
        #expect(Self.problems("“face_to_face”之外的 'telephone'（见 dossier-1.yaml，http://cx.cnca.cn/）").isEmpty)
    }

    @Test("every glossary entry has a Chinese and an English label")
    func glossaryLabels() throws {
        let glossary = try #require(Fixtures.packs.first).glossary
        #expect(!glossary.fields.isEmpty)
        var entries = glossary.fields.map { ("fields.\($0.key)", $0.value) }
        for (vocabulary, labels) in glossary.vocabularies {
            entries += labels.map { ("values.\(vocabulary).\($0.key)", $0.value) }
        }
        for (key, label) in entries {
            #expect(!label.zh.isEmpty && !label.en.isEmpty, "\(key) lacks a label")
            #expect(Self.problems(label.zh).isEmpty, "\(key): the Chinese label \(label.zh) is not Chinese")
        }
        for pack in Fixtures.packs { #expect(pack.glossary.fields == glossary.fields, "\(pack.identifier)") }
    }

    @Test("a field is named by its labels, list elements counted from 1")
    func fieldNames() throws {
        let glossary = try #require(Fixtures.packs.first).glossary
        let name = glossary.name(ofPointer: "/certificate_events/1/published_on")
        #expect(name.zh == "第 2 个证书事件的公开日期")
        #expect(name.en == "certificate_events[1].published_on")
    }
}
