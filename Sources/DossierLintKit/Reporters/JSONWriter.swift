extension JSONWriter {
    /// A JSON value with ordered object keys, for the JSON and SARIF reporters.
    ///
    /// Objects keep their keys in the order written, so output is deterministic
    /// and follows the documented field order.
    indirect enum Value: Hashable, Sendable {
        /// `null`.
        case null
        /// `true` or `false`.
        case bool(Bool)
        /// An integer.
        case int(Int)
        /// A string.
        case string(String)
        /// An array.
        case array([Value])
        /// An object, its members in output order.
        case object([Member])

        /// A string, or `null` when `value` is `nil`.
        static func optional(_ value: String?) -> Value {
            value.map(Value.string) ?? .null
        }
    }

    /// One member of a JSON object.
    struct Member: Hashable, Sendable {
        /// The key.
        var key: String
        /// The value.
        var value: Value

        /// Creates a member.
        init(_ key: String, _ value: Value) {
            self.key = key
            self.value = value
        }
    }
}

/// Writes JSON values as text: two-space indentation, `"key": value`, one
/// member or element per line, empty arrays and objects as `[]` and `{}`.
///
/// Strings are escaped by hand: `"` and `\` get a backslash, characters below
/// U+0020 become `\u00XX`; everything else (Chinese included) is written as
/// UTF-8, unescaped.
enum JSONWriter {
    /// The pretty-printed text of `value`, with a trailing newline.
    static func write(_ value: Value) -> String {
        var output = ""
        write(value, indent: 0, into: &output)
        output.append("\n")
        return output
    }

    /// `text` as a JSON string literal, quotes included.
    static func quoted(_ text: String) -> String {
        var output = ""
        appendQuoted(text, into: &output)
        return output
    }

    private static func write(_ value: Value, indent: Int, into output: inout String) {
        switch value {
        case .null:
            output.append("null")
        case .bool(let flag):
            output.append(flag ? "true" : "false")
        case .int(let number):
            output.append(String(number))
        case .string(let text):
            appendQuoted(text, into: &output)
        case .array(let elements):
            guard !elements.isEmpty else {
                output.append("[]")
                return
            }
            output.append("[\n")
            for (index, element) in elements.enumerated() {
                appendIndent(indent + 1, into: &output)
                write(element, indent: indent + 1, into: &output)
                output.append(index == elements.count - 1 ? "\n" : ",\n")
            }
            appendIndent(indent, into: &output)
            output.append("]")
        case .object(let members):
            guard !members.isEmpty else {
                output.append("{}")
                return
            }
            output.append("{\n")
            for (index, member) in members.enumerated() {
                appendIndent(indent + 1, into: &output)
                appendQuoted(member.key, into: &output)
                output.append(": ")
                write(member.value, indent: indent + 1, into: &output)
                output.append(index == members.count - 1 ? "\n" : ",\n")
            }
            appendIndent(indent, into: &output)
            output.append("}")
        }
    }

    private static func appendIndent(_ level: Int, into output: inout String) {
        output.append(String(repeating: "  ", count: level))
    }

    private static func appendQuoted(_ text: String, into output: inout String) {
        output.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case _ where scalar.value < 0x20:
                output.append("\\u00")
                output.append(hexDigits[Int(scalar.value >> 4)])
                output.append(hexDigits[Int(scalar.value & 0xF)])
            default: output.unicodeScalars.append(scalar)
            }
        }
        output.append("\"")
    }

    private static let hexDigits: [Character] = Array("0123456789abcdef")
}
