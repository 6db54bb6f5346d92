import DossierLintKit
import DossierSyntax
import Testing

/// Packs and rule descriptions keep their values in one shared box: copies must still behave
/// as values, and what is read once from a pack must follow its tables.
@Suite("Packs and descriptions as values")
struct SharedValuesTests {
    /// How many tables a pack has, counted each time the reading is made.
    enum TableCount: PackReading {
        nonisolated(unsafe) static var reads = 0
        static func read(_ pack: RulePack) -> Int {
            reads += 1
            return pack.tables.keys.count
        }
    }

    static func tables(_ names: [String]) -> Field {
        let entries = names.map {
            MappingEntry(key: $0, keyLocation: .start, value: Node(.mapping([]), at: .start))
        }
        return Field(node: Node(.mapping(entries), at: .start), pointer: "/tables", location: .start)
    }

    static func description(limit: String) -> RuleDescription {
        RuleDescription(
            identifier: "r", pack: "p", clause: "1", relatedClauses: [], severity: .error,
            title: Message(zh: "r", en: "r"), rationale: Message(zh: "r", en: "r"), notes: nil, reads: [],
            parameters: [
                MappingEntry(key: "limit", keyLocation: .start, value: Node(.scalar(limit, .plain), at: .start))
            ],
            examples: [], sourcePath: "Rules/p/rules/r.yaml")
    }

    @Test("a pack's reading is made once, and again after its tables change, on that copy alone")
    func packReadingsFollowTheTables() {
        var pack = RulePack(
            identifier: "p", title: Message(zh: "p", en: "p"), source: "s", base: nil, rules: [],
            tables: Self.tables(["annex-a"]), exampleDossiers: [:], calendar: WorkingDayCalendar())
        TableCount.reads = 0
        #expect(pack.reading(TableCount.self) == 1)
        #expect(pack.reading(TableCount.self) == 1)
        #expect(TableCount.reads == 1)
        let original = pack
        pack.tables = Self.tables(["annex-a", "annex-b"])
        #expect(pack.reading(TableCount.self) == 2)
        #expect(original.reading(TableCount.self) == 1)
        #expect(original.tables.keys == ["annex-a"])
        pack.identifier = "q"
        #expect(original.identifier == "p")
        #expect(pack.reading(TableCount.self) == 2)
    }

    /// A description's limit, doubled, counted each time the reading is made.
    enum DoubledLimit: ParameterReading {
        nonisolated(unsafe) static var reads = 0
        static func read(_ description: RuleDescription) -> Double {
            reads += 1
            return 2 * (description.numberParameter("limit") ?? 0)
        }
    }

    @Test("a parameter reading is made once, and again after the parameters change, on that copy alone")
    func parameterReadingsFollowTheParameters() {
        var description = Self.description(limit: "3")
        DoubledLimit.reads = 0
        #expect(description.reading(DoubledLimit.self) == 6)
        let copy = description
        #expect(copy.reading(DoubledLimit.self) == 6)
        #expect(DoubledLimit.reads == 1)
        description.severity = .warning
        #expect(description.reading(DoubledLimit.self) == 6)
        #expect(DoubledLimit.reads == 1)
        description.parameters = Self.description(limit: "5").parameters
        #expect(description.reading(DoubledLimit.self) == 10)
        #expect(copy.reading(DoubledLimit.self) == 6)
        #expect(DoubledLimit.reads == 2)
    }

    @Test("a description's parameters are read from the copy that holds them")
    func descriptionParametersAreValues() {
        var description = Self.description(limit: "3")
        let original = description
        #expect(description.parameter("limit").number.value == 3)
        #expect(description.parameter("limit").pointer == "/parameters/limit")
        #expect(!description.parameter("other").exists)
        #expect(description.parameter("other").pointer == "/parameters/other")
        description.parameters = [
            MappingEntry(key: "limit", keyLocation: .start, value: Node(.scalar("5", .plain), at: .start))
        ]
        #expect(description.parameter("limit").number.value == 5)
        #expect(original.parameter("limit").number.value == 3)
        #expect(description.numberParameter("limit") == 5)
        #expect(original.numberParameter("limit") == 3)
        #expect(description.numberParameter("other") == nil)
        description.parameters.append(
            MappingEntry(
                key: "codes", keyLocation: .start,
                value: Node(.sequence([Node(.scalar("I", .plain), at: .start)]), at: .start)))
        #expect(description.listParameter("codes") == ["I"])
        #expect(description.listParameter("limit") == nil)
        #expect(original.listParameter("codes") == nil)
        description.clause = "2"
        #expect(original.clause == "1")
        #expect(description.clause == "2")
    }
}

/// The glossary's labels of keys and values.
@Suite("Glossary terms")
struct GlossaryTermsTests {
    @Test("a key's label, else a value's in the first vocabulary by name, also after a change")
    func terms() {
        var glossary = Glossary(
            fields: ["audits": Message(zh: "审核", en: "audits")],
            vocabularies: [
                "b_kind": ["x": Message(zh: "乙", en: "b")],
                "a_kind": ["x": Message(zh: "甲", en: "a"), "y": Message(zh: "丙", en: "c")],
            ])
        #expect(glossary.term("audits")?.zh == "审核")
        #expect(glossary.term("x")?.zh == "甲")
        #expect(glossary.term("y")?.zh == "丙")
        #expect(glossary.term("z") == nil)
        glossary.vocabularies["a_kind"] = nil
        #expect(glossary.term("x")?.zh == "乙")
        #expect(glossary.term("y") == nil)
        #expect(glossary.name(ofPointer: "/audits/1/a~1b").zh == "第 2 个审核的a/b")
        #expect(glossary.name(ofPointer: "/audits/1/a~1b").en == "audits[1].a/b")
    }
}
