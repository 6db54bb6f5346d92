import DossierSyntax

/// One field of the dossier tree as a scheme has it, read from
/// `Rules/schema/itsms-dossier.yaml`: what its value is, the clause it serves,
/// and the glossary key that names it. `dossierlint schema` writes it as JSON
/// Schema, `dossierlint init` as the comments of a dossier.
public struct DossierField: Sendable {
    /// What a value of the field is.
    public indirect enum Kind: Sendable {
        /// Text.
        case text
        /// A date `YYYY-MM-DD`.
        case date
        /// `true` or `false`.
        case bool
        /// A number.
        case number
        /// A whole number.
        case integer
        /// One of the values of these glossary vocabularies (`true`/`false` there are booleans);
        /// when `open`, any other text too (the values are suggestions).
        case values([String], open: Bool)
        /// A list of `element`s.
        case list(DossierField)
        /// A mapping: its `fields`, plus a key for every value of the vocabulary `keys`, each an `each`;
        /// other keys only when `open` (each an `each` when there is one).
        case mapping(fields: [DossierField], keys: String?, each: DossierField?, open: Bool)
        /// One of `alternatives`.
        case either([DossierField])
        /// The rule pack that judges the dossier (`scheme`).
        case scheme
        /// The profile pack layered on the scheme (`profile`).
        case profile
    }

    /// The key in its mapping (`""` for a list's element or an alternative).
    public var key: String
    /// What its value is.
    public var kind: Kind
    /// The glossary key of its label (`fields:` of the glossary); usually `key`.
    public var label: String
    /// The clause it serves in the scheme, if known.
    public var clause: String?
    /// What the label does not say.
    public var note: Message?
    /// The profile whose field it is, if it is one's.
    public var profile: String?
    /// The only value allowed, if any.
    public var constant: String?
    /// Whether the field must be written.
    public var required: Bool

    /// The field `key` of a mapping, if it has one.
    public func field(_ key: String) -> DossierField? {
        guard case .mapping(let fields, _, _, _) = kind else { return nil }
        return fields.first { $0.key == key }
    }
}

/// The data file `Rules/schema/itsms-dossier.yaml`: the dossier tree of every
/// scheme, its shared shapes, written once and resolved for one scheme by `tree`.
public struct DossierSchemaData: Sendable {
    /// The file's path relative to the rules folder.
    public static let path = "schema/itsms-dossier.yaml"

    /// The shapes fields refer to by name.
    let shapes: [String: Node]
    /// The fields of the dossier's top level.
    let root: Node
    /// The path shown in errors.
    let displayPath: String

    /// Reads the data file from the rules' files (paths relative to the rules folder).
    public static func load(files: [(path: String, text: String)]) throws(ParseError) -> DossierSchemaData {
        guard let text = files.first(where: { $0.path == path })?.text else {
            throw ParseError(.syntax, "Rules/\(path) is missing", at: .start, file: "Rules/" + path)
        }
        let document = try Document(source: SourceText(path: "Rules/" + path, string: text), format: .yaml)
        return try DossierSchemaData(root: document.root, displayPath: "Rules/" + path)
    }

    /// Reads the data file's tree.
    init(root node: Node, displayPath: String) throws(ParseError) {
        self.displayPath = displayPath
        guard let shapes = node["shapes"], let dossier = node["dossier"], dossier.mapping != nil else {
            throw ParseError(
                .syntax, "\(displayPath) needs `shapes:` and `dossier:` mappings", at: node.location, file: displayPath)
        }
        var byName: [String: Node] = [:]
        for entry in shapes.mapping ?? [] { byName[entry.key] = entry.value }
        self.shapes = byName
        self.root = dossier
    }

    /// The dossier's tree as `scheme` has it, with the fields of `profiles` (those layered on it).
    public func tree(scheme: String, profiles: [String]) throws(ParseError) -> DossierField {
        let fields = try Resolver(data: self, scheme: scheme, profiles: Set(profiles)).fields(of: root)
        return DossierField(
            key: "", kind: .mapping(fields: fields, keys: nil, each: nil, open: false), label: "", clause: nil,
            note: nil, profile: nil, constant: nil, required: false)
    }

    /// The vocabularies fields of any scheme take values or keys from, those that give a mapping its
    /// keys, and the glossary keys naming fields (for the tests that keep the file and the glossary together).
    public func references(schemes: [String], profiles: [String]) throws(ParseError) -> (
        vocabularies: Set<String>, keyVocabularies: Set<String>, labels: Set<String>
    ) {
        var vocabularies = Set<String>()
        var keyVocabularies = Set<String>()
        var labels = Set<String>()
        func visit(_ field: DossierField) {
            if !field.key.isEmpty { labels.insert(field.label) }
            switch field.kind {
            case .values(let names, _): vocabularies.formUnion(names)
            case .list(let element): visit(element)
            case .either(let alternatives): alternatives.forEach(visit)
            case .mapping(let fields, let keys, let each, _):
                fields.forEach(visit)
                if let keys {
                    vocabularies.insert(keys)
                    keyVocabularies.insert(keys)
                }
                if let each { visit(each) }
            default: break
            }
        }
        for scheme in schemes { visit(try tree(scheme: scheme, profiles: profiles)) }
        return (vocabularies, keyVocabularies, labels)
    }
}

