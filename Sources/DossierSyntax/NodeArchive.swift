/// A parsed tree written as text that reads back far faster than its YAML: the
/// build step stores the compiled-in rule packs this way, so that starting the
/// program does not parse them again.
///
/// The text keeps everything a `Node` holds: every scalar's text and style, every
/// node's start and end, every key and where it starts. Each node is a kind, then
/// (a scalar's style,) its start and end as `line,column,` pairs, then its content:
///
/// - a scalar: `s`, its style (`a` + its raw value), then `length:` and the text's UTF-8 bytes;
/// - a sequence: `q`, then `count:` and the elements;
/// - a mapping: `m`, then `count:` and per entry `length:`, the key's bytes, the key's
///   `line,column,` and the value.
///
/// Numbers are decimal; lengths count UTF-8 bytes.
public enum NodeArchive {
    /// The archive text of `node`.
    public static func encode(_ node: Node) -> String {
        var bytes: [UInt8] = []
        write(node, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The tree of an archive text; `nil` when the text is not one whole archive.
    public static func decode(_ text: String) -> Node? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            guard let node = reader.node(depth: 0), reader.position == bytes.count else { return nil }
            return node
        }
    }

    private static func write(_ node: Node, into bytes: inout [UInt8]) {
        switch node.content {
        case .scalar(let text, let style):
            bytes.append(UInt8(ascii: "s"))
            write(style.rawValue, into: &bytes)
            write(node.location, into: &bytes)
            write(node.end, into: &bytes)
            write(text, into: &bytes)
        case .sequence(let elements):
            bytes.append(UInt8(ascii: "q"))
            write(node.location, into: &bytes)
            write(node.end, into: &bytes)
            writeCount(elements.count, into: &bytes)
            for element in elements { write(element, into: &bytes) }
        case .mapping(let entries):
            bytes.append(UInt8(ascii: "m"))
            write(node.location, into: &bytes)
            write(node.end, into: &bytes)
            writeCount(entries.count, into: &bytes)
            for entry in entries {
                write(entry.key, into: &bytes)
                write(entry.keyLocation, into: &bytes)
                write(entry.value, into: &bytes)
            }
        }
    }

    /// A style as one letter from `a` (there are fewer than 26).
    private static func write(_ style: UInt8, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "a") + style)
    }

    private static func write(_ location: SourceLocation, into bytes: inout [UInt8]) {
        bytes.append(contentsOf: String(location.line).utf8)
        bytes.append(UInt8(ascii: ","))
        bytes.append(contentsOf: String(location.column).utf8)
        bytes.append(UInt8(ascii: ","))
    }

    private static func writeCount(_ count: Int, into bytes: inout [UInt8]) {
        bytes.append(contentsOf: String(count).utf8)
        bytes.append(UInt8(ascii: ":"))
    }

    private static func write(_ text: String, into bytes: inout [UInt8]) {
        writeCount(text.utf8.count, into: &bytes)
        bytes.append(contentsOf: text.utf8)
    }

    /// Reads an archive; every read checks its bounds, and a malformed text gives `nil`.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        /// Deeper than this is not a tree the parsers make (`SourceText.Limits.standard`).
        static let depthLimit = SourceText.Limits.standard.maximumDepth + 1

        mutating func node(depth: Int) -> Node? {
            guard depth < Self.depthLimit, position < bytes.count else { return nil }
            let kind = bytes[position]
            position += 1
            switch kind {
            case UInt8(ascii: "s"):
                guard position < bytes.count, let style = ScalarStyle(rawValue: bytes[position] &- UInt8(ascii: "a"))
                else { return nil }
                position += 1
                guard let start = location(), let end = location(), let text = text() else { return nil }
                return Node(.scalar(text, style), at: start, end: end)
            case UInt8(ascii: "q"):
                guard let start = location(), let end = location(), let count = number(until: UInt8(ascii: ":")),
                    count <= bytes.count - position
                else { return nil }
                var elements: [Node] = []
                elements.reserveCapacity(count)
                for _ in 0..<count {
                    guard let element = node(depth: depth + 1) else { return nil }
                    elements.append(element)
                }
                return Node(.sequence(elements), at: start, end: end)
            case UInt8(ascii: "m"):
                guard let start = location(), let end = location(), let count = number(until: UInt8(ascii: ":")),
                    count <= bytes.count - position
                else { return nil }
                var entries: [MappingEntry] = []
                entries.reserveCapacity(count)
                for _ in 0..<count {
                    guard let key = text(), let keyLocation = location(), let value = node(depth: depth + 1) else {
                        return nil
                    }
                    entries.append(MappingEntry(key: key, keyLocation: keyLocation, value: value))
                }
                return Node(.mapping(entries), at: start, end: end)
            default:
                return nil
            }
        }

        /// A decimal number, then `terminator` (consumed).
        mutating func number(until terminator: UInt8) -> Int? {
            var value = 0
            var digits = 0
            while position < bytes.count, bytes[position] &- UInt8(ascii: "0") < 10 {
                guard digits < 18 else { return nil }
                value = value * 10 + Int(bytes[position] &- UInt8(ascii: "0"))
                digits += 1
                position += 1
            }
            guard digits > 0, position < bytes.count, bytes[position] == terminator else { return nil }
            position += 1
            return value
        }

        mutating func location() -> SourceLocation? {
            guard let line = number(until: UInt8(ascii: ",")), let column = number(until: UInt8(ascii: ",")) else {
                return nil
            }
            return SourceLocation(line: line, column: column)
        }

        mutating func text() -> String? {
            guard let length = number(until: UInt8(ascii: ":")), length <= bytes.count - position else { return nil }
            let slice = UnsafeBufferPointer(rebasing: bytes[position..<position + length])
            position += length
            return String(decoding: slice, as: UTF8.self)
        }
    }
}
