/// A position in a source file: 1-based line and 1-based column.
///
/// Columns count Unicode scalars from the start of the line, so a column
/// points at the same character in any editor that counts characters.
///
/// Both are kept in 32 bits (a file is at most 16 MiB, `SourceText.Limits`), so that
/// the two positions of every node of a tree take 16 bytes, not 32; a larger value
/// is clamped.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    private var storedLine: UInt32
    private var storedColumn: UInt32

    /// The 1-based line number.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }
    /// The 1-based column, in Unicode scalars.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }

    /// Creates a location from a 1-based line and column.
    public init(line: Int, column: Int) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    /// The first character of a file.
    public static let start = SourceLocation(line: 1, column: 1)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A half-open range of source positions.
public struct SourceRange: Hashable, Sendable {
    /// Where the range starts.
    public var start: SourceLocation
    /// Where the range ends (the position just after its last character).
    public var end: SourceLocation

    /// Creates a range.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }
}
