import DossierSyntax

/// The result of reading a field as a type.
public enum FieldValue<Value> {
    /// The field holds a value of the type.
    case value(Value)
    /// The field is absent or null.
    case missing
    /// The field holds something that is not of the type; the problem says what.
    case invalid(FieldProblem)

    /// The value, or `nil` when missing or invalid.
    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }
}

/// Why a field is not of the type read, worded only when asked: a rule that
/// merely tries a reading (is it `true`?) pays nothing for the words.
public struct FieldProblem: Sendable {
    private let describe: @Sendable () -> Message

    /// A problem worded by `describe` when it is shown.
    public init(_ describe: @escaping @Sendable () -> Message) { self.describe = describe }

    /// A problem already worded.
    public init(_ message: Message) { describe = { message } }

    /// The problem, in Chinese and English.
    public var message: Message { describe() }
    /// The problem in Chinese.
    public var zh: String { message.zh }
    /// The problem in English.
    public var en: String { message.en }
}

/// A located, read-only view of one place in a dossier tree: a node (or its
/// absence) with the JSON Pointer that leads to it.
///
/// Navigating into absent fields is allowed and yields absent fields whose
/// location is that of the nearest existing ancestor (with an empty range), so
/// a "cannot verify" finding still points somewhere useful.
public struct Field: Sendable {
    /// The node, or `nil` when absent.
    public let node: Node?
    /// Where the field is: its parent's place and its key or index. The pointer
    /// text is built only when asked for (a finding), never while rules navigate.
    private let place: FieldPlace
    /// The node's location, or the nearest existing ancestor's.
    public let location: SourceLocation

    /// RFC 6901 JSON Pointer of this place.
    public var pointer: String { place.pointer }

    /// The node's source range; for an absent field, the empty range at `location`.
    public var range: SourceRange {
        guard let node else { return SourceRange(start: location, end: location) }
        return node.range
    }

    /// Creates a view of a node at a pointer.
    public init(node: Node?, pointer: String, location: SourceLocation) {
        self.node = node
        self.place = FieldPlace(pointer: pointer)
        self.location = node?.location ?? location
    }

    private init(node: Node?, place: FieldPlace, location: SourceLocation) {
        self.node = node
        self.place = place
        self.location = location
    }

    /// Whether the field is present and not null.
    public var exists: Bool {
        guard let node else { return false }
        return !node.isNull
    }

