/// A JSON (RFC 8259) parser that scans UTF-8 bytes and records positions.
///
/// Strict: no trailing commas, comments, single quotes, leading zeros, `NaN`
/// or `Infinity`; control characters in strings must be escaped; `\u` escapes
/// must form valid scalars (a lone surrogate is an error); whitespace is only
/// space, tab, line feed and carriage return. A top-level scalar is allowed.
/// Duplicate keys in one object are an error. Nesting deeper than
/// `limits.maximumDepth` is refused without recursion, so hostile input cannot
/// overflow the stack.
///
/// Every node gets its 1-based start and end line and column (columns in
/// Unicode scalars; the end is the position just after the node).
/// Numbers are kept as written (`1.50` stays `1.50`).
public enum JSONParser {
    /// Parses a whole JSON text into a located tree.
    public static func parse(_ bytes: [UInt8], limits: SourceText.Limits = .standard) throws(ParseError) -> Node {
        if bytes.count > limits.maximumBytes {
            throw ParseError(
                .limitExceeded, "input is \(bytes.count) bytes; the limit is \(limits.maximumBytes) bytes",
                at: .start)
        }
        let result: Result<Node, ParseError> = bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer, limits: limits)
            do throws(ParseError) {
                return .success(try scanner.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

// MARK: - Scanner

/// An open array or object while its members are being read.
private struct JSONFrame {
    /// Whether this is an object (else an array).
    var isObject: Bool
    /// The location of the opening bracket.
    var location: SourceLocation
    /// Where its members read so far start: in the scanner's `openEntries` for an object, in
    /// its `openElements` for an array (see `CollectionStack`).
    var start: Int
    /// The key whose value is being read (objects).
    var key: String = ""
    /// Where that key starts.
    var keyLocation: SourceLocation = .start
    /// Index of keys to entry positions, built once an object grows large.
    var keyIndex: [UTF8Key: Int]? = nil
    /// Where this object's keys start in the scanner's `keyRanges`.
    var keyBase = 0

    /// Objects with at most this many members are checked for duplicates by a linear
    /// scan (comparing bytes, see `JSONScanner.indexOfKey`); larger ones use `keyIndex`.
    static let linearKeyLimit = 32

    /// Appends the member whose key is pending to the object's members, the top of `members`.
    mutating func appendMember(_ value: Node, to members: CollectionStack<MappingEntry>) {
        members.push(MappingEntry(key: key, keyLocation: keyLocation, value: value))
        let count = members.count - start
        if keyIndex != nil {
            keyIndex![UTF8Key(key)] = count - 1
        } else if count > JSONFrame.linearKeyLimit {
            var index = [UTF8Key: Int](minimumCapacity: count * 2)
            for (position, entry) in members.elements(from: start).enumerated() { index[UTF8Key(entry.key)] = position }
            keyIndex = index
        }
    }

    var kindName: String { isObject ? "object" : "array" }
}

private struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let end: Int
    let maximumDepth: Int
    let maximumKeys: Int
    let maximumScalarBytes: Int
    /// The read position.
    var position = 0
    /// The current line (1-based) and the offset where it starts.
    var line = 1
    var lineStart = 0
    /// A column already computed on the current line, to count columns incrementally.
    var columnOffset = 0
    var column = 1
    /// Whether the last string read had neither escapes nor non-ASCII bytes.
    var lastStringIsPlainASCII = false
    /// The source bytes of the keys of the open objects (offset and length of the
    /// text between the quotes; length -1 when the key is not plain ASCII), so
    /// duplicate keys are found by comparing bytes rather than strings.
    var keyRanges: [(offset: Int, length: Int)] = []
    /// The keys met before, on this thread (see `KeyTable`).
    let keyTable = KeyTable.forThisThread
    /// The members of the objects being read (see `CollectionStack`).
    let openEntries = CollectionStack<MappingEntry>(capacity: 64)
    /// The elements of the arrays being read (see `CollectionStack`).
    let openElements = CollectionStack<Node>(capacity: 32)

    init(_ bytes: UnsafeBufferPointer<UInt8>, limits: SourceText.Limits) {
        self.bytes = bytes
        self.end = bytes.count
        self.maximumDepth = limits.maximumDepth
        self.maximumKeys = limits.maximumKeysPerMapping
        self.maximumScalarBytes = limits.maximumScalarBytes
    }

    /// Refuses a string value longer than the limit, at its opening quote.
    func checkScalarLength(_ text: String, at start: Int) throws(ParseError) {
        let count = text.utf8.count
        if count > maximumScalarBytes {
            throw error(
                "a string of \(count) bytes is longer than the limit of \(maximumScalarBytes) bytes", at: start,
                kind: .limitExceeded)
        }
    }

    // MARK: Positions

    /// The location of `offset`, which must be on the current line at or after
    /// the last location computed (true for every token start).
    @inline(__always)
    mutating func location(_ offset: Int) -> SourceLocation {
        let count = column + UTF8Encoding.scalarCount(in: bytes, from: columnOffset, to: offset)
        columnOffset = offset
        column = count
        return SourceLocation(line: line, column: count)
    }

    /// The location of any offset (for errors): counts lines when the offset is
    /// before the current line.
    func anyLocation(_ offset: Int) -> SourceLocation {
        let offset = min(max(offset, 0), end)
        if offset >= lineStart {
            return SourceLocation(
                line: line, column: SourceText.column(in: bytes, lineStart: lineStart, offset: offset))
        }
        return SourceText.location(ofOffset: offset, in: bytes)
    }

    /// The offset just after the last non-whitespace byte, where "unexpected end" errors point.
    func endOfContent() -> Int {
        var index = end
        while index > 0 {
            let byte = bytes[index - 1]
            if byte == ASCII.space || byte == ASCII.tab || byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
                index -= 1
            } else {
                break
            }
        }
        return index
    }

    /// Moves past `count` ASCII bytes, keeping the column cache in step when it
    /// is at the read position (so most locations cost nothing to compute).
    @inline(__always)
    mutating func advanceASCII(_ count: Int) {
        if columnOffset == position {
            column &+= count
            columnOffset = position &+ count
        }
        position &+= count
    }

    @inline(__always)
    mutating func skipWhitespace() {
        var index = position
        var sawLineFeed = false
        while index < end {
            let byte = bytes[index]
            if byte > ASCII.space { break }
            if byte == ASCII.space || byte == ASCII.tab {
                index &+= 1
            } else if byte == ASCII.carriageReturn {
                // A CR alone ends a line too (as for `SourceText`); in CR LF the LF does.
                index &+= 1
                if index < end && bytes[index] == ASCII.lineFeed { continue }
                line &+= 1
                lineStart = index
                sawLineFeed = true
            } else if byte == ASCII.lineFeed {
                index &+= 1
                line &+= 1
                lineStart = index
                sawLineFeed = true
            } else {
                break
            }
        }
        // Whitespace is ASCII: one column per byte.
        if sawLineFeed {
            columnOffset = index
            column = 1 &+ (index &- lineStart)
        } else if columnOffset == position {
            column &+= index &- position
            columnOffset = index
        }
        position = index
    }

    // MARK: Errors

    func error(_ message: String, at offset: Int, kind: ParseErrorKind = .syntax) -> ParseError {
        ParseError(kind, message, at: anyLocation(offset))
    }

    func describeOpen(_ frame: JSONFrame) -> String {
        "the \(frame.kindName) opened at line \(frame.location.line), column \(frame.location.column) is not closed"
    }

    func unexpectedEnd(_ stack: [JSONFrame], expecting: String) -> ParseError {
        if let frame = stack.last {
            return error("unexpected end of input; expected \(expecting); \(describeOpen(frame))", at: endOfContent())
        }
        return error("unexpected end of input; expected \(expecting)", at: endOfContent())
    }

    /// The length of the valid UTF-8 sequence at `index`, or 0 if it is invalid.
    @inline(__always)
    func utf8Length(at index: Int) -> Int {
        let b0 = bytes[index]
        if b0 < 0x80 { return 1 }
        if b0 < 0xC2 { return 0 }
        if b0 < 0xE0 {
            guard index + 1 < end, bytes[index + 1] & 0xC0 == 0x80 else { return 0 }
            return 2
        }
        if b0 < 0xF0 {
            guard index + 2 < end else { return 0 }
            let b1 = bytes[index + 1]
            let b2 = bytes[index + 2]
            guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return 0 }
            if b0 == 0xE0 && b1 < 0xA0 { return 0 }  // overlong
            if b0 == 0xED && b1 >= 0xA0 { return 0 }  // surrogate
            return 3
        }
        if b0 < 0xF5 {
            guard index + 3 < end else { return 0 }
            let b1 = bytes[index + 1]
            guard b1 & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80, bytes[index + 3] & 0xC0 == 0x80 else {
                return 0
            }
            if b0 == 0xF0 && b1 < 0x90 { return 0 }  // overlong
            if b0 == 0xF4 && b1 >= 0x90 { return 0 }  // above U+10FFFF
            return 4
        }
        return 0
    }

