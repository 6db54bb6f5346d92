/// Thread-safe slots for results computed in parallel, read in order: the files of a scan,
/// the repository rules, the packs parsed at load, the pieces of a long report, the audit's
/// reports synced to the disk.
package final class Slots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = Lock()

    package init(count: Int) { slots = Array(repeating: nil, count: count) }

    package func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    package var values: [Value] { slots.compactMap { $0 } }

    /// The values, in order, taken out: the slots keep none of them, so that each can be freed
    /// as soon as its taker is done with it.
    package func take() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        let values = slots.compactMap { $0 }
        slots = []
        return values
    }
}
