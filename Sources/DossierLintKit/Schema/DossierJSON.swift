import DossierSyntax

/// A dossier's tree as JSON, its scalars typed the way an editor's YAML 1.2
/// reader (the YAML language server, a JSON Schema validator's YAML loader)
/// types them, so that a JSON Schema validator sees what the editor sees.
///
/// The dossier parser leaves scalars untyped; here an unquoted YAML scalar is
/// read with the YAML 1.2 core schema: `null`, `Null`, `NULL`, `~` or nothing
/// is null; `true`/`false` (also `True`, `TRUE` …) a boolean; `010`, `-3`,
/// `0o17`, `0x1F` an integer; `2.5`, `.5`, `1e3` a number; anything else
/// (`2026-03-01`, `no`, `04.02` quoted or not … ) text. Quoted and block
/// scalars are text. JSON input keeps its own types. `.inf` and `.nan`, which
/// JSON cannot hold, are written as text.
public enum DossierJSON {
    /// The JSON text of `root`, two-space indented, with a trailing newline.
    public static func text(of root: Node) -> String {
        JSONWriter.write(value(of: root))
    }

    static func value(of node: Node) -> JSONWriter.Value {
        switch node.content {
        case .sequence(let elements): return .array(elements.map(value(of:)))
        case .mapping(let entries): return .object(entries.map { JSONWriter.Member($0.key, value(of: $0.value)) })
        case .scalar(let text, let style):
            switch style {
            case .jsonNull: return .null
            case .jsonBoolean: return .bool(text == "true")
            case .jsonNumber: return .number(text)
            case .singleQuoted, .doubleQuoted, .literal, .folded: return .string(text)
            case .plain: return plain(text)
            }
        }
    }

    /// A plain YAML scalar read with the YAML 1.2 core schema.
    static func plain(_ text: String) -> JSONWriter.Value {
        if Node.isNull(text, .plain) { return .null }
        if let value = Node.boolean(text) { return .bool(value) }
        return number(text).map(JSONWriter.Value.number) ?? .string(text)
    }

    /// `text` as a JSON number when the core schema reads it as an integer or a
    /// finite float: `010` → `10`, `+5` → `5`, `0x1F` → `31`, `.5` → `0.5`, `1.` → `1.0`.
    static func number(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        if scalars.count > 2, scalars[0] == "0", scalars[1] == "o" || scalars[1] == "x" {
            let digits = String(String.UnicodeScalarView(scalars[2...]))
            guard let value = Int(digits, radix: scalars[1] == "o" ? 8 : 16), !digits.hasPrefix("+"),
                !digits.hasPrefix("-")
            else { return nil }
            return String(value)
        }
        var index = 0
        var sign = ""
        if index < scalars.count, scalars[index] == "-" || scalars[index] == "+" {
            if scalars[index] == "-" { sign = "-" }
            index += 1
        }
        func digits() -> String {
            var result = ""
            while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                result.unicodeScalars.append(scalars[index])
                index += 1
            }
            return result
        }
        var whole = digits()
        var fraction: String?
        if index < scalars.count, scalars[index] == "." {
            index += 1
            fraction = digits()
        }
        guard !whole.isEmpty || !(fraction ?? "").isEmpty else { return nil }
        var exponent = ""
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            index += 1
            var exponentSign = ""
            if index < scalars.count, scalars[index] == "-" || scalars[index] == "+" {
                if scalars[index] == "-" { exponentSign = "-" }
                index += 1
            }
            let exponentDigits = digits()
            guard !exponentDigits.isEmpty else { return nil }
            exponent = "e" + exponentSign + exponentDigits
        }
        guard index == scalars.count else { return nil }
        while whole.count > 1, whole.hasPrefix("0") { whole.removeFirst() }
        if whole.isEmpty { whole = "0" }
        if let fraction { return sign + whole + "." + (fraction.isEmpty ? "0" : fraction) + exponent }
        return sign + whole + exponent
    }
}
