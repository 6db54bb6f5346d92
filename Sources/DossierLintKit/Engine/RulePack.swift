import Dispatch
import DossierSyntax

/// A rule pack: the metadata of its rules and its shared data (Annex tables,
/// example dossier), read from a folder of `Rules/`.
///
/// A value, kept in one shared box: a check makes a context per rule and dossier, and copying a
/// pack costs one reference count, whatever it holds.
public struct RulePack: Sendable {
    /// The pack identifier, e.g. `cnca-itsms-2026`.
    public var identifier: String {
        get { storage.identifier }
        set { change { $0.identifier = newValue } }
    }
    /// The pack's title.
    public var title: Message {
        get { storage.title }
        set { change { $0.title = newValue } }
    }
    /// The source document the pack implements.
    public var source: String {
        get { storage.source }
        set { change { $0.source = newValue } }
    }
    /// The pack this one is layered on (profiles), if any.
    public var base: String? {
        get { storage.base }
        set { change { $0.base = newValue } }
    }
    /// The pack's rule descriptions, by identifier, in identifier order.
    public var rules: [RuleDescription] {
        get { storage.rules }
        set { change { $0.rules = newValue } }
    }
    /// The pack's data tables (Annex A, B, C ...), by name.
    public var tables: Field {
        get { storage.tables }
        set { change { $0.tables = newValue } }
    }
    /// The dossiers that examples start from, by name (`example-dossiers/<name>.yaml`):
    /// parsed the first time they are asked for (a check never needs them).
    public var exampleDossiers: [String: Node] {
        get { storage.examples.value.nodes }
        set { change { $0.examples = Deferred((newValue, [])) } }
    }
    /// The working-day calendar the pack counts with.
    public var calendar: WorkingDayCalendar {
        get { storage.calendar }
        set { change { $0.calendar = newValue } }
    }
    /// The registries that repository rules' examples start from, by name
    /// (`example-registries/<name>.yaml`), parsed when first asked for.
    public var exampleRegistries: [String: Node] {
        get { storage.registries.value.nodes }
        set { change { $0.registries = Deferred((newValue, [])) } }
    }

    /// The example dossiers and registries that do not parse (a test keeps this empty).
    public var exampleParseErrors: [ParseError] {
        storage.examples.value.failures + storage.registries.value.failures
    }
    /// The labels of field keys and enumerated values (`Rules/glossary.yaml`), shared by every pack.
    public var glossary: Glossary {
        get { storage.glossarySource.value.glossary }
        set { change { $0.glossarySource = Deferred((newValue, nil)) } }
    }
    fileprivate var glossarySource: Deferred<(glossary: Glossary, error: ParseError?)> {
        get { storage.glossarySource }
        set { change { $0.glossarySource = newValue } }
    }
    /// Why the glossary could not be read when it was first asked for (it is then empty);
    /// a test keeps it `nil` for the compiled-in packs.
    public var glossaryError: ParseError? { storage.glossarySource.value.error }
    /// The example dossier `dossierlint init` writes for each kind of dossier (`init:` in `pack.yaml`):
    /// by cycle (`initial`, `surveillance` …), the name of one of `exampleDossiers`.
    public var initExamples: [String: String] {
        get { storage.initExamples }
        set { change { $0.initExamples = newValue } }
    }

    private var storage: Storage

    /// Creates a pack.
    public init(
        identifier: String, title: Message, source: String, base: String?, rules: [RuleDescription],
        tables: Field, exampleDossiers: [String: Node], calendar: WorkingDayCalendar
    ) {
        storage = Storage(
            identifier: identifier, title: title, source: source, base: base, rules: rules, tables: tables,
            examples: Deferred((exampleDossiers, [])), calendar: calendar)
    }

    /// A pack whose example dossiers and registries are parsed from their texts when first asked for.
    init(
        identifier: String, title: Message, source: String, base: String?, rules: [RuleDescription],
        tables: Field, exampleTexts: [String: (path: String, text: String)],
        registryTexts: [String: (path: String, text: String)], calendar: WorkingDayCalendar,
        initExamples: [String: String] = [:]
    ) {
        storage = Storage(
            identifier: identifier, title: title, source: source, base: base, rules: rules, tables: tables,
            examples: Deferred { parseDocuments(exampleTexts) }, calendar: calendar)
        storage.registries = Deferred { parseDocuments(registryTexts) }
        storage.initExamples = initExamples
    }

