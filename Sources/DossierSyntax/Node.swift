/// How a scalar was written. The parser does not type scalars: `no`, `010`
/// and `2026-03-01` stay text until the dossier model reads them.
public enum ScalarStyle: UInt8, Hashable, Sendable {
    /// A YAML plain (unquoted) scalar.
    case plain
    /// A YAML single-quoted scalar.
    case singleQuoted
    /// A YAML or JSON double-quoted string.
    case doubleQuoted
    /// A YAML literal block scalar (`|`).
    case literal
    /// A YAML folded block scalar (`>`).
    case folded
    /// A JSON number, kept as written.
    case jsonNumber
    /// A JSON `true` or `false`.
    case jsonBoolean
    /// A JSON `null`.
    case jsonNull

    /// Whether the scalar was written without quotes, so that it may be read
    /// as a number, boolean or null.
    public var isUnquoted: Bool {
        switch self {
        case .plain, .jsonNumber, .jsonBoolean, .jsonNull: return true
        case .singleQuoted, .doubleQuoted, .literal, .folded: return false
        }
    }
}

/// One key of a mapping with its value.
public struct MappingEntry: Sendable {
    /// The key text.
    public var key: String
    /// Where the key starts.
    public var keyLocation: SourceLocation
    /// The value.
    public var value: Node

    /// Creates an entry.
    public init(key: String, keyLocation: SourceLocation, value: Node) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}

/// A node of the document tree, produced by the JSON and YAML parsers alike.
///
/// Every node knows where it starts and where it ends. Equality ignores
/// positions: two trees are equal when they hold the same values in the same
/// order, whatever their layout.
public struct Node: Sendable {
    /// The content of a node.
    public enum Content: Sendable {
        /// A scalar with its text and how it was written.
        case scalar(String, ScalarStyle)
        /// A sequence of nodes.
        case sequence([Node])
        /// A mapping, its entries in source order (keys are unique).
        case mapping([MappingEntry])
    }

    /// What the node holds.
    public var content: Content
    /// Where the node starts.
    public var location: SourceLocation
    /// Where the node ends: the position just after its last character.
    ///
    /// For a scalar, after its last character (a closing quote included; for
    /// a block scalar, the end of its last line of text); for a flow collection,
    /// after its closing bracket; for a block collection, the end of its last
    /// entry. An empty (implicit null) scalar ends where it starts.
    public var end: SourceLocation

    /// The node's source range, `location ..< end`.
    public var range: SourceRange {
        get { SourceRange(start: location, end: end) }
        set {
            location = newValue.start
            end = newValue.end
        }
    }

    /// Creates a node that ends where it starts (an empty range), for trees built in memory.
    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
        self.end = location
    }

    /// Creates a node with its start and end.
    public init(_ content: Content, at location: SourceLocation, end: SourceLocation) {
        self.content = content
        self.location = location
        self.end = end
    }

    /// The scalar text, or `nil` for a collection.
    public var scalarText: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// The scalar style, or `nil` for a collection.
    public var scalarStyle: ScalarStyle? {
        if case .scalar(_, let style) = content { return style }
        return nil
    }

    /// The elements of a sequence, or `nil`.
    public var sequence: [Node]? {
        if case .sequence(let nodes) = content { return nodes }
        return nil
    }

    /// The entries of a mapping, or `nil`.
    public var mapping: [MappingEntry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// Whether the node is a null: JSON `null`, or a YAML plain `null`, `Null`,
    /// `NULL`, `~` or empty scalar.
    public var isNull: Bool {
        guard case .scalar(let text, let style) = content else { return false }
        return Node.isNull(text, style)
    }

    /// Whether a scalar of `text` written in `style` is a null (see `isNull`).
    @inlinable
    public static func isNull(_ text: String, _ style: ScalarStyle) -> Bool {
        switch style {
        case .jsonNull: return true
        case .plain:
            // By byte count first: most scalars are neither empty, one byte nor four; and a
            // four-byte null starts with n or N.
            switch text.utf8.count {
            case 0: return true
            case 1: return text == "~"
            case 4:
                guard let first = text.utf8.first, first == UInt8(ascii: "n") || first == UInt8(ascii: "N") else {
                    return false
                }
                return text == "null" || text == "Null" || text == "NULL"
            default: return false
            }
        default: return false
        }
    }

    /// The boolean an unquoted scalar's `text` writes in the YAML 1.2 core schema: `true`,
    /// `True` or `TRUE`; `false`, `False` or `FALSE`; `nil` for any other text.
    ///
    /// Inlined: a short text equal to a literal is found by comparing the two words each is
    /// made of, a dozen instructions, where a call and a loop over the bytes cost some 200.
    @inlinable
    public static func boolean(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// The value for `key` in a mapping, or `nil`.
    public subscript(key: String) -> Node? {
        guard case .mapping(let entries) = content, let index = UTF8Key.index(of: key, in: entries) else { return nil }
        return entries[index].value
    }

    /// Whether two mapping keys are the same key: the same UTF-8 bytes, as a lookup compares them.
    public static func sameKey(_ a: String, _ b: String) -> Bool { UTF8Key.same(a, b) }

    /// The position of the entry for `key` among `entries` (a mapping's), or `nil`: keys are
    /// the same when their UTF-8 bytes are.
    public static func entryIndex(forKey key: String, in entries: [MappingEntry]) -> Int? {
        UTF8Key.index(of: key, in: entries)
    }

    /// The entry for `key` in a mapping, or `nil`.
    public func entry(forKey key: String) -> MappingEntry? {
        guard case .mapping(let entries) = content, let index = UTF8Key.index(of: key, in: entries) else { return nil }
        return entries[index]
    }

    /// A short name for the node's kind, for messages ("mapping", "sequence", "text").
    public var kindName: String {
        switch content {
        case .scalar: return isNull ? "null" : "scalar"
        case .sequence: return "sequence"
        case .mapping: return "mapping"
        }
    }
}

extension Node: Equatable {
    /// Compares content only; positions are ignored. Scalars compare their text
    /// and whether they were quoted (a quoted `"5"` is text, a plain `5` may be a number);
    /// mappings compare as sets of keys, whatever their order.
    public static func == (lhs: Node, rhs: Node) -> Bool {
        switch (lhs.content, rhs.content) {
        case (.scalar(let a, let styleA), .scalar(let b, let styleB)):
            if lhs.isNull && rhs.isNull { return true }
            return a == b && styleA.isUnquoted == styleB.isUnquoted
        case (.sequence(let a), .sequence(let b)):
            return a == b
        case (.mapping(let a), .mapping(let b)):
            guard a.count == b.count else { return false }
            for x in a {
                guard let y = b.first(where: { UTF8Key.same($0.key, x.key) }), x.value == y.value else { return false }
            }
            return true
        default:
            return false
        }
    }
}
