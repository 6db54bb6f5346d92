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
