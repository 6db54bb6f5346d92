import Foundation

/// The content of a generated dossier, written as YAML (`YAMLWriter`) or JSON (`JSONWriter`).
indirect enum Value {
    /// Text; YAML writes it plain when that is safe, else double-quoted.
    case text(String)
    /// Text that YAML must quote (codes such as "04.02", "01").
    case quoted(String)
    /// Text written single-quoted in YAML.
    case singleQuoted(String)
    /// A value followed by a `# comment` on its line (YAML only).
    case commented(Value, String)
    /// Multi-line text: a YAML `|` block scalar, a JSON string with `\n` escapes.
    case block(String)
    case number(String)
    case bool(Bool)
    case null
    case list([Value], flow: Bool)
    /// Entries whose key starts with `#` are comment lines (YAML only).
    case map([(String, Value)], flow: Bool)
}

func map(_ entries: [(String, Value)]) -> Value { .map(entries, flow: false) }
func flowMap(_ entries: [(String, Value)]) -> Value { .map(entries, flow: true) }
func list(_ items: [Value]) -> Value { .list(items, flow: false) }
func flowList(_ items: [Value]) -> Value { .list(items, flow: true) }
func texts(_ items: [String]) -> Value { .list(items.map { .text($0) }, flow: true) }
func codes(_ items: [String]) -> Value { .list(items.map { .quoted($0) }, flow: true) }
func comment(_ text: String) -> (String, Value) { ("# " + text, .null) }

/// Writes a `Value` as YAML: block mappings and sequences, flow where asked, comments, `|` blocks.
enum YAMLWriter {
    static func write(_ value: Value) -> String {
        var out = ""
        if case .map(let entries, _) = value { writeMap(entries, indent: 0, into: &out) }
        return out
    }

    static let indicators: Set<Character> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", " ",
    ]

    static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        if indicators.contains(first) || last == " " || last == ":" { return false }
        if text.contains(": ") || text.contains(" #") || text.contains("\n") || text.contains("\"") { return false }
        if inFlow && text.contains(where: { ",[]{}".contains($0) }) { return false }
        return true
    }

    /// A double-quoted scalar: YAML's escapes for these characters are JSON's.
    static func quoted(_ text: String) -> String {
        JSONWriter.string(text)
    }

    static func scalar(_ value: Value, inFlow: Bool) -> String {
        switch value {
        case .text(let text): return isPlainSafe(text, inFlow: inFlow) ? text : quoted(text)
        case .quoted(let text): return quoted(text)
        case .singleQuoted(let text): return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        case .commented(let value, _): return scalar(value, inFlow: inFlow)
        case .block(let text): return quoted(text)
        case .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .list(let items, _): return "[" + items.map { scalar($0, inFlow: true) }.joined(separator: ", ") + "]"
        case .map(let entries, _):
            return "{" + entries.map { "\($0.0): \(scalar($0.1, inFlow: true))" }.joined(separator: ", ") + "}"
        }
    }

    static func writeMap(_ entries: [(String, Value)], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for (key, value) in entries {
            if key.hasPrefix("#") {
                out += pad + key + "\n"
                continue
            }
            out += pad + key + ":"
            writeValue(value, indent: indent, into: &out)
        }
    }

    /// Writes what follows `key:` or `-`.
    static func writeValue(_ value: Value, indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .commented(let inner, let note):
            out += " " + scalar(inner, inFlow: false) + "  # " + note + "\n"
        case .block(let text):
            out += " |\n"
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                out += pad + "  " + line + "\n"
            }
        case .list(let items, let flow):
            if flow || items.isEmpty {
                out += " " + scalar(value, inFlow: true) + "\n"
                return
            }
            out += "\n"
            for item in items {
                switch item {
                case .map(let entries, false) where !entries.isEmpty:
                    var nested = ""
                    writeMap(entries, indent: indent + 4, into: &nested)
                    out += pad + "  - " + nested.dropFirst(indent + 4)
                case .list(_, false):
                    out += pad + "  -"
                    writeValue(item, indent: indent + 2, into: &out)
                default:
                    out += pad + "  - " + scalar(item, inFlow: false) + "\n"
                }
            }
        case .map(let entries, let flow):
            if flow || entries.isEmpty {
                out += " " + scalar(value, inFlow: true) + "\n"
                return
            }
            out += "\n"
            writeMap(entries, indent: indent + 2, into: &out)
        default:
            out += " " + scalar(value, inFlow: false) + "\n"
        }
    }
}

/// Writes a `Value` as JSON: two-space indentation, flow collections on one line.
enum JSONWriter {
    static func write(_ value: Value) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        return out + "\n"
    }

    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func inline(_ value: Value) -> String {
        var out = ""
        write(value, indent: -1, into: &out)
        return out
    }

    /// `indent` < 0 writes on one line.
    static func write(_ value: Value, indent: Int, into out: inout String) {
        switch value {
        case .text(let text), .quoted(let text), .singleQuoted(let text), .block(let text): out += string(text)
        case .commented(let inner, _): write(inner, indent: indent, into: &out)
        case .number(let text): out += text
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .list(let items, let flow):
            if items.isEmpty {
                out += "[]"
            } else if flow || indent < 0 {
                out += "[" + items.map(inline).joined(separator: ", ") + "]"
            } else {
                let pad = String(repeating: " ", count: indent + 2)
                out += "[\n"
                for (position, item) in items.enumerated() {
                    out += pad
                    write(item, indent: indent + 2, into: &out)
                    out += position == items.count - 1 ? "\n" : ",\n"
                }
                out += String(repeating: " ", count: indent) + "]"
            }
        case .map(let all, let flow):
            let entries = all.filter { !$0.0.hasPrefix("#") }
            if entries.isEmpty {
                out += "{}"
            } else if flow || indent < 0 {
                out += "{" + entries.map { string($0.0) + ": " + inline($0.1) }.joined(separator: ", ") + "}"
            } else {
                let pad = String(repeating: " ", count: indent + 2)
                out += "{\n"
                for (position, entry) in entries.enumerated() {
                    out += pad + string(entry.0) + ": "
                    write(entry.1, indent: indent + 2, into: &out)
                    out += position == entries.count - 1 ? "\n" : ",\n"
                }
                out += String(repeating: " ", count: indent) + "}"
            }
        }
    }
}
