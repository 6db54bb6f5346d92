/// The bytes of one input file, checked to be UTF-8, with helpers to turn
/// byte offsets into lines and columns.
public struct SourceText: Sendable {
    /// The display path of the file (as given by the user, or `<stdin>`).
    public let path: String
    /// The UTF-8 bytes, without a byte order mark.
    public let bytes: [UInt8]

    /// Limits that protect against hostile or accidental huge input.
    public struct Limits: Sendable {
        /// The largest file accepted, in bytes.
        public var maximumBytes: Int
        /// The deepest nesting of collections accepted.
        public var maximumDepth: Int

        /// Creates limits.
        public init(maximumBytes: Int = 16 << 20, maximumDepth: Int = 256) {
            self.maximumBytes = maximumBytes
            self.maximumDepth = maximumDepth
        }

        /// The default limits: 16 MiB and 256 levels.
        public static let standard = Limits()
    }

    /// Decodes raw file bytes: strips a UTF-8 byte order mark, and refuses
    /// UTF-16, UTF-32, GBK/GB18030 and other non-UTF-8 input with a message
    /// that names the encoding and says how to convert it.
    public init(path: String, data: [UInt8], limits: Limits = .standard) throws(ParseError) {
        self.path = path
        if data.count > limits.maximumBytes {
            throw ParseError(
                .limitExceeded,
                "file is \(data.count) bytes; the limit is \(limits.maximumBytes) bytes",
                at: .start, file: path)
        }
        var bytes = data
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            bytes.removeFirst(3)
        }
        if let encoding = EncodingSniffer.nonUTF8Encoding(of: bytes) {
            throw ParseError(
                .unsupportedEncoding(encoding.name),
                "file is encoded in \(encoding.name), not UTF-8; convert it first, e.g. `iconv -f \(encoding.iconvName) -t UTF-8 FILE > FILE.utf8`",
                at: encoding.location, file: path)
        }
        self.bytes = bytes
    }

    /// Creates a source from a string (already Unicode).
    public init(path: String, string: String) {
        self.path = path
        self.bytes = Array(string.utf8)
    }

    /// The location of a byte offset: 1-based line, and column in Unicode scalars.
    public func location(ofOffset offset: Int) -> SourceLocation {
        bytes.withUnsafeBufferPointer { SourceText.location(ofOffset: offset, in: $0) }
    }

    /// The location of a byte offset in `bytes` (clamped to `0...bytes.count`):
    /// counts lines from the start, so it is meant for errors, not for every node.
    static func location(ofOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < end {
            if bytes[index] == ASCII.lineFeed {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return SourceLocation(line: line, column: column(in: bytes, lineStart: lineStart, offset: end))
    }

    /// The 1-based column, in Unicode scalars, of `offset` on the line starting at `lineStart`.
    @inlinable
    public static func column(in bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, offset: Int) -> Int {
        var column = 1
        var index = lineStart
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column
    }

    /// The 1-based column, in Unicode scalars, of `offset` on the line starting at `lineStart`.
    public static func column(in bytes: [UInt8], lineStart: Int, offset: Int) -> Int {
        bytes.withUnsafeBufferPointer { column(in: $0, lineStart: lineStart, offset: offset) }
    }

    /// The text of a 1-based line, without its line end, or `nil` if there is no such line.
    public func line(_ number: Int) -> String? {
        var current = 1
        var start = 0
        var index = 0
        while index < bytes.count && current < number {
            if bytes[index] == 0x0A {
                current += 1
                start = index + 1
            }
            index += 1
        }
        guard current == number, start <= bytes.count else { return nil }
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        if end > start && bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Fills in the file name and source line of an error raised on this text.
    public func locate(_ error: ParseError) -> ParseError {
        var error = error
        if error.file == nil { error.file = path }
        if error.sourceLine == nil { error.sourceLine = line(error.location.line) }
        return error
    }
}

/// Detects encodings other than UTF-8.
enum EncodingSniffer {
    struct Detected {
        var name: String
        var iconvName: String
        var location: SourceLocation
    }

    static func nonUTF8Encoding(of bytes: [UInt8]) -> Detected? {
        if bytes.count >= 2 {
            if bytes.count >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0 {
                return Detected(name: "UTF-32LE", iconvName: "UTF-32LE", location: .start)
            }
            if bytes.count >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF {
                return Detected(name: "UTF-32BE", iconvName: "UTF-32BE", location: .start)
            }
            if bytes[0] == 0xFF && bytes[1] == 0xFE {
                return Detected(name: "UTF-16LE", iconvName: "UTF-16", location: .start)
            }
            if bytes[0] == 0xFE && bytes[1] == 0xFF {
                return Detected(name: "UTF-16BE", iconvName: "UTF-16", location: .start)
            }
            // UTF-16 without a byte order mark: ASCII text with every other byte zero.
            if bytes[0] != 0 && bytes[1] == 0 {
                return Detected(name: "UTF-16LE", iconvName: "UTF-16LE", location: .start)
            }
            if bytes[0] == 0 && bytes[1] != 0 {
                return Detected(name: "UTF-16BE", iconvName: "UTF-16BE", location: .start)
            }
        }
        // Validate UTF-8; on the first invalid sequence, guess GB18030/GBK when the
        // bytes form valid double-byte GBK pairs. Lines are counted only on failure.
        guard let problem = firstProblem(in: bytes) else { return nil }
        var line = 1
        var lineStart = 0
        for index in 0..<problem.offset where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        if problem.isNul {
            if let utf16 = utf16ByZeroBytes(bytes) { return utf16 }
            return Detected(
                name: "binary data (a NUL byte)", iconvName: "UTF-16",
                location: location(line, lineStart, problem.offset, bytes))
        }
        return guess(bytes, at: problem.offset, line: line, lineStart: lineStart)
    }

    /// The offset of the first NUL byte or of the first byte that does not start a
    /// valid UTF-8 sequence (overlong forms, surrogates and values above U+10FFFF
    /// included), or `nil` for valid UTF-8 without NUL bytes. ASCII runs are
    /// skipped eight bytes at a time.
    static func firstProblem(in bytes: [UInt8]) -> (offset: Int, isNul: Bool)? {
        bytes.withUnsafeBufferPointer { buffer -> (offset: Int, isNul: Bool)? in
            guard let base = buffer.baseAddress else { return nil }
            let count = buffer.count
            let high: UInt64 = 0x8080_8080_8080_8080
            let ones: UInt64 = 0x0101_0101_0101_0101
            var index = 0
            while index < count {
                while index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    // No byte ≥ 0x80, and (given that) no zero byte.
                    if word & high != 0 || (word &- ones) & ~word & high != 0 { break }
                    index += 8
                }
                guard index < count else { break }
                let byte = base[index]
                if byte < 0x80 {
                    if byte == 0 { return (index, true) }
                    index += 1
                    continue
                }
                let length: Int
                if byte & 0xE0 == 0xC0 && byte >= 0xC2 {
                    length = 2
                } else if byte & 0xF0 == 0xE0 {
                    length = 3
                } else if byte & 0xF8 == 0xF0 && byte <= 0xF4 {
                    length = 4
                } else {
                    return (index, false)
                }
                if index + length > count { return (index, false) }
                for k in 1..<length where base[index + k] & 0xC0 != 0x80 { return (index, false) }
                if length == 3 {
                    let second = base[index + 1]
                    if (byte == 0xE0 && second < 0xA0) || (byte == 0xED && second >= 0xA0) { return (index, false) }
                } else if length == 4 {
                    let second = base[index + 1]
                    if (byte == 0xF0 && second < 0x90) || (byte == 0xF4 && second >= 0x90) { return (index, false) }
                }
                index += length
            }
            return nil
        }
    }

    private static func location(_ line: Int, _ lineStart: Int, _ index: Int, _ bytes: [UInt8]) -> SourceLocation {
        SourceLocation(line: line, column: SourceText.column(in: bytes, lineStart: lineStart, offset: index))
    }

    /// UTF-16 without a byte order mark whose first character is not ASCII (so the
    /// check of the first two bytes missed it): the zero bytes of the ASCII
    /// characters later in the file all fall on the same side of their code units.
    private static func utf16ByZeroBytes(_ bytes: [UInt8]) -> Detected? {
        var even = 0
        var odd = 0
        for index in 0..<min(bytes.count, 1 << 16) where bytes[index] == 0 {
            if index & 1 == 0 { even += 1 } else { odd += 1 }
        }
        guard even + odd >= 2 else { return nil }
        if even == 0 { return Detected(name: "UTF-16LE", iconvName: "UTF-16LE", location: .start) }
        if odd == 0 { return Detected(name: "UTF-16BE", iconvName: "UTF-16BE", location: .start) }
        return nil
    }

    private static func guess(_ bytes: [UInt8], at index: Int, line: Int, lineStart: Int) -> Detected {
        if let utf16 = utf16ByZeroBytes(bytes) { return utf16 }
        // Count valid GBK double-byte pairs in the whole file.
        var pairs = 0
        var invalid = 0
        var k = 0
        while k < bytes.count {
            let lead = bytes[k]
            if lead < 0x80 {
                k += 1
                continue
            }
            if lead >= 0x81 && lead <= 0xFE && k + 1 < bytes.count {
                let trail = bytes[k + 1]
                if (trail >= 0x40 && trail <= 0x7E) || (trail >= 0x80 && trail <= 0xFE) {
                    pairs += 1
                    k += 2
                    continue
                }
                if trail >= 0x30 && trail <= 0x39 && k + 3 < bytes.count {  // GB18030 four-byte form
                    pairs += 1
                    k += 4
                    continue
                }
            }
            invalid += 1
            k += 1
        }
        let firstBadByte = location(line, lineStart, index, bytes)
        if pairs > 0 && invalid == 0 {
            return Detected(name: "GBK/GB18030", iconvName: "GB18030", location: firstBadByte)
        }
        return Detected(
            name: "an encoding other than UTF-8 (invalid UTF-8 byte)", iconvName: "GB18030", location: firstBadByte)
    }
}
