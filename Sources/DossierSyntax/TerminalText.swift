/// Text made safe for a terminal, shared by the diagnostics of this module and
/// by the reporters (`Escaping.terminalControls` in the Kit calls it).
public enum TerminalText {
    /// `text` with C0 controls (except tab), DEL and C1 controls written as
    /// `\u{XX}`, so that a dossier's content or a file name cannot move the
    /// cursor, recolour a terminal or split one message over several lines.
    ///
    /// A text with no control, as nearly every message and path is, is returned as it is: its
    /// bytes are looked at eight at a time first (a text rebuilt scalar by scalar cost some
    /// 200 instructions a character).
    public static func escapingControls(_ text: String) -> String {
        var text = text
        if text.withUTF8({ !holdsControl($0) }) { return text }
        var output = ""
        for scalar in text.unicodeScalars { appendEscaping(scalar, to: &output) }
        return output
    }

    /// Whether UTF-8 `bytes` hold a control that `escapingControls` rewrites: a byte below
    /// 0x20 but a tab, 0x7F (DEL), or 0xC2 followed by 0x80–0x9F (U+0080–U+009F, the C1
    /// controls). Words of eight bytes with none of the bytes below 0x20, 0x7F or 0xC2 are
    /// passed at once; from the first word with one, bytes are read one by one.
    package static func holdsControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = bytes.wordsPassed { word in
            ByteWord.below(0x20, word) | ByteWord.equal(0x7F, word) | ByteWord.equal(0xC2, word) == 0
        }
        while index < bytes.count {
            let byte = bytes[index]
            if (byte < 0x20 && byte != 0x09) || byte == 0x7F { return true }
            if byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] < 0xA0 { return true }
            index += 1
        }
        return false
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
