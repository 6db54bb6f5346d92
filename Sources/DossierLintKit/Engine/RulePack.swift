import DossierSyntax

/// A rule pack: the metadata of its rules and its shared data (Annex tables,
/// example dossier), read from a folder of `Rules/`.
public struct RulePack: Sendable {
    /// The pack identifier, e.g. `cnca-itsms-2026`.
    public var identifier: String
    /// The pack's title.
    public var title: Message
    /// The source document the pack implements.
    public var source: String
    /// The pack this one is layered on (profiles), if any.
    public var base: String?
    /// The pack's rule descriptions, by identifier, in identifier order.
    public var rules: [RuleDescription]
    /// The pack's data tables (Annex A, B, C ...), by name.
    public var tables: Field
    /// The dossiers that examples start from, by name (`example-dossiers/<name>.yaml`).
    public var exampleDossiers: [String: Node]
    /// The working-day calendar the pack counts with.
    public var calendar: WorkingDayCalendar
    /// The registries that repository rules' examples start from, by name
    /// (`example-registries/<name>.yaml`).
    public var exampleRegistries: [String: Node] = [:]
    /// The labels of field keys and enumerated values (`Rules/glossary.yaml`), shared by every pack.
    public var glossary = Glossary()
    /// The example dossier `dossierlint init` writes for each kind of dossier (`init:` in `pack.yaml`):
    /// by cycle (`initial`, `surveillance` …), the name of one of `exampleDossiers`.
    public var initExamples: [String: String] = [:]

    /// Creates a pack.
    public init(
        identifier: String, title: Message, source: String, base: String?, rules: [RuleDescription],
        tables: Field, exampleDossiers: [String: Node], calendar: WorkingDayCalendar
    ) {
        self.identifier = identifier
        self.title = title
        self.source = source
        self.base = base
        self.rules = rules
        self.tables = tables
        self.exampleDossiers = exampleDossiers
        self.calendar = calendar
    }

    /// The description of rule `identifier`.
    public func rule(_ identifier: String) -> RuleDescription? {
        rules.first { $0.identifier == identifier }
    }
}

/// Reads rule packs from files laid out as in `Rules/`:
/// `<pack>/pack.yaml`, `<pack>/rules/*.yaml`, `<pack>/tables/*.yaml`,
/// `<pack>/example-dossiers/*.yaml`, `<pack>/example-registries/*.yaml`, `calendars/cn-workdays.yaml`
/// and `glossary.yaml` (`schema/` is the dossier tree, read by `DossierSchemaData`).
public enum RulePackLoader {
    /// Loads every pack from (path, text) pairs, paths relative to the rules folder.
    public static func load(files: [(path: String, text: String)]) throws(ParseError) -> [RulePack] {
        var calendar = WorkingDayCalendar()
        var glossary = Glossary()
        var byPack: [String: [(String, String)]] = [:]
        for (path, text) in files {
            if path == "glossary.yaml" {
                let document = try Document(source: SourceText(path: "Rules/" + path, string: text), format: .yaml)
                glossary = try Glossary(node: document.root)
                continue
            }
            if path == "calendars/cn-workdays.yaml" {
                let document = try Document(source: SourceText(path: "Rules/" + path, string: text), format: .yaml)
                calendar = try WorkingDayCalendar(node: document.root)
                continue
            }
            guard let slash = path.firstIndex(of: "/") else { continue }
            let pack = String(path[..<slash])
            guard pack != "calendars", pack != "schema" else { continue }
            byPack[pack, default: []].append((String(path[path.index(after: slash)...]), text))
        }
        var packs: [RulePack] = []
        for name in byPack.keys.sorted() {
            var pack = try loadPack(name: name, files: byPack[name]!, calendar: calendar)
            pack.glossary = glossary
            packs.append(pack)
        }
        return packs
    }

    private static func loadPack(name: String, files: [(String, String)], calendar: WorkingDayCalendar)
        throws(ParseError)
        -> RulePack
    {
        var title = Message(zh: name, en: name)
        var source = ""
        var base: String?
        var rules: [RuleDescription] = []
        var tableEntries: [MappingEntry] = []
        var examples: [String: Node] = [:]
        var registries: [String: Node] = [:]
        var initExamples: [String: String] = [:]
        for (relative, text) in files.sorted(by: { $0.0 < $1.0 }) {
            guard relative.hasSuffix(".yaml") else { continue }
            let displayPath = "Rules/\(name)/\(relative)"
            let root = try Document(source: SourceText(path: displayPath, string: text), format: .yaml).root
            let field = Field(node: root, pointer: "", location: root.location)
            if relative == "pack.yaml" {
                if let zh = field["title"]["zh"].string, let en = field["title"]["en"].string {
                    title = Message(zh: zh, en: en)
                }
                source = field["source"].string ?? ""
                base = field["base"].string
                for cycle in field["init"].keys { initExamples[cycle] = field["init"][cycle].string }
            } else if relative.hasPrefix("example-dossiers/") {
                examples[String(relative.dropFirst("example-dossiers/".count).dropLast(".yaml".count))] = root
            } else if relative.hasPrefix("example-registries/") {
                registries[String(relative.dropFirst("example-registries/".count).dropLast(".yaml".count))] = root
            } else if relative.hasPrefix("rules/") {
                rules.append(try RuleDescriptionReader.read(root, pack: name, path: displayPath))
            } else if relative.hasPrefix("tables/") {
                let tableName = String(relative.dropFirst("tables/".count).dropLast(".yaml".count))
                tableEntries.append(MappingEntry(key: tableName, keyLocation: .start, value: root))
            }
        }
        rules.sort { $0.identifier < $1.identifier }
        let tables = Field(node: Node(.mapping(tableEntries), at: .start), pointer: "", location: .start)
        var pack = RulePack(
            identifier: name, title: title, source: source, base: base, rules: rules, tables: tables,
            exampleDossiers: examples, calendar: calendar)
        pack.exampleRegistries = registries
        pack.initExamples = initExamples
        return pack
    }
}