    /// The Unicode scalar at `index`, if the bytes there are valid UTF-8.
    func scalar(at index: Int) -> Unicode.Scalar? {
        guard index < end else { return nil }
        let length = utf8Length(at: index)
        guard length > 0 else { return nil }
        let b0 = UInt32(bytes[index])
        var value: UInt32
        switch length {
        case 1: value = b0
        case 2: value = b0 & 0x1F
        case 3: value = b0 & 0x0F
        default: value = b0 & 0x07
        }
        for k in 1..<length { value = value << 6 | UInt32(bytes[index + k] & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// A readable name for the character at `index`, for messages.
    func describe(at index: Int) -> String {
        guard index < end else { return "end of input" }
        let byte = bytes[index]
        guard let scalar = scalar(at: index) else {
            return "invalid UTF-8 byte 0x" + String(byte, radix: 16, uppercase: true)
        }
        switch scalar.value {
        case 0x00: return "a NUL character (U+0000)"
        case 0x09: return "a tab"
        case 0x0A: return "a line feed"
        case 0x0B: return "a vertical tab (U+000B)"
        case 0x0C: return "a form feed (U+000C)"
        case 0x0D: return "a carriage return"
        case 0x01...0x1F, 0x7F: return "control character \(UTF8Encoding.codePointName(scalar.value))"
        case 0x21...0x7E: return "'\(Character(scalar))'"
        case 0x00A0: return "a no-break space (U+00A0)"
        case 0x3000: return "a full-width space (U+3000)"
        case 0xFEFF: return "a byte order mark (U+FEFF)"
        case 0x2060: return "a word joiner (U+2060)"
        case 0x200B: return "a zero-width space (U+200B)"
        default:
            if scalar.properties.isWhitespace { return "whitespace \(UTF8Encoding.codePointName(scalar.value))" }
            return "'\(Character(scalar))' (\(UTF8Encoding.codePointName(scalar.value)))"
        }
    }

    /// A hint for characters people type by mistake, or "".
    func hint(at index: Int) -> String {
        guard let scalar = scalar(at: index) else { return "" }
        switch scalar.value {
        case 0x0B, 0x0C, 0x00A0, 0x3000, 0xFEFF, 0x2060, 0x200B:
            return "; JSON allows only space, tab, line feed and carriage return between tokens"
        case 0xFF0C: return "; use an ASCII comma ','"
        case 0xFF1A: return "; use an ASCII colon ':'"
        case 0x201C, 0x201D, 0xFF02: return "; use straight double quotes '\"'"
        case 0xFF3B, 0xFF3D, 0xFF5B, 0xFF5D, 0x3010, 0x3011: return "; use ASCII brackets"
        default:
            if scalar.properties.isWhitespace {
                return "; JSON allows only space, tab, line feed and carriage return between tokens"
            }
            return ""
        }
    }

    /// The run of word characters at `index` (for messages about bare words), at most 40 bytes.
    func word(at index: Int) -> String {
        var stop = index
        while stop < end && stop - index < 40 && ASCII.isWordByte(bytes[stop]) { stop += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<stop]), as: UTF8.self)
    }

    // MARK: Document

    mutating func parseDocument() throws(ParseError) -> Node {
        skipWhitespace()
        if position >= end {
            throw error("empty input; expected a JSON value", at: endOfContent())
        }
        var stack: [JSONFrame] = []
        var value = Node(.scalar("", .jsonNull), at: .start)

        readValue: while true {
            // A value must start here; whitespace is already skipped.
            guard position < end else { throw unexpectedEnd(stack, expecting: "a value") }
            let start = position
            let byte = bytes[start]
            switch byte {
            case ASCII.doubleQuote:
                let here = location(start)
                let text = try readString()
                try checkScalarLength(text, at: start)
                value = Node(.scalar(text, .doubleQuoted), at: here, end: location(position))
            case ASCII.leftBrace, ASCII.leftBracket:
                if stack.count >= maximumDepth {
                    throw error(
                        "nesting is deeper than the limit of \(maximumDepth) levels", at: start, kind: .limitExceeded)
                }
                let isObject = byte == ASCII.leftBrace
                let here = location(start)
                advanceASCII(1)
                skipWhitespace()
                if position < end && bytes[position] == (isObject ? ASCII.rightBrace : ASCII.rightBracket) {
                    advanceASCII(1)
                    value = Node(isObject ? .mapping([]) : .sequence([]), at: here, end: location(position))
                } else {
                    // Built in place on the stack, so the frame is never copied.
                    stack.append(
                        JSONFrame(
                            isObject: isObject, location: here,
                            start: isObject ? openEntries.count : openElements.count))
                    let top = stack.count - 1
                    if isObject {
                        stack[top].keyBase = keyRanges.count
                        try readKey(into: &stack[top])
                    }
                    continue readValue
                }
            case ASCII.minus, ASCII.zero...ASCII.nine:
                let here = location(start)
                let text = try readNumber()
                value = Node(.scalar(text, .jsonNumber), at: here, end: location(position))
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                let here = location(start)
                value = try readLiteral(at: here)
            default:
                throw valueError(at: start, stack: stack)
            }

            // A value is complete: attach it to the enclosing collection, closing
            // collections as long as their closing bracket follows.
            while let top = stack.indices.last {
                skipWhitespace()
                if stack[top].isObject {
                    if openEntries.count - stack[top].start >= maximumKeys {
                        throw ParseError(
                            .limitExceeded, "an object has more than the limit of \(maximumKeys) members",
                            at: stack[top].location)
                    }
                    stack[top].appendMember(value, to: openEntries)
                    guard position < end else { throw unexpectedEnd(stack, expecting: "',' or '}'") }
                    let next = bytes[position]
                    if next == ASCII.comma {
                        let comma = position
                        advanceASCII(1)
                        skipWhitespace()
                        if position < end && bytes[position] == ASCII.rightBrace {
                            throw error("trailing comma before '}'", at: comma)
                        }
                        try readKey(into: &stack[top])
                        continue readValue
                    } else if next == ASCII.rightBrace {
                        advanceASCII(1)
                        let frame = stack.removeLast()
                        keyRanges.removeSubrange(frame.keyBase...)
                        value = Node(
                            .mapping(openEntries.pop(from: frame.start)), at: frame.location, end: location(position))
                    } else {
                        throw error(
                            "expected ',' or '}' after object member, found \(describe(at: position))\(hint(at: position))",
                            at: position)
                    }
                } else {
                    openElements.push(value)
                    guard position < end else { throw unexpectedEnd(stack, expecting: "',' or ']'") }
                    let next = bytes[position]
                    if next == ASCII.comma {
                        let comma = position
                        advanceASCII(1)
                        skipWhitespace()
                        if position < end && bytes[position] == ASCII.rightBracket {
                            throw error("trailing comma before ']'", at: comma)
                        }
                        continue readValue
                    } else if next == ASCII.rightBracket {
                        advanceASCII(1)
                        let frame = stack.removeLast()
                        value = Node(
                            .sequence(openElements.pop(from: frame.start)), at: frame.location, end: location(position))
                    } else {
                        throw error(
                            "expected ',' or ']' after array element, found \(describe(at: position))\(hint(at: position))",
                            at: position)
                    }
                }
            }
            break readValue
        }

        skipWhitespace()
        if position < end && bytes[position] == ASCII.slash {
            throw error("comments are not allowed in JSON", at: position)
        }
        if position < end {
            throw error(
                "unexpected \(describe(at: position)) after the JSON value\(hint(at: position)); a file holds one value",
                at: position)
        }
        return value
    }

    /// The error for a byte that cannot start a value.
    func valueError(at index: Int, stack: [JSONFrame]) -> ParseError {
        let byte = bytes[index]
        switch byte {
        case ASCII.singleQuote:
            return error("strings must be in double quotes, not single quotes", at: index)
        case ASCII.slash:
            return error("comments are not allowed in JSON", at: index)
        case ASCII.plus:
            return error("invalid number: a leading '+' is not allowed", at: index)
        case ASCII.period:
            return error("invalid number: a number must start with a digit", at: index)
        case ASCII.comma:
            if let frame = stack.last, !frame.isObject, openElements.count == frame.start {
                return error("expected a value before ','", at: index)
            }
            return error("expected a value, found ','", at: index)
        default:
            return error("expected a value, found \(describe(at: index))\(hint(at: index))", at: index)
        }
    }

    // MARK: Keys

    /// Reads `"key" :` at the position (whitespace skipped) into the frame, and skips
    /// the whitespace after the colon.
    mutating func readKey(into frame: inout JSONFrame) throws(ParseError) {
        guard position < end else {
            throw error("unexpected end of input; expected a key; \(describeOpen(frame))", at: endOfContent())
        }
        let start = position
        let byte = bytes[start]
        guard byte == ASCII.doubleQuote else {
            switch byte {
            case ASCII.singleQuote:
                throw error("object keys must be in double quotes, not single quotes", at: start)
            case ASCII.slash:
                throw error("comments are not allowed in JSON", at: start)
            case _ where ASCII.isWordByte(byte) || byte == ASCII.minus:
                throw error("object keys must be strings in double quotes", at: start)
            default:
                throw error(
                    "expected a key in double quotes, found \(describe(at: start))\(hint(at: start))", at: start)
            }
        }
        let keyLocation = location(start)
        let key = try readString(asKey: true)
        let range = (offset: start + 1, length: lastStringIsPlainASCII ? position - start - 2 : -1)
        if let first = indexOfKey(key, range, in: frame) {
            let firstLocation = openEntries.elements(from: frame.start)[first].keyLocation
            throw ParseError(
                .duplicateKey,
                "duplicate key \"\(key)\"; it is first defined on line \(firstLocation.line), column \(firstLocation.column)",
                at: keyLocation)
        }
        frame.key = key
        frame.keyLocation = keyLocation
        keyRanges.append(range)
        skipWhitespace()
        guard position < end else {
            throw error(
                "unexpected end of input; expected ':' after object key; \(describeOpen(frame))", at: endOfContent())
        }
        guard bytes[position] == ASCII.colon else {
            throw error(
                "expected ':' after object key, found \(describe(at: position))\(hint(at: position))", at: position)
        }
        advanceASCII(1)
        skipWhitespace()
    }

    /// The position among `frame`'s members of an earlier key equal to `key`, if any.
    func indexOfKey(_ key: String, _ range: (offset: Int, length: Int), in frame: JSONFrame) -> Int? {
        if let keyIndex = frame.keyIndex { return keyIndex[UTF8Key(key)] }
        var k = frame.keyBase
        let stop = keyRanges.count
        while k < stop {
            let other = keyRanges[k]
            if range.length >= 0 && other.length >= 0 {
                // Both plain ASCII: equal exactly when their bytes are.
                if range.length == other.length
                    && memoryEqual(bytes.baseAddress! + range.offset, bytes.baseAddress! + other.offset, range.length)
                {
                    return k - frame.keyBase
                }
            } else if UTF8Key.same(openEntries.elements(from: frame.start)[k - frame.keyBase].key, key) {
                return k - frame.keyBase
            }
            k += 1
        }
        return nil
    }

    @inline(__always)
    func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var index = 0
        while index < count {
            if a[index] != b[index] { return false }
            index += 1
        }
        return true
    }

