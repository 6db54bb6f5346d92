/// Why a file could not be read as a dossier tree.
public enum ParseErrorKind: Hashable, Sendable {
    /// The bytes are not UTF-8; the associated value names the encoding detected.
    case unsupportedEncoding(String)
    /// Malformed syntax.
    case syntax
    /// A YAML feature that dossiers do not use (anchors, aliases, tags, ...).
    case unsupportedFeature
    /// A key appears twice in one mapping.
    case duplicateKey
    /// The file or its nesting is larger than the limits allow.
    case limitExceeded
}

/// A located parse error, rendered like a compiler's:
/// `file:line:col: error: message`, then the source line and a caret.
public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, by kind.
    public var kind: ParseErrorKind
    /// The message, in English.
    public var message: String
    /// Where it went wrong.
    public var location: SourceLocation
    /// The file's display path, if known.
    public var file: String?
    /// The text of the offending line (without its line end), if known.
    public var sourceLine: String?

    /// Creates an error.
    public init(
        _ kind: ParseErrorKind, _ message: String, at location: SourceLocation, file: String? = nil,
        sourceLine: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.location = location
        self.file = file
        self.sourceLine = sourceLine
    }

    /// The one-line form `file:line:col: error: message`.
    public var headline: String {
        "\(file ?? "<input>"):\(location.line):\(location.column): error: \(message)"
    }

    /// The compiler-style rendering: headline, source line and a caret under the column.
    public var description: String {
        guard let sourceLine else { return headline }
        var caret = ""
        var column = 1
        for scalar in sourceLine.unicodeScalars {
            if column >= location.column { break }
            caret.append(scalar == "\t" ? "\t" : (scalar.isEastAsianWide ? "  " : " "))
            column += 1
        }
        return headline + "\n" + sourceLine + "\n" + caret + "^"
    }
}

extension Unicode.Scalar {
    /// Whether the scalar takes two columns in a terminal (CJK ideographs,
    /// Hangul, kana, full-width forms and CJK punctuation).
    var isEastAsianWide: Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