    /// The description of rule `identifier`.
    public func rule(_ identifier: String) -> RuleDescription? {
        rules.first { $0.identifier == identifier }
    }

    /// The value of `Reading` for this pack: read from the pack's tables the first time a rule
    /// asks, then shared by every rule and dossier checked with the pack.
    @inlinable
    public func reading<Reading: PackReading>(_ reading: Reading.Type) -> Reading.Value {
        let box = readings.box(for: ObjectIdentifier(reading)) { ReadingBox(Reading.read(self)) }
        return unsafeDowncast(box, to: ReadingBox<Reading.Value>.self).value
    }

    /// The readings made from this pack's values.
    @usableFromInline
    var readings: ReadingCache { storage.readings }

    /// Changes the pack's values: in place when this copy alone holds them, else in a copy.
    /// Readings made from the old values are dropped.
    private mutating func change(_ edit: (Storage) -> Void) {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        edit(storage)
        storage.readings = ReadingCache()
    }

    private final class Storage: @unchecked Sendable {
        var identifier: String
        var title: Message
        var source: String
        var base: String?
        var rules: [RuleDescription]
        var tables: Field
        var examples: Deferred<ParsedDocuments>
        var calendar: WorkingDayCalendar
        var registries = Deferred<ParsedDocuments>(([:], []))
        var glossarySource = Deferred<(glossary: Glossary, error: ParseError?)>((Glossary(), nil))
        var initExamples: [String: String] = [:]
        var readings = ReadingCache()

        init(
            identifier: String, title: Message, source: String, base: String?, rules: [RuleDescription],
            tables: Field, examples: Deferred<ParsedDocuments>, calendar: WorkingDayCalendar
        ) {
            self.identifier = identifier
            self.title = title
            self.source = source
            self.base = base
            self.rules = rules
            self.tables = tables
            self.examples = examples
            self.calendar = calendar
        }

        func copy() -> Storage {
            let result = Storage(
                identifier: identifier, title: title, source: source, base: base, rules: rules, tables: tables,
                examples: examples, calendar: calendar)
            result.registries = registries
            result.glossarySource = glossarySource
            result.initExamples = initExamples
            return result
        }
    }
}

/// A reading of a pack's tables that rules need for every dossier (the Annex B table, the
/// Annex C grammar): made once per pack (`RulePack.reading(_:)`), not once per dossier.
public protocol PackReading {
    /// What the reading gives.
    associatedtype Value
    /// Reads `pack`.
    static func read(_ pack: RulePack) -> Value
}

/// YAML documents by name, and the errors of those that do not parse (left out).
typealias ParsedDocuments = (nodes: [String: Node], failures: [ParseError])

/// Parses YAML documents given by name, in name order (a check never reads the packs'
/// example dossiers: they are parsed when an example first asks for them).
private func parseDocuments(_ texts: [String: (path: String, text: String)]) -> ParsedDocuments {
    var nodes: [String: Node] = [:]
    var failures: [ParseError] = []
    for name in texts.keys.sorted() {
        let source = texts[name]!
        do throws(ParseError) {
            nodes[name] = try Document(source: SourceText(path: source.path, string: source.text), format: .yaml).root
        } catch {
            failures.append(error)
        }
    }
    return (nodes, failures)
}

/// Reads rule packs from files laid out as in `Rules/`:
/// `<pack>/pack.yaml`, `<pack>/rules/*.yaml`, `<pack>/tables/*.yaml`,
/// `<pack>/example-dossiers/*.yaml`, `<pack>/example-registries/*.yaml`, `calendars/cn-workdays.yaml`
/// and `glossary.yaml` (`schema/` is the dossier tree, read by `DossierSchemaData`).
public enum RulePackLoader {
    /// How much of the packs is read when they load.
    public enum Reading: Sendable {
        /// Every file is parsed and read at once: a folder of packs the user names, the tests.
        case whole
        /// Only what a check needs, from trees parsed when the program was built: `trees` holds,
        /// by path, the `NodeArchive` text of each file read at load (of a rule data file, only
        /// the entries a check reads). A rule's documentation and examples are parsed from its
        /// text when first asked for, and so is the glossary. A file without a tree is parsed.
        /// For the compiled-in packs, which the tests also read whole and compare.
        case onDemand(trees: [String: String])
    }