    // MARK: Strings

    /// Reads a string at the opening quote and returns its value.
    ///
    /// A key without escapes (`asKey`) is the same string as for the same bytes before (see
    /// `KeyTable`).
    @inline(__always)
    mutating func readString(asKey: Bool = false) throws(ParseError) -> String {
        let open = position
        let contentStart = open + 1
        var index = contentStart
        // Bytes that do not start a scalar (continuation bytes), to keep columns in step.
        var continuationBytes = 0
        while index < end {
            let byte = bytes[index]
            if byte == ASCII.doubleQuote {
                position = index &+ 1
                lastStringIsPlainASCII = continuationBytes == 0
                if columnOffset == open {
                    column &+= position &- open &- continuationBytes
                    columnOffset = position
                }
                let text = UnsafeBufferPointer(rebasing: bytes[contentStart..<index])
                return asKey ? keyTable.key(text, hash: text.wordHash) : String(decoding: text, as: UTF8.self)
            }
            if byte < 0x80 {
                if byte == ASCII.backslash {
                    return try readEscapedString(open: open, stop: index)
                }
                if byte < 0x20 { throw controlCharacterError(at: index, open: open) }
                index += 1
            } else {
                let length = utf8Length(at: index)
                if length == 0 { throw invalidUTF8Error(at: index) }
                index &+= length
                continuationBytes &+= length &- 1
            }
        }
        throw error("unterminated string", at: open)
    }

