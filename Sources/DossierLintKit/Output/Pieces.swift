import Dispatch

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

/// Texts made on every core a batch at a time and handed on in order: for a long report
/// whose parts (one per file) are independent, so that the writer holding the output
/// file is never the one thread left working.
enum ParallelPieces {
    /// Hands `make(index)` for every index of `0..<count` to `each`, in index order; the
    /// texts of a batch of `batch` indexes are made at once, on every core.
    static func make(
        _ count: Int, batch: Int = 128, _ make: @Sendable (Int) -> String, each: (String) -> Void
    ) {
        var start = 0
        while start < count {
            let size = min(batch, count - start)
            let texts = Slots<String>(count: size)
            let first = start
            DispatchQueue.concurrentPerform(iterations: size) { texts.set($0, make(first + $0)) }
            for text in texts.values { each(text) }
            start += size
        }
    }
}
