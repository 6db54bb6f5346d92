/// The syntax a file is written in.
public enum SourceFormat: String, Sendable, CaseIterable {
    /// JSON (RFC 8259).
    case json
    /// The YAML subset of the dossier format.
    case yaml

    /// The format for a file name: `.json` is JSON, anything else is YAML.
    /// Content that starts with `{` or `[` is read as JSON when the name says nothing.
    public static func detect(path: String, bytes: [UInt8]) -> SourceFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return .yaml }
        for byte in bytes {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D: continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): return .json
            default: return .yaml
            }
        }
        return .yaml
    }
}

/// A parsed file: its source and the root of its tree.
public struct Document: Sendable {
    /// The source the tree was parsed from.
    public let source: SourceText
    /// The format it was written in.
    public let format: SourceFormat
    /// The root node.
    public let root: Node

    /// The display path of the file.
    public var path: String { source.path }

    /// Parses bytes as JSON or YAML. Errors carry the file, line, column and source line.
    public init(
        path: String, data: [UInt8], format: SourceFormat? = nil, limits: SourceText.Limits = .standard
    ) throws(ParseError) {
        let source = try SourceText(path: path, data: data, limits: limits)
        try self.init(
            source: source, format: format ?? SourceFormat.detect(path: path, bytes: source.bytes), limits: limits)
    }

    /// Wraps a tree built in memory (examples, tests).
    public init(source: SourceText, format: SourceFormat, root: Node) {
        self.source = source
        self.format = format
        self.root = root
    }

    /// Parses an already decoded source.
    public init(source: SourceText, format: SourceFormat, limits: SourceText.Limits = .standard) throws(ParseError) {
        self.source = source
        self.format = format
        do {
            switch format {
            case .json: root = try JSONParser.parse(source.bytes, limits: limits)
            case .yaml: root = try YAMLParser.parse(source.bytes, limits: limits)
            }
        } catch {
            throw source.locate(error)
        }
    }
}
