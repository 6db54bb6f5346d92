/// The framing of the texts the program writes for itself and reads back (`NodeArchive`,
/// the audit's held findings): texts as their UTF-8 length, `:` and their bytes; numbers in
/// decimal ended by a given byte; positions as `line,column,`.
package struct ArchiveWriter {
    /// The bytes written so far.
    package private(set) var bytes: [UInt8] = []

    /// An empty archive.
    package init() {}

    /// The archive as text.
    package var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends one byte (a kind letter, a marker).
    package mutating func byte(_ byte: UInt8) { bytes.append(byte) }

    /// Appends `value` in decimal and `terminator`.
    package mutating func number(_ value: Int, then terminator: UInt8) {
        bytes.append(contentsOf: String(value).utf8)
        bytes.append(terminator)
    }

    /// Appends a text: its UTF-8 length, `:`, its bytes.
    package mutating func text(_ value: String) {
        number(value.utf8.count, then: UInt8(ascii: ":"))
        bytes.append(contentsOf: value.utf8)
    }

    /// Appends a position as `line,column,`.
    package mutating func location(_ location: SourceLocation) {
        number(location.line, then: UInt8(ascii: ","))
        number(location.column, then: UInt8(ascii: ","))
    }
}

/// Reads what `ArchiveWriter` wrote; every read checks its bounds and gives `nil` on a
/// malformed text, never a wrong value.
package struct ArchiveReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte.
    package private(set) var position = 0

    /// A reader of `bytes`, from the start.
    package init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Whether every byte was read.
    package var atEnd: Bool { position == bytes.count }

    /// The next byte, consumed.
    package mutating func byte() -> UInt8? {
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    /// Consumes the next byte when it is `byte`.
    package mutating func skip(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// A decimal number of at most 18 digits, then `terminator` (consumed).
    package mutating func number(until terminator: UInt8) -> Int? {
        var value = 0
        var digits = 0
        while position < bytes.count, bytes[position] &- UInt8(ascii: "0") < 10 {
            guard digits < 18 else { return nil }
            value = value * 10 + Int(bytes[position] &- UInt8(ascii: "0"))
            digits += 1
            position += 1
        }
        guard digits > 0, skip(terminator) else { return nil }
        return value
    }

    /// A text written by `ArchiveWriter.text`.
    package mutating func text() -> String? {
        guard let length = number(until: UInt8(ascii: ":")), length <= bytes.count - position else { return nil }
        defer { position += length }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self)
    }

    /// A position written by `ArchiveWriter.location`.
    package mutating func location() -> SourceLocation? {
        guard let line = number(until: UInt8(ascii: ",")), let column = number(until: UInt8(ascii: ",")) else {
            return nil
        }
        return SourceLocation(line: line, column: column)
    }

    /// How many bytes are left: no count read from the text may be larger.
    package var remaining: Int { bytes.count - position }
}
