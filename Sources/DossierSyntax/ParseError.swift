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

    /// The one-line form `file:line:col: error: message`, with control
    /// characters of the path and the message escaped (see `TerminalText`).
    public var headline: String {
        TerminalText.escapingControls(
            "\(file ?? "<input>"):\(location.line):\(location.column): error: \(message)")
    }

    /// The most characters of a source line a diagnostic shows.
    public static let sourceWindow = 120

    /// The compiler-style rendering: headline, source line and a caret under the column.
    /// The line's control characters are escaped, and a line longer than
    /// `sourceWindow` characters is cut to a window of at most that many around
    /// the column, with `…` on each cut side.
    public var description: String {
        guard let sourceLine else { return headline }
        let (shown, caret) = ParseError.excerpt(of: sourceLine, column: location.column)
        return headline + "\n" + shown + "\n" + caret
    }

    /// The part of `line` shown around the 1-based `column` (in Unicode scalars),
    /// and the caret line that points at it.
    static func excerpt(of line: String, column: Int, width: Int = sourceWindow) -> (line: String, caret: String) {
        let scalars = Array(line.unicodeScalars)
        let target = max(column - 1, 0)
        var start = 0
        var end = scalars.count
        if scalars.count > width {
            // `width` characters in all, the two `…` included.
            let inner = width - 2
            start = min(max(target - inner / 2, 0), scalars.count - inner)
            end = start + inner
        }
        var shown = start > 0 ? "…" : ""
        var caret = start > 0 ? " " : ""
        for index in start..<end {
            let scalar = scalars[index]
            let before = index < target
            if TerminalText.isControl(scalar) {
                let text = TerminalText.escaped(scalar)
                shown += text
                if before { caret += String(repeating: " ", count: text.count) }
            } else {
                shown.unicodeScalars.append(scalar)
                if before { caret += scalar == "\t" ? "\t" : (scalar.isEastAsianWide ? "  " : " ") }
            }
        }
        if end < scalars.count { shown += "…" }
        return (shown, caret + "^")
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
