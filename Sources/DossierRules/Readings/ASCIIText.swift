// Texts whose characters are their bytes.

extension String {
    /// Whether the text is ASCII: its characters are then its bytes, so a reading made byte by
    /// byte gives the answer of the same reading made character by character.
    var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }
}
