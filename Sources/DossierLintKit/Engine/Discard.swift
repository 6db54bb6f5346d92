import Dispatch

/// Large values dropped on another thread, so that the thread that drops them goes on at once.
///
/// Freeing what a run held for 10,000 dossiers (their summaries, the audit's report) takes some
/// tens of milliseconds on one core; where nothing else is left to run on the other, that is
/// time the run waits for. A value handed here is freed by a thread of its own while the caller
/// goes on; when the process ends first, the system takes the memory back.
public enum Discard {
    /// Frees `value` on another thread. The caller gives the value up (`consume`): the other
    /// thread holds what is left of it, and is the one that frees it.
    public static func inBackground<Value>(_ value: consuming Value) {
        let holder = Holder(consume value)
        DispatchQueue.global(qos: .utility).async { holder.drop() }
    }

    /// Holds a value until `drop`. Touched by one thread at a time: the caller makes it, and
    /// gives it to the thread that drops it.
    private final class Holder<Value>: @unchecked Sendable {
        private var value: Value?

        init(_ value: consuming Value) { self.value = consume value }

        func drop() { value = nil }
    }
}