    /// The slow path: a string with escapes, the content before `stop` already checked.
    mutating func readEscapedString(open: Int, stop: Int) throws(ParseError) -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(stop - open + 32)
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(open + 1)..<stop]))
        var index = stop
        while index < end {
            let byte = bytes[index]
            if byte == ASCII.doubleQuote {
                position = index + 1
                lastStringIsPlainASCII = false
                return String(decoding: buffer, as: UTF8.self)
            }
            if byte == ASCII.backslash {
                guard index + 1 < end else { break }
                let escaped = bytes[index + 1]
                switch escaped {
                case ASCII.doubleQuote, ASCII.backslash, ASCII.slash: buffer.append(escaped)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"):
                    let first = try readHex4(at: index)
                    var scalarValue = first
                    var length = 6
                    if first >= 0xD800 && first <= 0xDBFF {
                        guard index + 7 < end, bytes[index + 6] == ASCII.backslash,
                            bytes[index + 7] == UInt8(ascii: "u")
                        else {
                            throw error(
                                "lone surrogate \\u\(UTF8Encoding.codePointName(first).dropFirst(2)) in string: a high surrogate must be followed by a \\u escape of a low surrogate (DC00–DFFF)",
                                at: index)
                        }
                        let second = try readHex4(at: index + 6)
                        guard second >= 0xDC00 && second <= 0xDFFF else {
                            throw error(
                                "lone surrogate \\u\(UTF8Encoding.codePointName(first).dropFirst(2)) in string: it is followed by \\u\(UTF8Encoding.codePointName(second).dropFirst(2)), not by a low surrogate (DC00–DFFF)",
                                at: index)
                        }
                        scalarValue = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                        length = 12
                    } else if first >= 0xDC00 && first <= 0xDFFF {
                        throw error(
                            "lone surrogate \\u\(UTF8Encoding.codePointName(first).dropFirst(2)) in string: a low surrogate must follow a high surrogate (D800–DBFF)",
                            at: index)
                    }
                    UTF8Encoding.append(scalarValue, to: &buffer)
                    index += length
                    continue
                default:
                    throw error(
                        "invalid escape \(describeEscape(at: index + 1)) in string; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX",
                        at: index)
                }
                index += 2
            } else if byte < 0x80 {
                if byte < 0x20 { throw controlCharacterError(at: index, open: open) }
                buffer.append(byte)
                index += 1
            } else {
                let length = utf8Length(at: index)
                if length == 0 { throw invalidUTF8Error(at: index) }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                index += length
            }
        }
        throw error("unterminated string", at: open)
    }

    /// An invalid escape, `'\\x'` or `'\\' followed by a tab`, for messages.
    func describeEscape(at index: Int) -> String {
        if let scalar = scalar(at: index), scalar.value > 0x20, scalar.value != 0x7F, !scalar.properties.isWhitespace {
            return "'\\\(Character(scalar))'"
        }
        return "'\\' followed by \(describe(at: index))"
    }

    /// The four hex digits of the `\u` escape whose backslash is at `index`.
    func readHex4(at index: Int) throws(ParseError) -> UInt32 {
        var value: UInt32 = 0
        var k = index + 2
        while k < index + 6 {
            guard k < end else { throw error("invalid \\u escape: expected four hex digits after \\u", at: index) }
            guard let digit = ASCII.hexDigitValue(bytes[k]) else {
                throw error("invalid \\u escape: expected four hex digits after \\u", at: index)
            }
            value = value << 4 | UInt32(digit)
            k += 1
        }
        return value
    }

    func controlCharacterError(at index: Int, open: Int) -> ParseError {
        switch bytes[index] {
        case ASCII.lineFeed, ASCII.carriageReturn:
            return error("unterminated string (a line break inside a string must be written as \\n)", at: open)
        case ASCII.tab:
            return error("a tab inside a string must be written as \\t", at: index)
        default:
            let value = UInt32(bytes[index])
            let code = String(UTF8Encoding.codePointName(value).dropFirst(2))
            return error(
                "control character \(UTF8Encoding.codePointName(value)) inside a string must be written as \\u\(code)",
                at: index)
        }
    }

    func invalidUTF8Error(at index: Int) -> ParseError {
        error("invalid UTF-8 byte 0x\(String(bytes[index], radix: 16, uppercase: true)) in string", at: index)
    }

    // MARK: Numbers and literals

    /// Reads a number at the position and returns its text as written.
    mutating func readNumber() throws(ParseError) -> String {
        let start = position
        var index = start
        if bytes[index] == ASCII.minus {
            index += 1
            guard index < end, ASCII.isDigit(bytes[index]) else {
                if index < end && (bytes[index] == UInt8(ascii: "I") || bytes[index] == UInt8(ascii: "N")) {
                    throw error(
                        "'-\(word(at: index))' is not a JSON value; NaN and Infinity are not allowed", at: start)
                }
                throw error("invalid number: expected a digit after '-'", at: start)
            }
        }
        if bytes[index] == ASCII.zero {
            index += 1
            if index < end && ASCII.isDigit(bytes[index]) {
                throw error("invalid number: leading zeros are not allowed", at: start)
            }
        } else {
            while index < end && ASCII.isDigit(bytes[index]) { index += 1 }
        }
        if index < end && bytes[index] == ASCII.period {
            index += 1
            guard index < end, ASCII.isDigit(bytes[index]) else {
                throw error("invalid number: expected a digit after '.'", at: index - 1)
            }
            while index < end && ASCII.isDigit(bytes[index]) { index += 1 }
        }
        if index < end && (bytes[index] == ASCII.lowerE || bytes[index] == ASCII.upperE) {
            let exponent = index
            index += 1
            if index < end && (bytes[index] == ASCII.plus || bytes[index] == ASCII.minus) { index += 1 }
            guard index < end, ASCII.isDigit(bytes[index]) else {
                throw error("invalid number: expected a digit in the exponent", at: exponent)
            }
            while index < end && ASCII.isDigit(bytes[index]) { index += 1 }
        }
        if index < end {
            let next = bytes[index]
            if ASCII.isWordByte(next) || next == ASCII.period || next == ASCII.plus || next == ASCII.minus {
                var stop = index
                while stop < end && stop - start < 40
                    && (ASCII.isWordByte(bytes[stop]) || bytes[stop] == ASCII.period || bytes[stop] == ASCII.plus
                        || bytes[stop] == ASCII.minus)
                {
                    stop += 1
                }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self)
                throw error("invalid number '\(text)'", at: start)
            }
        }
        advanceASCII(index - start)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    /// Reads `true`, `false` or `null` at the position.
    mutating func readLiteral(at here: SourceLocation) throws(ParseError) -> Node {
        let start = position
        var stop = start
        while stop < end && ASCII.isWordByte(bytes[stop]) { stop += 1 }
        let length = stop - start
        @inline(__always) func matches(_ text: StaticString) -> Bool {
            guard text.utf8CodeUnitCount == length else { return false }
            let pointer = text.utf8Start
            for k in 0..<length where pointer[k] != bytes[start + k] { return false }
            return true
        }
        if matches("true") {
            advanceASCII(stop - start)
            return Node(.scalar("true", .jsonBoolean), at: here, end: location(position))
        }
        if matches("false") {
            advanceASCII(stop - start)
            return Node(.scalar("false", .jsonBoolean), at: here, end: location(position))
        }
        if matches("null") {
            advanceASCII(stop - start)
            return Node(.scalar("null", .jsonNull), at: here, end: location(position))
        }
        let text = word(at: start)
        switch text.lowercased() {
        case "true", "false", "null":
            throw error("'\(text)' is not a JSON value; write '\(text.lowercased())' in lower case", at: start)
        case "nan", "infinity", "inf":
            throw error("'\(text)' is not a JSON value; NaN and Infinity are not allowed", at: start)
        case "none", "nil", "undefined":
            throw error("'\(text)' is not a JSON value; write 'null'", at: start)
        default:
            throw error("unexpected word '\(text)'; strings must be in double quotes", at: start)
        }
    }
}