    /// A human-readable path (`audits[1].dates.end`) for messages.
    public var path: String {
        var result = ""
        for token in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let name =
                token.utf8.contains(UInt8(ascii: "~"))
                ? String(token).replacing("~1", with: "/").replacing("~0", with: "~")
                : String(token)
            if let index = Int(name), !name.isEmpty {
                result += "[\(index)]"
            } else {
                result += result.isEmpty ? name : "." + name
            }
        }
        return result.isEmpty ? "(document)" : result
    }

    /// The member `key` of a mapping (absent when this is not a mapping).
    public subscript(key: String) -> Field {
        let place = FieldPlace(parent: self.place, key: key)
        guard let entry = node?.entry(forKey: key) else { return Field(node: nil, place: place, location: location) }
        return Field(node: entry.value, place: place, location: entry.value.location)
    }

    /// The element at `index` of a sequence.
    public subscript(index: Int) -> Field {
        let elements = node?.sequence ?? []
        let child = elements.indices.contains(index) ? elements[index] : nil
        return Field(node: child, place: FieldPlace(parent: place, index: index), location: child?.location ?? location)
    }

    /// The elements of a sequence (empty when absent or not a sequence).
    public var elements: [Field] {
        guard let nodes = node?.sequence else { return [] }
        var result: [Field] = []
        result.reserveCapacity(nodes.count)
        for (index, child) in nodes.enumerated() {
            result.append(Field(node: child, place: FieldPlace(parent: place, index: index), location: child.location))
        }
        return result
    }

    /// The keys of a mapping, in source order.
    public var keys: [String] { node?.mapping?.map(\.key) ?? [] }

    /// The members of a mapping, in source order (empty when absent or not a mapping): one
    /// pass, where looking each key up again would walk the mapping once per key.
    public var members: [(key: String, field: Field)] {
        guard let entries = node?.mapping else { return [] }
        return entries.map { entry in
            (
                entry.key,
                Field(
                    node: entry.value, place: FieldPlace(parent: place, key: entry.key), location: entry.value.location)
            )
        }
    }

    // MARK: Typed reads

    private func describeFound() -> String {
        guard let node else { return "nothing" }
        if let text = node.scalarText {
            return node.scalarStyle?.isUnquoted == true ? "'\(text)'" : "the quoted text \"\(text)\""
        }
        return "a \(node.kindName)"
    }

    private func describeFoundInChinese() -> String {
        guard let node else { return "空" }
        if let text = node.scalarText {
            return node.scalarStyle?.isUnquoted == true ? "'\(text)'" : "带引号的文本“\(text)”"
        }
        return node.sequence != nil ? "列表" : "映射"
    }

    private func invalid(_ zhType: String, _ enType: String) -> FieldProblem {
        FieldProblem { [self] in
            Message(
                zh: "\(path) 应为\(zhType)，实际为 \(describeFoundInChinese())",
                en: "\(path) should be \(enType), found \(describeFound())")
        }
    }

    /// The field as text (any scalar).
    public var text: FieldValue<String> {
        guard let node, !node.isNull else { return .missing }
        guard let text = node.scalarText else { return .invalid(invalid("文本", "text")) }
        return .value(text)
    }

    /// The field as a date `YYYY-MM-DD`; `2026-02-30` is invalid.
    public var date: FieldValue<Day> {
        guard let node, !node.isNull else { return .missing }
        guard let text = node.scalarText, let day = Day(text) else {
            return .invalid(invalid("日期（YYYY-MM-DD）", "a date YYYY-MM-DD"))
        }
        return .value(day)
    }

    /// The field as a boolean: unquoted `true`/`false` (also `True`, `TRUE`, ...).
    public var bool: FieldValue<Bool> {
        guard let node, !node.isNull else { return .missing }
        guard let text = node.scalarText, node.scalarStyle?.isUnquoted == true else {
            return .invalid(invalid("布尔值（true/false）", "a boolean true/false"))
        }
        switch text {
        case "true", "True", "TRUE": return .value(true)
        case "false", "False", "FALSE": return .value(false)
        default: return .invalid(invalid("布尔值（true/false）", "a boolean true/false"))
        }
    }

    /// The field as a decimal number (unquoted).
    public var number: FieldValue<Double> {
        guard let node, !node.isNull else { return .missing }
        guard let text = node.scalarText, node.scalarStyle?.isUnquoted == true, let value = Double(text),
            value.isFinite, !text.hasPrefix("0x"), !text.hasPrefix("+")
        else {
            return .invalid(invalid("数字", "a number"))
        }
        return .value(value)
    }

    /// The field as a whole number (unquoted).
    public var integer: FieldValue<Int> {
        switch number {
        case .missing: return .missing
        case .invalid(let message): return .invalid(message)
        case .value(let value):
            guard value == value.rounded(), abs(value) < 1e15 else {
                return .invalid(invalid("整数", "a whole number"))
            }
            return .value(Int(value))
        }
    }

    /// The field as a list of texts (a sequence of scalars).
    public var texts: FieldValue<[String]> {
        guard let node, !node.isNull else { return .missing }
        guard let items = node.sequence else { return .invalid(invalid("列表", "a list")) }
        var result: [String] = []
        for item in items {
            guard let text = item.scalarText else { return .invalid(invalid("文本列表", "a list of texts")) }
            result.append(text)
        }
        return .value(result)
    }

    /// The text value, or `nil` (no diagnostics; for lookups such as `type`).
    public var string: String? { text.value }
}

/// A field's place in the tree, as a chain of keys and indexes up to a root
/// pointer; shared by every field below it, turned into pointer text on demand.
private final class FieldPlace: Sendable {
    let parent: FieldPlace?
    /// The member name (unescaped), or `nil` for an element.
    let key: String?
    /// The element index, when `key` is `nil`.
    let index: Int
    /// The pointer text of a root place.
    let root: String

    init(pointer: String) {
        parent = nil
        key = nil
        index = 0
        root = pointer
    }

    init(parent: FieldPlace, key: String) {
        self.parent = parent
        self.key = key
        index = 0
        root = ""
    }

    init(parent: FieldPlace, index: Int) {
        self.parent = parent
        key = nil
        self.index = index
        root = ""
    }

    /// The RFC 6901 pointer: `~` and `/` in keys escaped as `~0` and `~1`.
    var pointer: String {
        var places: [FieldPlace] = []
        var current: FieldPlace? = self
        while let place = current, place.parent != nil {
            places.append(place)
            current = place.parent
        }
        var result = current?.root ?? ""
        for place in places.reversed() {
            result += "/"
            if let key = place.key {
                if key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) {
                    result += key.replacing("~", with: "~0").replacing("/", with: "~1")
                } else {
                    result += key
                }
            } else {
                result += String(place.index)
            }
        }
        return result
    }
}
