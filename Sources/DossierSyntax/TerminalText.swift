/// Text made safe for a terminal, shared by the diagnostics of this module and
/// by the reporters (`Escaping.terminalControls` in the Kit calls it).
public enum TerminalText {
    /// `text` with C0 controls (except tab), DEL and C1 controls written as
    /// `\u{XX}`, so that a dossier's content or a file name cannot move the
    /// cursor, recolour a terminal or split one message over several lines.
    public static func escapingControls(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars { appendEscaping(scalar, to: &output) }
        return output
    }

    /// Appends `scalar`, escaped as `escapingControls` does.
    @inline(__always)
    public static func appendEscaping(_ scalar: Unicode.Scalar, to output: inout String) {
        if isControl(scalar) {
            output.append(escaped(scalar))
        } else {
            output.unicodeScalars.append(scalar)
        }
    }

    /// Whether `escapingControls` rewrites `scalar`.
    @inline(__always)
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09) || (0x7F...0x9F).contains(value)
    }

    /// The `\u{XX}` form of a control.
    static func escaped(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
}

/// A mapping key compared by its UTF-8 bytes: the one definition of key
/// equality of both parsers. Canonically equivalent spellings (an NFC and an
/// NFD "café") are different keys, as they are different bytes.
struct UTF8Key: Hashable {
    var string: String

    init(_ string: String) { self.string = string }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        a.string.utf8.elementsEqual(b.string.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Whether two keys are the same key (equal UTF-8 bytes).
    @inline(__always)
    static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.elementsEqual(b.utf8)
    }
}
