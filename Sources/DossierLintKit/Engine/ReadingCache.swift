/// Values read once from a dossier or a pack and shared by every rule that asks, keyed by
/// the type of the reading (`Dossier.reading(_:)`, `RulePack.reading(_:)`).
///
/// A dossier is checked on one thread, but the cache is locked so that sharing one is always
/// safe; a value is computed outside the lock (two threads may each compute it once, and the
/// first kept wins). A subject has a dozen readings or so: they are found by a scan of
/// identities, with no hashing. The cache holds boxes; the callers, inlined where the reading's
/// type is known, take the value out without a dynamic cast or a generic metadata lookup.
@usableFromInline
final class ReadingCache: @unchecked Sendable {
    private let lock = Lock()
    // Read and written under the lock only: the runtime's exclusivity check on every access
    // (some 76 instructions, a dozen times a rule) would check what the lock ensures.
    @exclusivity(unchecked) private var keys: [ObjectIdentifier] = []
    @exclusivity(unchecked) private var boxes: [AnyObject] = []

    @usableFromInline
    init() {}

    /// The box kept for `key`, or the one `make` gives, then kept. Every call with one key
    /// must make boxes of one type (`ReadingBox` of the reading's `Value`).
    @usableFromInline
    func box(for key: ObjectIdentifier, make: () -> AnyObject) -> AnyObject {
        if let kept = kept(key) { return kept }
        let box = make()
        lock.lock()
        defer { lock.unlock() }
        if let index = keys.firstIndex(of: key) { return boxes[index] }
        keys.append(key)
        boxes.append(box)
        return box
    }

    private func kept(_ key: ObjectIdentifier) -> AnyObject? {
        lock.lock()
        defer { lock.unlock() }
        guard let index = keys.firstIndex(of: key) else { return nil }
        return boxes[index]
    }
}

/// A reading's value, kept by reference in a `ReadingCache`.
@usableFromInline
final class ReadingBox<Value>: @unchecked Sendable {
    @usableFromInline
    let value: Value

    @usableFromInline
    init(_ value: Value) { self.value = value }
}
