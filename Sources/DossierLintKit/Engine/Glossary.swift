import DossierSyntax

/// The Chinese and English labels of the dossier's field keys and enumerated
/// values, read from `Rules/glossary.yaml`, so that messages name them in the
/// reader's language instead of quoting raw keys.
///
/// A field is named in Chinese by its path of labels joined with 的, list
/// elements counted from 1: `/certificate_events/1/published_on` is
/// “第 2 个证书事件的公开日期”; in English by its path,
/// `certificate_events[1].published_on`.
public struct Glossary: Sendable {
    /// Labels of field keys (and of keys that name entries, such as record kinds), by key.
    public var fields: [String: Message]
    /// Labels of enumerated values, by vocabulary (`audit_type`, `decision_kind` …), then by value.
    public var vocabularies: [String: [String: Message]] {
        didSet { valueTerms = Self.valueTerms(of: vocabularies) }
    }
    /// The label of each value of any vocabulary, the first vocabulary in name order winning:
    /// what `term(_:)` falls back on, merged once instead of per call.
    private var valueTerms: [String: Message] = [:]
    /// The place of each value in its vocabulary as the glossary lists it (from 0), by vocabulary,
    /// then by value: the order a schema or a listing shows them in.
    public var order: [String: [String: Int]] = [:]

    /// Creates a glossary.
    public init(fields: [String: Message] = [:], vocabularies: [String: [String: Message]] = [:]) {
        self.fields = fields
        self.vocabularies = vocabularies
        valueTerms = Self.valueTerms(of: vocabularies)
    }

    /// Reads `glossary.yaml`: `fields: {key: {zh, en}}` and
    /// `values: {vocabulary: {value: {zh, en}}}`.
    init(node: Node) throws(ParseError) {
        let root = Field(node: node, pointer: "", location: node.location)
        fields = try Self.labels(root["fields"])
        var vocabularies: [String: [String: Message]] = [:]
        var order: [String: [String: Int]] = [:]
        for (name, values) in root["values"].members {
            vocabularies[name] = try Self.labels(values)
            order[name] = Dictionary(uniqueKeysWithValues: values.keys.enumerated().map { ($0.element, $0.offset) })
        }
        self.vocabularies = vocabularies
        self.order = order
        valueTerms = Self.valueTerms(of: vocabularies)
    }

    private static func valueTerms(of vocabularies: [String: [String: Message]]) -> [String: Message] {
        var result: [String: Message] = [:]
        for name in vocabularies.keys.sorted() {
            for (value, label) in vocabularies[name]! where result[value] == nil { result[value] = label }
        }
        return result
    }

    private static func labels(_ field: Field) throws(ParseError) -> [String: Message] {
        var result: [String: Message] = [:]
        for (key, label) in field.members {
            guard let zh = label["zh"].string, let en = label["en"].string else {
                throw ParseError(.syntax, "glossary: \(label.path) needs zh and en labels", at: label.location)
            }
            result[key] = Message(zh: zh, en: en)
        }
        return result
    }

    /// The label of a field key, else of the value `key` in any vocabulary
    /// (vocabularies in name order), else `nil`.
    public func term(_ key: String) -> Message? {
        fields[key] ?? valueTerms[key]
    }

    /// The label of `value` in `vocabulary`, if the glossary has it.
    public func value(_ value: String, of vocabulary: String) -> Message? {
        vocabularies[vocabulary]?[value]
    }

    /// The name of the field at `pointer`: zh a phrase of labels (“第 2 个证书事件的公开日期”),
    /// en the path (`certificate_events[1].published_on`). A key without a label keeps its raw
    /// key in both languages (the message tests catch it).
    public func name(ofPointer pointer: String) -> Message {
        let tokens = JSONPointer.tokens(of: pointer)
        var parts: [String] = []
        for key in tokens {
            if !key.isEmpty, let index = Int(key) {
                let collection = parts.popLast() ?? ""
                parts.append("第 " + String(index + 1) + " 个" + collection)
            } else {
                parts.append(term(key)?.zh ?? key)
            }
        }
        return Message(zh: parts.isEmpty ? "档案" : parts.joined(separator: "的"), en: JSONPointer.path(ofTokens: tokens))
    }
}

extension Glossary {
    /// The glossary of `glossary.yaml`'s `text` (shown as `path`), from its tree `archive` (a
    /// `NodeArchive` text) when that reads, else parsed from the text; empty, with the error,
    /// when it does not read.
    static func read(text: String, path: String, archive: String?) -> (glossary: Glossary, error: ParseError?) {
        do throws(ParseError) {
            var root = archive.flatMap(NodeArchive.decode)
            if root == nil { root = try Document(source: SourceText(path: path, string: text), format: .yaml).root }
            return (try Glossary(node: root!), nil)
        } catch {
            return (Glossary(), error)
        }
    }
}
