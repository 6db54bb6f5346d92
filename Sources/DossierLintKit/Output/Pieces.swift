extension String {
    /// The size above which a long output is handed on, so that it is never held whole.
    static let pieceSize = 1 << 20

    /// Hands this text to `write` and empties it once it holds more than `bytes` bytes;
    /// with `bytes` 0, whenever it holds anything (the last piece).
    mutating func handOn(to write: (String) -> Void, over bytes: Int = pieceSize) {
        guard utf8.count > bytes else { return }
        write(self)
        self = ""
    }
}
