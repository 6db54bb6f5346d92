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
        var writer = ArchiveWriter()
        write(node, into: &writer)
        return writer.text
    }

    /// The tree of an archive text; `nil` when the text is not one whole archive.
    public static func decode(_ text: String) -> Node? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = ArchiveReader(bytes)
            guard let node = read(&reader, depth: 0), reader.atEnd else { return nil }
            return node
        }
    }

    private static func write(_ node: Node, into writer: inout ArchiveWriter) {
        switch node.content {
        case .scalar(let text, let style):
            writer.byte(UInt8(ascii: "s"))
            writer.byte(UInt8(ascii: "a") + style.rawValue)  // fewer than 26 styles
            writer.location(node.location)
            writer.location(node.end)
            writer.text(text)
        case .sequence(let elements):
            writer.byte(UInt8(ascii: "q"))
            writer.location(node.location)
            writer.location(node.end)
            writer.number(elements.count, then: UInt8(ascii: ":"))
            for element in elements { write(element, into: &writer) }
        case .mapping(let entries):
            writer.byte(UInt8(ascii: "m"))
            writer.location(node.location)
            writer.location(node.end)
            writer.number(entries.count, then: UInt8(ascii: ":"))
            for entry in entries {
                writer.text(entry.key)
                writer.location(entry.keyLocation)
                write(entry.value, into: &writer)
            }
        }
    }

    /// Deeper than this is not a tree the parsers make (`SourceText.Limits.standard`).
    private static let depthLimit = SourceText.Limits.standard.maximumDepth + 1

    private static func read(_ reader: inout ArchiveReader, depth: Int) -> Node? {
        guard depth < depthLimit, let kind = reader.byte() else { return nil }
        switch kind {
        case UInt8(ascii: "s"):
            guard let letter = reader.byte(), let style = ScalarStyle(rawValue: letter &- UInt8(ascii: "a")),
                let start = reader.location(), let end = reader.location(), let text = reader.text()
            else { return nil }
            return Node(.scalar(text, style), at: start, end: end)
        case UInt8(ascii: "q"):
            guard let start = reader.location(), let end = reader.location(),
                let count = reader.number(until: UInt8(ascii: ":")), count <= reader.remaining
            else { return nil }
            var elements: [Node] = []
            elements.reserveCapacity(count)
            for _ in 0..<count {
                guard let element = read(&reader, depth: depth + 1) else { return nil }
                elements.append(element)
            }
            return Node(.sequence(elements), at: start, end: end)
        case UInt8(ascii: "m"):
            guard let start = reader.location(), let end = reader.location(),
                let count = reader.number(until: UInt8(ascii: ":")), count <= reader.remaining
            else { return nil }
            var entries: [MappingEntry] = []
            entries.reserveCapacity(count)
            for _ in 0..<count {
                guard let key = reader.text(), let keyLocation = reader.location(),
                    let value = read(&reader, depth: depth + 1)
                else { return nil }
                entries.append(MappingEntry(key: key, keyLocation: keyLocation, value: value))
            }
            return Node(.mapping(entries), at: start, end: end)
        default:
            return nil
        }
    }
}
