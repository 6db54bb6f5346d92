import DossierSyntax

/// The escapers of every output syntax, so that each kind of text is escaped
/// one way in every writer: XML and HTML, Markdown table cells, terminal
/// output, GitHub workflow commands and JSON strings.
enum Escaping {
    // MARK: - XML and HTML

    /// `text` for an XML attribute value in double or single quotes (JUnit):
    /// `& < > " '` as entities, tab, line feed and carriage return as character
    /// references (so they survive attribute normalisation), other C0 controls
    /// and U+FFFE, U+FFFF (not allowed in XML 1.0) as U+FFFD.
    static func xmlAttribute(_ text: String) -> String {
        var output: [UInt8] = []
        appendXML(text, inAttribute: true, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// `text` for XML character data (JUnit): `& < >` as entities, carriage
    /// return as `&#13;`, tab and line feed kept, other C0 controls and U+FFFE,
    /// U+FFFF as U+FFFD.
    static func xmlText(_ text: String) -> String {
        var output: [UInt8] = []
        appendXML(text, inAttribute: false, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `text` escaped for XML (as `xmlAttribute` or `xmlText`), in UTF-8. What is
    /// escaped is ASCII, or U+FFFE and U+FFFF (`EF BF BE`, `EF BF BF`: `EF` only ever starts
    /// a character), so the text is escaped byte by byte.
    static func appendXML(_ text: String, inAttribute: Bool, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendXML(bytes: $0, inAttribute: inAttribute, to: &output) }
    }

    /// Appends UTF-8 `bytes` escaped for XML, as `appendXML(_:inAttribute:to:)`.
    static func appendXML(bytes: UnsafeBufferPointer<UInt8>, inAttribute: Bool, to output: inout [UInt8]) {
        if hasNothingToEscapeInXML(bytes) {
            output.append(contentsOf: bytes)
            return
        }
        // Runs of bytes that stay as they are are copied in one piece.
        var index = 0
        while index < bytes.count {
            let runStart = index
            while index < bytes.count && !mayEscape(bytes[index], inAttribute: inAttribute) { index += 1 }
            if index > runStart {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): output.append(contentsOf: "&apos;".utf8)
            case UInt8(ascii: "\t") where inAttribute: output.append(contentsOf: "&#9;".utf8)
            case UInt8(ascii: "\n") where inAttribute: output.append(contentsOf: "&#10;".utf8)
            case UInt8(ascii: "\r"): output.append(contentsOf: "&#13;".utf8)
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"): output.append(byte)
            case ..<0x20: output.append(contentsOf: "\u{FFFD}".utf8)
            case 0xEF where index + 1 < bytes.count && bytes[index] == 0xBF && bytes[index + 1] >= 0xBE:
                output.append(contentsOf: "\u{FFFD}".utf8)
                index += 2
            default: output.append(byte)
            }
        }
    }

    /// Whether `appendXML` looks at `byte` rather than copying it: a control, `& < >`, in an
    /// attribute `" '`, or `EF` (which may start U+FFFE or U+FFFF).
    @inline(__always)
    private static func mayEscape(_ byte: UInt8, inAttribute: Bool) -> Bool {
        byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0xEF
            || (inAttribute && (byte == 0x22 || byte == 0x27))
    }

    /// `text` for HTML, as text or as a double-quoted attribute value:
    /// `& < > "` as entities and `'` as `&#39;` (which every HTML version
    /// reads, unlike XML's `&apos;`); controls are kept. Works on Unicode
    /// scalars, so a mark followed by a combining mark (one character) is
    /// escaped too and cannot end an attribute value.
    static func html(_ text: String) -> String {
        if isPlain(text, { $0 != 0x26 && $0 != 0x3C && $0 != 0x3E && $0 != 0x22 && $0 != 0x27 }) { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    // MARK: - Markdown

    /// `text` for a cell of a Markdown table: `|` as `\|`, a line feed or a
    /// carriage return as a space (a CR LF pair as two). Works on Unicode
    /// scalars, so a `|` or a line break followed by a combining mark is
    /// escaped too and cannot end the cell or the row.
    static func markdownTableCell(_ text: String) -> String {
        if isPlain(text, { $0 != 0x7C && $0 != 0x0A && $0 != 0x0D }) { return text }
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "|": output += "\\|"
            case "\n", "\r": output += " "
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    // MARK: - Terminal and GitHub workflow commands

    /// `text` with C0 controls (except tab), DEL and C1 controls written as
    /// `\u{XX}`, so that a dossier's content cannot move the cursor, recolour a
    /// terminal or split one finding over several lines.
    /// The one implementation is `TerminalText.escapingControls` (DossierSyntax),
    /// which the parse diagnostics use too.
    static func terminalControls(_ text: String) -> String {
        TerminalText.escapingControls(text)
    }

    /// A workflow command's message (GitHub's `escapeData`): `%` → `%25`,
    /// CR → `%0D`, LF → `%0A`; other controls as in `terminalControls`, so a
    /// dossier cannot recolour the job log.
    static func workflowCommandData(_ text: String) -> String {
        workflowCommand(text, property: false)
    }

    /// A workflow command property's value (GitHub's `escapeProperty`): as
    /// `workflowCommandData`, and also `:` → `%3A`, `,` → `%2C`.
    static func workflowCommandProperty(_ text: String) -> String {
        workflowCommand(text, property: true)
    }

    private static func workflowCommand(_ text: String, property: Bool) -> String {
        // Most texts have nothing to escape: returned as they are, their bytes read once.
        var text = text
        let plain = text.withUTF8 { bytes in
            !TerminalText.holdsControl(bytes)
                && !bytes.contains {
                    $0 == UInt8(ascii: "%") || (property && ($0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ",")))
                }
        }
        if plain { return text }
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": output.append("%25")
            case "\r": output.append("%0D")
            case "\n": output.append("%0A")
            case ":" where property: output.append("%3A")
            case "," where property: output.append("%2C")
            default: TerminalText.appendEscaping(scalar, to: &output)
            }
        }
        return output
    }

    // MARK: - JSON

    /// How a JSON string writes control characters (below U+0020).
    enum JSONControls {
        /// All as `\u00XX` (the reporters, the audit report, configurations).
        case hexadecimal
        /// Line feed, tab and carriage return as `\n`, `\t` and `\r`, the others
        /// as `\u00XX` (rule documentation).
        case named
    }

    /// `text` as a JSON string literal, quotes included: `"` and `\` get a
    /// backslash, control characters are written as `controls` says, everything
    /// else (Chinese included) as it is.
    static func jsonString(_ text: String, controls: JSONControls = .hexadecimal) -> String {
        var output: [UInt8] = []
        appendJSONString(text, controls: controls, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal (see `jsonString`), in UTF-8. Only ASCII
    /// characters are escaped, and no byte of a multi-byte UTF-8 sequence is ASCII: the text
    /// is escaped byte by byte.
    static func appendJSONString(_ text: String, controls: JSONControls = .hexadecimal, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendJSONString(utf8: $0, controls: controls, to: &output) }
    }

    /// Appends the UTF-8 text `bytes` as a JSON string literal (see `appendJSONString(_:controls:to:)`).
    static func appendJSONString(
        utf8 bytes: UnsafeBufferPointer<UInt8>, controls: JSONControls = .hexadecimal, to output: inout [UInt8]
    ) {
        output.append(UInt8(ascii: "\""))
        if hasNothingToEscapeInJSON(bytes) {
            output.append(contentsOf: bytes)
        } else {
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                    output.append(UInt8(ascii: "\\"))
                    output.append(byte)
                case UInt8(ascii: "\n") where controls == .named: output.append(contentsOf: #"\n"#.utf8)
                case UInt8(ascii: "\t") where controls == .named: output.append(contentsOf: #"\t"#.utf8)
                case UInt8(ascii: "\r") where controls == .named: output.append(contentsOf: #"\r"#.utf8)
                case ..<0x20:
                    output.append(contentsOf: #"\u00"#.utf8)
                    output.append(hexDigits[Int(byte >> 4)])
                    output.append(hexDigits[Int(byte & 0xF)])
                default: output.append(byte)
                }
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Whether `bytes` hold no byte below 0x20, no `"` and no `\`: what a JSON string escapes.
    /// Eight bytes at a time (a finding's messages run to a hundred bytes and more), the rest
    /// one by one; a word is passed only when none of its bytes is one of those.
    static func hasNothingToEscapeInJSON(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let index = bytes.wordsPassed { word in
            ByteWord.below(0x20, word) | ByteWord.equal(0x22, word) | ByteWord.equal(0x5C, word) == 0
        }
        return index == bytes.count
            || bytes[index...].allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }
    }

    /// Whether `bytes` hold nothing XML escapes (see `isPlain`): words of eight bytes with no
    /// control byte, none of `& < > " '` and no 0xBF are passed at once, and the rest is read
    /// byte by byte from two bytes before it, so that a U+FFFE or U+FFFF (`EF BF BE`, `EF BF
    /// BF`, whose second byte no passed word holds) starting in the last passed word is seen.
    static func hasNothingToEscapeInXML(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let index = bytes.wordsPassed { word in
            ByteWord.below(0x20, word) | ByteWord.equal(0x26, word) | ByteWord.equal(0x3C, word)
                | ByteWord.equal(0x3E, word)
                | ByteWord.equal(0x22, word) | ByteWord.equal(0x27, word) | ByteWord.equal(0xBF, word) == 0
        }
        return isPlain(
            UnsafeBufferPointer(rebasing: bytes[max(0, index - 2)...]), rejectingNoncharacters: true, keepsInXML)
    }

    /// What XML keeps of an ASCII byte, in attributes and text alike.
    @inline(__always)
    private static func keepsInXML(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte != 0x26 && byte != 0x3C && byte != 0x3E && byte != 0x22 && byte != 0x27
    }

    // MARK: - Fast path

    /// Whether `text` has nothing to escape: every ASCII byte passes `keeps` (the escapers
    /// look only at ASCII characters, and no byte of a multi-byte UTF-8 sequence is ASCII),
    /// and, with `rejectingNoncharacters`, no U+FFFE or U+FFFF (UTF-8 `EF BF BE`, `EF BF BF`).
    /// Most texts pass, and are then written as they are, without a copy.
    @inline(__always)
    private static func isPlain(
        _ text: String, rejectingNoncharacters: Bool = false, _ keeps: (UInt8) -> Bool
    ) -> Bool {
        // Over the string's own bytes when it has them in one piece (native strings do):
        // walking `String.UTF8View` costs several times more per byte.
        if let plain = text.utf8.withContiguousStorageIfAvailable({
            isPlain($0, rejectingNoncharacters: rejectingNoncharacters, keeps)
        }) {
            return plain
        }
        return isPlain(text.utf8, rejectingNoncharacters: rejectingNoncharacters, keeps)
    }

    @inline(__always)
    private static func isPlain<Bytes: Sequence<UInt8>>(
        _ bytes: Bytes, rejectingNoncharacters: Bool, _ keeps: (UInt8) -> Bool
    ) -> Bool {
        var pending = 0  // bytes of `EF BF` seen just before
        for byte in bytes {
            if byte < 0x80 {
                guard keeps(byte) else { return false }
                pending = 0
            } else if rejectingNoncharacters {
                switch (pending, byte) {
                case (0, 0xEF): pending = 1
                case (1, 0xBF): pending = 2
                case (2, 0xBE), (2, 0xBF): return false
                case (_, 0xEF): pending = 1
                default: pending = 0
                }
            }
        }
        return true
    }
}
