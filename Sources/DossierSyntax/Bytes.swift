/// The byte values and byte classes the JSON and YAML parsers look at (all ASCII).
enum ASCII {
    @inline(__always) static var tab: UInt8 { 0x09 }
    @inline(__always) static var lineFeed: UInt8 { 0x0A }
    @inline(__always) static var carriageReturn: UInt8 { 0x0D }
    @inline(__always) static var space: UInt8 { 0x20 }
    @inline(__always) static var exclamation: UInt8 { 0x21 }
    @inline(__always) static var doubleQuote: UInt8 { 0x22 }
    @inline(__always) static var hash: UInt8 { 0x23 }
    @inline(__always) static var percent: UInt8 { 0x25 }
    @inline(__always) static var ampersand: UInt8 { 0x26 }
    @inline(__always) static var singleQuote: UInt8 { 0x27 }
    @inline(__always) static var asterisk: UInt8 { 0x2A }
    @inline(__always) static var plus: UInt8 { 0x2B }
    @inline(__always) static var comma: UInt8 { 0x2C }
    @inline(__always) static var minus: UInt8 { 0x2D }
    @inline(__always) static var period: UInt8 { 0x2E }
    @inline(__always) static var slash: UInt8 { 0x2F }
    @inline(__always) static var zero: UInt8 { 0x30 }
    @inline(__always) static var nine: UInt8 { 0x39 }
    @inline(__always) static var colon: UInt8 { 0x3A }
    @inline(__always) static var lessThan: UInt8 { 0x3C }
    @inline(__always) static var greaterThan: UInt8 { 0x3E }
    @inline(__always) static var question: UInt8 { 0x3F }
    @inline(__always) static var at: UInt8 { 0x40 }
    @inline(__always) static var upperE: UInt8 { 0x45 }
    @inline(__always) static var leftBracket: UInt8 { 0x5B }
    @inline(__always) static var backslash: UInt8 { 0x5C }
    @inline(__always) static var rightBracket: UInt8 { 0x5D }
    @inline(__always) static var backtick: UInt8 { 0x60 }
    @inline(__always) static var lowerE: UInt8 { 0x65 }
    @inline(__always) static var leftBrace: UInt8 { 0x7B }
    @inline(__always) static var pipe: UInt8 { 0x7C }
    @inline(__always) static var rightBrace: UInt8 { 0x7D }

    /// `0`–`9`.
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- zero < 10 }

    /// A letter, a digit or `_`.
    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || isDigit(byte) || byte == 0x5F
    }

    /// The value of a hexadecimal digit (`0`–`9`, `a`–`f`, `A`–`F`), or `nil`.
    @inline(__always) static func hexDigitValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case zero...nine: return byte - zero
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