    /// Loads every pack from (path, text) pairs, paths relative to the rules folder.
    public static func load(
        files: [(path: String, text: String)], reading: Reading = .whole
    ) throws(ParseError) -> [RulePack] {
        var archives: [String: String] = [:]
        var onDemand = false
        if case .onDemand(let trees) = reading {
            archives = trees
            onDemand = true
        }
        var trees: [String: Node] = [:]
        var headers: [String: Node] = [:]
        var unparsed: [(path: String, text: String)] = []
        for file in files where parsedAtLoad(file.path) {
            if onDemand && file.path == "glossary.yaml" { continue }
            guard let archive = archives[file.path], let tree = NodeArchive.decode(archive) else {
                unparsed.append(file)
                continue
            }
            if isRuleFile(file.path) { headers[file.path] = tree } else { trees[file.path] = tree }
        }
        trees.merge(try parse(unparsed, inParallel: !onDemand)) { archived, _ in archived }
        var calendar = WorkingDayCalendar()
        var glossary = Deferred<(glossary: Glossary, error: ParseError?)>((Glossary(), nil))
        var byPack: [String: [(String, String)]] = [:]
        for (path, text) in files {
            if path == "glossary.yaml" {
                if let root = trees[path] {
                    glossary = Deferred((try Glossary(node: root), nil))
                } else {
                    let archive = archives[path]
                    glossary = Deferred { Glossary.read(text: text, path: "Rules/" + path, archive: archive) }
                }
                continue
            }
            if path == "calendars/cn-workdays.yaml" {
                calendar = try WorkingDayCalendar(node: trees[path]!)
                continue
            }
            guard let (pack, relative) = packPath(path), pack != "calendars", pack != "schema" else { continue }
            byPack[String(pack), default: []].append((String(relative), text))
        }
        var packs: [RulePack] = []
        for name in byPack.keys.sorted() {
            var pack = try loadPack(
                name: name, files: byPack[name]!, trees: trees, headers: headers, calendar: calendar)
            pack.glossarySource = glossary
            packs.append(pack)
        }
        return packs
    }

    /// Whether `path` is a rule data file, `<pack>/rules/<id>.yaml` (the build step keeps only
    /// what a check reads of these; a test holds it to this).
    package static func isRuleFile(_ path: String) -> Bool {
        guard let (_, relative) = packPath(path), relative.hasPrefix("rules/") else { return false }
        return !relative.utf8.dropFirst("rules/".utf8.count).contains(UInt8(ascii: "/"))
    }

    /// Whether the loader parses `path` when the packs load (example dossiers and registries
    /// wait until an example runs; the dossier tree is read by `DossierSchemaData`): the files
    /// the build step stores parsed (a test holds it to this).
    package static func parsedAtLoad(_ path: String) -> Bool {
        guard path.hasSuffix(".yaml"), !path.hasPrefix("schema/") else { return false }
        guard let (_, relative) = packPath(path) else { return true }
        return !relative.hasPrefix("example-dossiers/") && !relative.hasPrefix("example-registries/")
    }

    /// `path` cut after its first folder: the pack and the path within it (`p`, `rules/x.yaml`
    /// of `p/rules/x.yaml`); `nil` for a file at the top. (Paths are taken apart by hand:
    /// `split` and `String.contains(String)` cost thousands of instructions a call, and every
    /// file of every pack passes here at start-up.)
    private static func packPath(_ path: String) -> (pack: Substring, relative: Substring)? {
        guard let slash = path.utf8.firstIndex(of: UInt8(ascii: "/")) else { return nil }
        return (path[..<slash], path[path.utf8.index(after: slash)...])
    }

