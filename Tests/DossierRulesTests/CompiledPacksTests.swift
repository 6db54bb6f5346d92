import DossierLintKit
import DossierSyntax
import Testing

@testable import DossierRules

/// The compiled-in packs start from trees parsed when the program was built and read each
/// rule's documentation and examples, and the glossary, only when asked for
/// (`RulePackLoader.Reading.onDemand`). They must be the packs the YAML gives.
@Suite("Compiled-in packs")
struct CompiledPacksTests {
    static let onDemand = try! BuiltInRules.packs.get()
    static let whole = try! RulePackLoader.load(files: BuiltInRules.files)

    @Test("every file read at start-up has a tree, so that starting parses no YAML")
    func everyLoadedFileHasATree() {
        for (path, _) in BuiltInRules.files {
            let readAtLoad = RulePackLoader.parsedAtLoad(path)
            #expect(
                (BuiltInRules.trees[path] != nil) == readAtLoad,
                "\(path): a tree \(readAtLoad ? "is missing" : "is not needed")")
            if let tree = BuiltInRules.trees[path] {
                #expect(NodeArchive.decode(tree) != nil, "\(path): its tree does not read")
            }
        }
    }

    @Test("a rule data file's tree holds what a check reads and nothing more")
    func ruleTreesAreHeaders() throws {
        var ruleTrees = 0
        for (path, archive) in BuiltInRules.trees where RulePackLoader.isRuleFile(path) {
            let tree = try #require(NodeArchive.decode(archive), "\(path)")
            let keys = Set(tree.mapping?.map(\.key) ?? [])
            #expect(keys.isSuperset(of: ["id", "clause", "severity", "title"]), "\(path)")
            #expect(keys.isDisjoint(with: ["rationale", "notes", "reads", "examples"]), "\(path)")
            ruleTrees += 1
        }
        #expect(ruleTrees == BuiltInRules.files.count { RulePackLoader.isRuleFile($0.path) })
        #expect(ruleTrees > 200)
        let stageGap = try #require(
            BuiltInRules.trees["cnca-itsms-2026/rules/stage-gap.yaml"].flatMap(NodeArchive.decode))
        #expect(stageGap.mapping?.contains { $0.key == "parameters" } == true)
    }

    @Test("the packs read on demand are the packs read whole, rule by rule")
    func onDemandEqualsWhole() throws {
        #expect(Self.onDemand.map(\.identifier) == Self.whole.map(\.identifier))
        for (lazy, eager) in zip(Self.onDemand, Self.whole) {
            #expect(lazy.title == eager.title && lazy.source == eager.source && lazy.base == eager.base)
            #expect(lazy.initExamples == eager.initExamples)
            #expect(lazy.tables.node == eager.tables.node, "\(lazy.identifier): tables differ")
            #expect(lazy.calendar.noticeYears == eager.calendar.noticeYears)
            #expect(lazy.rules.map(\.identifier) == eager.rules.map(\.identifier))
            for (a, b) in zip(lazy.rules, eager.rules) {
                let rule = a.identifier
                #expect(a.documentationError == nil, "\(rule): \(String(describing: a.documentationError))")
                #expect(a.pack == b.pack && a.clause == b.clause && a.relatedClauses == b.relatedClauses, "\(rule)")
                #expect(a.severity == b.severity && a.scope == b.scope && a.sourcePath == b.sourcePath, "\(rule)")
                #expect(a.title == b.title && a.rationale == b.rationale && a.notes == b.notes, "\(rule)")
                #expect(a.reads == b.reads, "\(rule)")
                #expect(a.parameters.map(\.key) == b.parameters.map(\.key), "\(rule)")
                for (x, y) in zip(a.parameters, b.parameters) {
                    #expect(x.value == y.value && x.keyLocation == y.keyLocation, "\(rule): \(x.key)")
                    #expect(x.value.location == y.value.location, "\(rule): \(x.key) is placed elsewhere")
                }
                #expect(a.examples.count == b.examples.count, "\(rule)")
                for (x, y) in zip(a.examples, b.examples) {
                    #expect(x.description == y.description && x.triggers == y.triggers && x.base == y.base, "\(rule)")
                    #expect(x.expectedPointers == y.expectedPointers && x.expectedKind == y.expectedKind, "\(rule)")
                    #expect(x.remove == y.remove && x.set.map(\.pointer) == y.set.map(\.pointer), "\(rule)")
                }
            }
            #expect(lazy.glossaryError == nil, "\(String(describing: lazy.glossaryError))")
            #expect(lazy.glossary.fields == eager.glossary.fields)
            #expect(lazy.glossary.vocabularies == eager.glossary.vocabularies)
            #expect(lazy.glossary.order == eager.glossary.order)
        }
    }

    @Test("documentation changed on one copy of a description does not change the others")
    func documentationIsAValue() throws {
        let original = try #require(Self.onDemand.first?.rules.first)
        var changed = original
        changed.rationale = Message(zh: "改", en: "changed")
        changed.examples = []
        #expect(changed.rationale.en == "changed" && changed.examples.isEmpty)
        #expect(original.rationale.en != "changed" && !original.examples.isEmpty)
        #expect(changed.notes == original.notes && changed.reads == original.reads)
    }

    @Test("a rule whose documentation does not parse says why instead of failing the check")
    func unreadableDocumentation() throws {
        let text = "id: broken\nclause: \"5.1\"\nseverity: error\ntitle: {zh: 甲, en: a}\nrationale: [unclosed\n"
        let header = "id: broken\nclause: \"5.1\"\nseverity: error\ntitle: {zh: 甲, en: a}\n"
        let tree = try Document(source: SourceText(path: "h", string: header), format: .yaml).root
        let files = [("p/pack.yaml", "title: {zh: 包, en: pack}\n"), ("p/rules/broken.yaml", text)]
        let packs = try RulePackLoader.load(
            files: files, reading: .onDemand(trees: ["p/rules/broken.yaml": NodeArchive.encode(tree)]))
        let rule = try #require(packs.first?.rules.first)
        #expect(rule.identifier == "broken" && rule.severity == .error)
        #expect(rule.documentationError?.location.line == 5)
        #expect(rule.rationale.en.isEmpty && rule.examples.isEmpty)
        #expect(throws: ParseError.self) { try RulePackLoader.load(files: files) }
    }
}
