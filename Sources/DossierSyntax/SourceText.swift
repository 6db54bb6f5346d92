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
        /// The most keys one mapping may have.
        public var maximumKeysPerMapping: Int
        /// The longest scalar value accepted, in bytes (after unescaping).
        public var maximumScalarBytes: Int

        /// Creates limits.
        public init(
            maximumBytes: Int = 16 << 20, maximumDepth: Int = 256, maximumKeysPerMapping: Int = 10_000,
            maximumScalarBytes: Int = 1 << 20
        ) {
            self.maximumBytes = maximumBytes
            self.maximumDepth = maximumDepth
            self.maximumKeysPerMapping = maximumKeysPerMapping
            self.maximumScalarBytes = maximumScalarBytes
        }

        /// The default limits: files of 16 MiB, 256 levels of nesting, 10,000 keys in
        /// a mapping, scalars of 1 MiB.
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
            guard let iconvName = encoding.iconvName else {
                throw ParseError(
                    .unsupportedEncoding(encoding.name),
                    "file contains a NUL byte at line \(encoding.location.line), column \(encoding.location.column); a dossier is UTF-8 text without NUL bytes",
                    at: encoding.location, file: path)
            }
            throw ParseError(
                .unsupportedEncoding(encoding.name),
                "file is encoded in \(encoding.name), not UTF-8; convert it first, e.g. `iconv -f \(iconvName) -t UTF-8 FILE > FILE.utf8`",
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
    /// A line ends at a LF, a CR LF or a CR alone (YAML 1.2's line breaks).
    static func location(ofOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        let (line, lineStart) = line(ofOffset: offset, in: bytes)
        let end = min(max(offset, 0), bytes.count)
        return SourceLocation(line: line, column: column(in: bytes, lineStart: lineStart, offset: end))
    }

    /// The 1-based line of a byte offset and the offset where that line starts.
    static func line(ofOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, lineStart: Int) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < end {
            if endsLine(bytes, at: index) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return (line, lineStart)
    }

    /// Whether the byte at `index` ends a line: a LF, or a CR not followed by a LF.
    @inline(__always)
    static func endsLine(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte == ASCII.lineFeed { return true }
        return byte == ASCII.carriageReturn && (index + 1 == bytes.count || bytes[index + 1] != ASCII.lineFeed)
    }

    /// The 1-based column, in Unicode scalars, of `offset` on the line starting at `lineStart`.
    public static func column(in bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, offset: Int) -> Int {
        1 + UTF8Encoding.scalarCount(in: bytes, from: lineStart, to: offset)
    }

    /// The 1-based column, in Unicode scalars, of `offset` on the line starting at `lineStart`.
    public static func column(in bytes: [UInt8], lineStart: Int, offset: Int) -> Int {
        bytes.withUnsafeBufferPointer { column(in: $0, lineStart: lineStart, offset: offset) }
    }

    /// The text of a 1-based line, without its line end, or `nil` if there is no such line.
    /// Lines end as `location(ofOffset:)` counts them (LF, CR LF or CR alone).
    public func line(_ number: Int) -> String? {
        bytes.withUnsafeBufferPointer { buffer -> String? in
            var current = 1
            var start = 0
            var index = 0
            while index < buffer.count && current < number {
                if SourceText.endsLine(buffer, at: index) {
                    current += 1
                    start = index + 1
                }
                index += 1
            }
            guard current == number, start <= buffer.count else { return nil }
            var end = start
            while end < buffer.count && buffer[end] != ASCII.lineFeed && buffer[end] != ASCII.carriageReturn {
                end += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
        }
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
        /// The name to give `iconv -f`, or `nil` when converting would not help (a NUL byte).
        var iconvName: String?
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
            // UTF-16 without a byte order mark (ASCII text with every other byte
            // zero) is told by `utf16ByZeroBytes` below, from the whole pattern
            // of zero bytes rather than the first two bytes.
        }
        // Validate UTF-8; on the first invalid sequence, guess GB18030/GBK when the
        // bytes form valid double-byte GBK pairs. Lines are counted only on failure.
        guard let problem = firstProblem(in: bytes) else { return nil }
        let (line, lineStart) = bytes.withUnsafeBufferPointer { SourceText.line(ofOffset: problem.offset, in: $0) }
        if problem.isNul {
            if let utf16 = utf16ByZeroBytes(bytes) { return utf16 }
            return Detected(
                name: "binary data (a NUL byte)", iconvName: nil,
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

    /// UTF-16 without a byte order mark: the zero bytes of the ASCII characters
    /// all fall on the same side of their code units (every other byte).
    private static func utf16ByZeroBytes(_ bytes: [UInt8]) -> Detected? {
        var even = 0
        var odd = 0
        let scanned = min(bytes.count, 1 << 16)
        for index in 0..<scanned where bytes[index] == 0 {
            if index & 1 == 0 { even += 1 } else { odd += 1 }
        }
        // At least two zero bytes, and in at least one code unit in four: a stray
        // NUL or two in a UTF-8 or binary file is not taken for UTF-16.
        guard even + odd >= 2, (even + odd) * 8 >= scanned else { return nil }
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