/// Unicode helpers shared by the parsers.
enum UTF8Encoding {
    /// The number of Unicode scalars whose UTF-8 starts in `bytes[start..<end]`: the bytes that
    /// are not continuation bytes (`10xxxxxx`). Columns are counted so, by every parser.
    ///
    /// Byte by byte: a parser counts from the last node's place on the line to the next one's,
    /// some eight bytes, and reading words of eight bytes costs more than it saves there.
    @inline(__always)
    static func scalarCount(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// Appends the UTF-8 form of a scalar value to `buffer`.
    @inline(__always)
    static func append(_ scalar: UInt32, to buffer: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            buffer.append(UInt8(scalar))
        case 0x80..<0x800:
            buffer.append(UInt8(0xC0 | (scalar >> 6)))
            buffer.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0x800..<0x10000:
            buffer.append(UInt8(0xE0 | (scalar >> 12)))
            buffer.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            buffer.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            buffer.append(UInt8(0xF0 | (scalar >> 18)))
            buffer.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            buffer.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            buffer.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    /// A code point as messages write it: `U+` and at least four uppercase hexadecimal digits (`U+00E9`).
    static func codePointName(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

// Texts whose characters are their bytes: the one ASCII check of every module.

extension String {
    /// Whether the text is ASCII: its characters are then its bytes, so a reading made byte by
    /// byte gives the answer of the same reading made character by character, and two ASCII
    /// texts are equal exactly when their bytes are. Read in place, eight bytes at a time
    /// (iterating `utf8` costs some 25 instructions a byte).
    package var isASCII: Bool {
        utf8.withContiguousStorageIfAvailable { $0.isASCII } ?? utf8.allSatisfy { $0 < 0x80 }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether every byte is below 0x80, eight at a time.
    package var isASCII: Bool {
        guard let base = baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var seen: UInt64 = 0
        var index = 0
        while count - index >= 8 {
            seen |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < count {
            seen |= UInt64(self[index])
            index += 1
        }
        return seen & 0x8080_8080_8080_8080 == 0
    }

    /// A hash of the bytes, eight at a time, for finding equal byte strings in a table (a
    /// mapping's keys, JUnit's test case names): equal bytes give equal hashes, and equal hashes
    /// are then compared byte by byte. Never written anywhere.
    package var wordHash: UInt64 {
        let multiplier: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        var hash = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
        guard let base = baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* multiplier
            hash ^= hash >> 29
            index += 8
        }
        // The bytes after the last whole word, by loads that stay inside the bytes: the last eight
        // (overlapping the words before, the overlap shifted out), or two overlapping loads of
        // four, two or one. Any function of the bytes will do, as long as it is always the same.
        let left = count - index
        var tail: UInt64 = 0
        if left > 0 {
            if count >= 8 {
                let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
                tail = last >> UInt64(8 * (8 - left))
            } else if count >= 4 {
                let first = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
                let last = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
                tail = first | last << 32
            } else if count >= 2 {
                let first = UInt64(UInt16(littleEndian: raw.loadUnaligned(as: UInt16.self)))
                let last = UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: count - 2, as: UInt16.self)))
                tail = first | last << 16
            } else {
                tail = UInt64(base[0])
            }
        }
        hash = (hash ^ tail) &* multiplier
        return hash ^ (hash >> 32)
    }
}

extension [UInt8] {
    /// Appends the decimal digits of `value` (with `-` when negative), as `String(value)` writes
    /// them: for writers that make their text as bytes, without a string per number.
    package mutating func appendDecimal(_ value: Int) {
        if value < 0 { append(ASCII.minus) }
        var rest = value.magnitude
        guard rest >= 10 else {
            append(ASCII.zero + UInt8(rest))
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: the 20 digits of any magnitude
        var count = 0
        Swift.withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                buffer[23 - count] = ASCII.zero + UInt8(rest % 10)
                rest /= 10
                count += 1
            }
        }
        Swift.withUnsafeBytes(of: &digits) { append(contentsOf: UnsafeRawBufferPointer(rebasing: $0[(24 - count)...])) }
    }
}

/// Tests on the eight bytes of a word at once, for the checks that pass runs of bytes without
/// reading them one by one (escapers, the terminal's controls, YAML's characters). Each mask is
/// not zero exactly when some byte is as asked (the bits it sets may be wrong above the first
/// such byte; only "any" is read).
///
/// Public, not `package`: this toolchain calls a `package` function of another module even when
/// it is `@inlinable`, some 14 instructions a test where the inlined test costs two or three
/// (JSON's and XML's escapers make six tests a word).
public enum ByteWord {
    /// Not zero when some byte is below `limit` (at most 0x80).
    @inlinable @inline(__always)
    public static func below(_ limit: UInt8, _ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101 &* UInt64(limit)) & ~word & 0x8080_8080_8080_8080
    }

    /// Not zero when some byte equals `byte`.
    @inlinable @inline(__always)
    public static func equal(_ byte: UInt8, _ word: UInt64) -> UInt64 {
        below(1, word ^ (0x0101_0101_0101_0101 &* UInt64(byte)))
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// How many bytes from the start lie in whole words of eight that `passes` (see `ByteWord`).
    @inlinable @inline(__always)
    package func wordsPassed(_ passes: (UInt64) -> Bool) -> Int {
        guard let base = baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while count - index >= 8 && passes(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
            index += 8
        }
        return index
    }
}
