import DossierSyntax

extension JSONWriter {
    /// A JSON value with ordered object keys, for every JSON output.
    ///
    /// Objects keep their keys in the order written, so output is deterministic
    /// and follows the documented field order.
    indirect enum Value: Hashable, Sendable {
        /// `null`.
        case null
        /// `true` or `false`.
        case bool(Bool)
        /// A number, as written (`4`, `2.5`).
        case number(String)
        /// A string.
        case string(String)
        /// An array.
        case array([Value])
        /// An object, its members in output order.
        case object([Member])
        /// `value` on one line (`{"a": 1, "b": [2, 3]}`), however deep it sits
        /// in an indented document.
        case oneLine(Value)
        /// An array whose elements are written elsewhere, piece by piece: see
        /// `JSONWriter.split(_:elements:)`. At most one per document.
        case spliced

        /// An integer.
        static func int(_ value: Int) -> Value { .number(String(value)) }

        /// A string, or `null` when `value` is `nil`.
        static func optional(_ value: String?) -> Value {
            value.map(Value.string) ?? .null
        }

        /// An object whose members are written as a literal: `.object(["a": .int(1)])`.
        static func object(_ members: KeyValuePairs<String, Value>) -> Value {
            .object(members.map { Member($0.key, $0.value) })
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
/// member or element per line, empty arrays and objects as `[]` and `{}`;
/// a `.oneLine` value as `{"key": value, …}` and `[value, …]` on one line.
///
/// Strings are escaped by `Escaping.appendJSONString`: `"` and `\` get a
/// backslash, control characters become `\u00XX` (or, with `.named`, `\n`,
/// `\t`, `\r` where JSON has a name); everything else (Chinese included) is
/// written as UTF-8, unescaped.
enum JSONWriter {
    /// The indented text of `value`, with a trailing newline.
    static func write(_ value: Value, controls: Escaping.JSONControls = .hexadecimal) -> String {
        var writer = Writer(controls: controls)
        writer.write(value, indent: 0)
        writer.emit("\n")
        return writer.text
    }

    /// The text of a document holding one `.spliced` array of `elements` elements, cut
    /// where those elements go: `head` ends just before the first element (after `[` and
    /// its line end), `tail` starts just after the last one; `depth` is the elements'
    /// indentation level. Each element is then written with `element(_:depth:first:)`.
    /// With no elements, the array is `[]` and the whole text is in `head`.
    static func split(_ value: Value, elements: Int) -> (head: String, tail: String, depth: Int) {
        var writer = Writer(controls: .hexadecimal)
        writer.splicedCount = elements
        writer.write(value, indent: 0)
        writer.emit("\n")
        guard let cut = writer.splice else { return (writer.text, "", 0) }
        let head = String(decoding: writer.output[..<cut.offset], as: UTF8.self)
        let tail = String(decoding: writer.output[cut.offset...], as: UTF8.self)
        return (head, tail, cut.depth)
    }

    /// One element of a spliced array at indentation level `depth`, with the separator
    /// that goes before it unless it is the `first`.
    static func element(_ value: Value, depth: Int, first: Bool) -> String {
        var writer = Writer(controls: .hexadecimal)
        if !first { writer.emit(",\n") }
        writer.appendIndent(depth)
        writer.write(value, indent: depth)
        return writer.text
    }

    /// Elements of a spliced array written one after another into one text, each exactly as
    /// `element(_:depth:first:)` writes it: a report's part for one file, its findings made
    /// into bytes once, not into a string each.
    struct Elements {
        private var writer = Writer(controls: .hexadecimal)
        private let depth: Int
        private var first: Bool

        /// Elements at indentation level `depth`; `first` when none was written before them.
        init(depth: Int, first: Bool) {
            self.depth = depth
            self.first = first
        }

        /// Appends `value`.
        mutating func append(_ value: Value) {
            startElement()
            writer.write(value, indent: depth)
        }

        /// Appends an object whose members `write` gives one by one: the text of the same
        /// `.object`, written without building it (a report writes one per finding).
        mutating func appendObject(_ write: (inout Members) -> Void) {
            startElement()
            Members.write(indent: depth, into: &writer, write)
        }

        /// The text written.
        var text: String { writer.text }
        /// The UTF-8 bytes of `text`.
        var bytes: [UInt8] { writer.output }

        private mutating func startElement() {
            if !first { writer.emit(",\n") }
            first = false
            writer.appendIndent(depth)
        }
    }

    /// The members of an object being written, in order, as `write(_:indent:)` writes an
    /// `.object` of them.
    struct Members {
        fileprivate var writer = Writer(controls: .hexadecimal)
        private let indent: Int
        private var count = 0

        fileprivate init(indent: Int) { self.indent = indent }

        /// Writes into `writer` the object at level `indent` whose members `write` gives (the
        /// members write into the writer's own bytes, swapped in and out).
        fileprivate static func write(indent: Int, into writer: inout Writer, _ write: (inout Members) -> Void) {
            var members = Members(indent: indent)
            swap(&members.writer, &writer)
            write(&members)
            members.finish()
            swap(&members.writer, &writer)
        }

        /// A string member.
        mutating func string(_ key: StaticString, _ value: String) {
            self.key(key)
            Escaping.appendJSONString(value, controls: writer.controls, to: &writer.output)
        }

        /// A number member, an integer.
        mutating func int(_ key: StaticString, _ value: Int) {
            self.key(key)
            writer.output.appendDecimal(value)
        }

        /// A boolean member.
        mutating func bool(_ key: StaticString, _ value: Bool) {
            self.key(key)
            value ? writer.emit("true") : writer.emit("false")
        }

        /// A member whose value is `text` as it is: a number written already, or a placeholder
        /// its writer replaces later.
        mutating func raw(_ key: StaticString, _ text: String) {
            self.key(key)
            writer.emit(text: text)
        }

        /// An object member whose members `write` gives, written as `.object` writes them.
        mutating func object(_ key: StaticString, _ write: (inout Members) -> Void) {
            self.key(key)
            Members.write(indent: indent + 1, into: &writer, write)
        }

        /// An array member of `count` objects, the members of each given by `write` with the
        /// object's position, written as `.array` of `.object`s writes them.
        mutating func objects(_ key: StaticString, count: Int, _ write: (Int, inout Members) -> Void) {
            self.key(key)
            guard count > 0 else {
                writer.emit("[]")
                return
            }
            for position in 0..<count {
                writer.emit(position == 0 ? "[\n" : ",\n")
                writer.appendIndent(indent + 2)
                Members.write(indent: indent + 2, into: &writer) { write(position, &$0) }
            }
            writer.emit("\n")
            writer.appendIndent(indent + 1)
            writer.emit("]")
        }

        /// Writes `"key": ` on a line of its own. The keys are the program's literals, with
        /// nothing JSON escapes (as a debug build checks): written as they are.
        private mutating func key(_ key: StaticString) {
            assert(key.withUTF8Buffer { Escaping.hasNothingToEscapeInJSON($0) }, "a JSON key to escape")
            let opening = count == 0 ? UInt8(ascii: "{") : UInt8(ascii: ",")
            count += 1
            let spaces = 2 * (indent + 1)
            let length = 2 + spaces + 1 + key.utf8CodeUnitCount + 3
            guard length <= 256 else {
                writer.output.append(opening)
                writer.emit("\n")
                writer.appendIndent(indent + 1)
                writer.output.append(UInt8(ascii: "\""))
                writer.emit(key)
                writer.emit("\": ")
                return
            }
            // The line's start made on the stack and appended in one piece: appending a piece
            // to the output costs some 100 instructions before its first byte.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { line in
                let start = line.baseAddress!
                start[0] = opening
                start[1] = UInt8(ascii: "\n")
                (start + 2).initialize(repeating: UInt8(ascii: " "), count: spaces)
                var end = start + 2 + spaces
                end.pointee = UInt8(ascii: "\"")
                end += 1
                key.withUTF8Buffer { text in
                    guard let base = text.baseAddress else { return }
                    end.initialize(from: base, count: text.count)
                    end += text.count
                }
                end[0] = UInt8(ascii: "\"")
                end[1] = UInt8(ascii: ":")
                end[2] = UInt8(ascii: " ")
                writer.output.append(contentsOf: UnsafeBufferPointer(start: start, count: length))
            }
        }

        fileprivate mutating func finish() {
            guard count > 0 else {
                writer.emit("{}")
                return
            }
            writer.emit("\n")
            writer.appendIndent(indent)
            writer.emit("}")
        }
    }

    /// The text being written, and how strings are escaped.
    fileprivate struct Writer {
        var controls: Escaping.JSONControls
        /// The UTF-8 written so far: bytes, not a `String`, as appending to a `String` costs
        /// several times more per piece.
        var output: [UInt8] = []
        /// The number of elements of the document's `.spliced` array.
        var splicedCount = 0
        /// Where the `.spliced` array's elements go: a byte offset in `output`, and their depth.
        var splice: (offset: Int, depth: Int)?

        /// The text written.
        var text: String { String(decoding: output, as: UTF8.self) }

        /// Appends a literal: its bytes where the program keeps them, not a `String` made of it
        /// (a literal passed as a `String` cost 150 instructions to append).
        mutating func emit(_ literal: StaticString) {
            literal.withUTF8Buffer { output.append(contentsOf: $0) }
        }

        /// Appends text as it is.
        mutating func emit(text: String) {
            var text = text
            text.withUTF8 { output.append(contentsOf: $0) }
        }

        /// Writes `value` whose first line is indented `indent` levels (`nil`: on one line).
        mutating func write(_ value: Value, indent: Int?) {
            switch value {
            case .null: emit("null")
            case .bool(let flag): flag ? emit("true") : emit("false")
            case .number(let text): emit(text: text)
            case .string(let text): Escaping.appendJSONString(text, controls: controls, to: &output)
            case .array(let elements):
                let element: (Int) -> Value = { elements[$0] }
                writeItems(count: elements.count, element, "[", "]", indent: indent) {
                    writer, element, inner in
                    writer.write(element, indent: inner)
                }
            case .object(let members):
                let member: (Int) -> Member = { members[$0] }
                writeItems(count: members.count, member, "{", "}", indent: indent) { writer, member, inner in
                    Escaping.appendJSONString(member.key, controls: writer.controls, to: &writer.output)
                    writer.emit(": ")
                    writer.write(member.value, indent: inner)
                }
            case .oneLine(let inner):
                write(inner, indent: nil)
            case .spliced:
                guard splicedCount > 0, let indent else {
                    emit("[]")
                    return
                }
                emit("[\n")
                splice = (output.count, indent + 1)
                emit("\n")
                appendIndent(indent)
                emit("]")
            }
        }

        /// Writes `items` between `open` and `close`: one per line, one level
        /// deeper than `indent`, or with `indent` `nil` on one line, separated
        /// by `, `; no items as `open` and `close` alone.
        mutating func writeItems<Item>(
            count: Int, _ item: (Int) -> Item, _ open: StaticString, _ close: StaticString, indent: Int?,
            writeItem: (inout Writer, Item, _ indent: Int?) -> Void
        ) {
            emit(open)
            guard let indent else {
                for index in 0..<count {
                    if index > 0 { emit(", ") }
                    writeItem(&self, item(index), nil)
                }
                emit(close)
                return
            }
            guard count > 0 else {
                emit(close)
                return
            }
            emit("\n")
            for index in 0..<count {
                appendIndent(indent + 1)
                writeItem(&self, item(index), indent + 1)
                index == count - 1 ? emit("\n") : emit(",\n")
            }
            appendIndent(indent)
            emit(close)
        }

        /// Appends two spaces a level, copied from a literal of spaces.
        mutating func appendIndent(_ level: Int) {
            let spaces: StaticString = "                                "
            var left = 2 * level
            while left > 0 {
                let count = min(left, spaces.utf8CodeUnitCount)
                spaces.withUTF8Buffer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count])) }
                left -= count
            }
        }
    }
}