    /// The trees of `files`, by path, parsed on every core or on this thread alone (a
    /// few small files: starting threads would cost more); the first error in file order is
    /// thrown.
    private static func parse(
        _ files: [(path: String, text: String)], inParallel: Bool
    ) throws(ParseError) -> [String: Node] {
        let results = Slots<Result<Node, ParseError>>(count: files.count)
        let parseOne = { @Sendable (index: Int) in
            let (path, text) = files[index]
            do throws(ParseError) {
                let document = try Document(source: SourceText(path: "Rules/" + path, string: text), format: .yaml)
                results.set(index, .success(document.root))
            } catch {
                results.set(index, .failure(error))
            }
        }
        if inParallel {
            DispatchQueue.concurrentPerform(iterations: files.count, execute: parseOne)
        } else {
            for index in files.indices { parseOne(index) }
        }
        var parsed: [String: Node] = [:]
        for (file, result) in zip(files, results.values) {
            switch result {
            case .success(let root): parsed[file.path] = root
            case .failure(let error): throw error
            }
        }
        return parsed
    }

    /// The description of the rule data file `text` from its header tree, its documentation
    /// read when first asked for; `nil` when the header does not read (the whole file is then
    /// read, so that the error is the one `.whole` gives).
    private static func describe(header: Node, text: String, pack: String, path: String) -> RuleDescription? {
        try? RuleDescriptionReader.read(
            header: header, pack: pack, path: path,
            documentation: Deferred { RuleDescriptionReader.documentation(text: text, path: path) })
    }

    private static func loadPack(
        name: String, files: [(String, String)], trees: [String: Node], headers: [String: Node],
        calendar: WorkingDayCalendar
    ) throws(ParseError) -> RulePack {
        var title = Message(zh: name, en: name)
        var source = ""
        var base: String?
        var rules: [RuleDescription] = []
        var tableEntries: [MappingEntry] = []
        var examples: [String: (path: String, text: String)] = [:]
        var registries: [String: (path: String, text: String)] = [:]
        var initExamples: [String: String] = [:]
        for (relative, text) in files.sorted(by: { $0.0 < $1.0 }) {
            guard relative.hasSuffix(".yaml") else { continue }
            let displayPath = "Rules/\(name)/\(relative)"
            // Example dossiers and registries are parsed only when an example runs.
            if relative.hasPrefix("example-dossiers/") {
                examples[String(relative.dropFirst("example-dossiers/".count).dropLast(".yaml".count))] = (
                    displayPath, text
                )
                continue
            }
            if relative.hasPrefix("example-registries/") {
                registries[String(relative.dropFirst("example-registries/".count).dropLast(".yaml".count))] = (
                    displayPath, text
                )
                continue
            }
            if let header = headers["\(name)/\(relative)"] {
                if let rule = describe(header: header, text: text, pack: name, path: displayPath) {
                    rules.append(rule)
                } else {
                    let root = try Document(source: SourceText(path: displayPath, string: text), format: .yaml).root
                    rules.append(try RuleDescriptionReader.read(root, pack: name, path: displayPath))
                }
                continue
            }
            guard let root = trees["\(name)/\(relative)"] else { continue }
            let field = Field(node: root, pointer: "", location: root.location)
            if relative == "pack.yaml" {
                if let zh = field["title"]["zh"].string, let en = field["title"]["en"].string {
                    title = Message(zh: zh, en: en)
                }
                source = field["source"].string ?? ""
                base = field["base"].string
                for cycle in field["init"].keys { initExamples[cycle] = field["init"][cycle].string }
            } else if relative.hasPrefix("rules/") {
                rules.append(try RuleDescriptionReader.read(root, pack: name, path: displayPath))
            } else if relative.hasPrefix("tables/") {
                let tableName = String(relative.dropFirst("tables/".count).dropLast(".yaml".count))
                tableEntries.append(MappingEntry(key: tableName, keyLocation: .start, value: root))
            }
        }
        rules.sort { $0.identifier < $1.identifier }
        let tables = Field(node: Node(.mapping(tableEntries), at: .start), pointer: "", location: .start)
        return RulePack(
            identifier: name, title: title, source: source, base: base, rules: rules, tables: tables,
            exampleTexts: examples, registryTexts: registries, calendar: calendar, initExamples: initExamples)
    }
}