/// Resolves the data file's fields for one scheme: shapes expanded, `in:` variants applied,
/// fields of other schemes and of profiles not layered on it left out.
private struct Resolver {
    let data: DossierSchemaData
    let scheme: String
    let profiles: Set<String>

    static let attributes: Set<String> = [
        "type", "values", "list", "fields", "keys", "each", "open", "either", "shape", "clause", "scheme", "profile",
        "in", "label", "note", "const", "required",
    ]

    func error(_ message: String, _ node: Node) -> ParseError {
        ParseError(.syntax, message, at: node.location, file: data.displayPath)
    }

    /// The fields of a mapping of `key: field` entries, those of this scheme only.
    func fields(of node: Node) throws(ParseError) -> [DossierField] {
        guard let entries = node.mapping else { throw error("expected a mapping of fields", node) }
        var result: [DossierField] = []
        for entry in entries {
            if let field = try field(entry.key, entry.value) { result.append(field) }
        }
        return result
    }

    /// The field `key` described by `node`, or `nil` when it is not one of this scheme's.
    func field(_ key: String, _ node: Node) throws(ParseError) -> DossierField? {
        var attributes = try self.attributes(of: node)
        if let shape = attributes["shape"] {
            guard let name = shape.scalarText, let shapeNode = data.shapes[name] else {
                throw error("unknown shape \(shape.scalarText ?? "?")", shape)
            }
            var merged = try self.attributes(of: shapeNode)
            for (name, value) in attributes where name != "shape" { merged[name] = value }
            attributes = merged
        }
        if let variants = attributes["in"] {
            if let variant = variants[scheme] {
                for (name, value) in try self.attributes(of: variant) { attributes[name] = value }
            }
            attributes["in"] = nil
        }
        if let schemes = attributes["scheme"] {
            let names = schemes.sequence?.compactMap(\.scalarText) ?? [schemes.scalarText ?? ""]
            guard names.contains(scheme) else { return nil }
        }
        let profile = attributes["profile"]?.scalarText
        if let profile, !profiles.contains(profile) { return nil }
        // `profile:` itself only where a profile is layered on the scheme.
        if attributes["type"]?.scalarText == "profile", profiles.isEmpty { return nil }
        return DossierField(
            key: key, kind: try kind(attributes, node), label: attributes["label"]?.scalarText ?? key,
            clause: try clause(attributes["clause"], ownScheme: attributes["scheme"] != nil),
            note: try note(attributes["note"]), profile: profile,
            constant: attributes["const"]?.scalarText, required: attributes["required"]?.scalarText == "true")
    }

    /// A field's attributes by name: `TYPE` alone is `{type: TYPE}`.
    func attributes(of node: Node) throws(ParseError) -> [String: Node] {
        if node.scalarText != nil { return ["type": node] }
        guard let entries = node.mapping else { throw error("a field is a type or a mapping", node) }
        var result: [String: Node] = [:]
        for entry in entries {
            guard Self.attributes.contains(entry.key) else {
                throw error("unknown attribute `\(entry.key)` (one of \(Self.attributes.sorted()))", entry.value)
            }
            result[entry.key] = entry.value
        }
        return result
    }

    func kind(_ attributes: [String: Node], _ node: Node) throws(ParseError) -> DossierField.Kind {
        if let values = attributes["values"] {
            let names = values.sequence?.compactMap(\.scalarText) ?? [values.scalarText ?? ""]
            return .values(names, open: attributes["open"]?.scalarText == "true")
        }
        if let element = attributes["list"] {
            guard let field = try field("", element) else { throw error("a list's element has no scheme", element) }
            return .list(field)
        }
        if let alternatives = attributes["either"] {
            guard let nodes = alternatives.sequence else { throw error("`either` is a list of fields", alternatives) }
            var fields: [DossierField] = []
            for node in nodes {
                if let field = try field("", node) { fields.append(field) }
            }
            return .either(fields)
        }
        if attributes["fields"] != nil || attributes["keys"] != nil {
            var fields: [DossierField] = []
            if let node = attributes["fields"] { fields = try self.fields(of: node) }
            var each: DossierField?
            if let node = attributes["each"] { each = try field("", node) }
            return .mapping(
                fields: fields, keys: attributes["keys"]?.scalarText, each: each,
                open: attributes["open"]?.scalarText == "true")
        }
        switch attributes["type"]?.scalarText ?? "text" {
        case "text": return .text
        case "date": return .date
        case "bool": return .bool
        case "number": return .number
        case "integer": return .integer
        case "scheme": return .scheme
        case "profile": return .profile
        case let other: throw error("unknown type `\(other)`", attributes["type"] ?? node)
        }
    }

    /// The clause: a mapping's text for this scheme; a text alone is the default scheme's clause
    /// (its numbers are CNCA-ITSMS-01:2026's), or that of the schemes the field is limited to.
    func clause(_ node: Node?, ownScheme: Bool) throws(ParseError) -> String? {
        guard let node else { return nil }
        if let text = node.scalarText { return ownScheme || scheme == DossierSchema.defaultScheme ? text : nil }
        guard node.mapping != nil else { throw error("a clause is a text or a mapping scheme → text", node) }
        return node[scheme]?.scalarText
    }

    func note(_ node: Node?) throws(ParseError) -> Message? {
        guard let node else { return nil }
        guard let zh = node["zh"]?.scalarText, let en = node["en"]?.scalarText else {
            throw error("a note needs zh and en", node)
        }
        return Message(zh: zh, en: en)
    }
}
