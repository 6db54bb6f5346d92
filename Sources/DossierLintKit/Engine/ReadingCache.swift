/// Values read once from a dossier or a pack and shared by every rule that asks, keyed by
/// the type of the reading (`Dossier.reading(_:)`, `RulePack.reading(_:)`).
///
/// A dossier is checked on one thread, but the cache is locked so that sharing one is always
/// safe; a value is computed outside the lock (two threads may each compute it once, and the
/// first kept wins). A subject has a dozen readings or so: they are found by a scan of
/// identities, with no hashing and no dynamic cast.
final class ReadingCache: @unchecked Sendable {
    private let lock = Lock()
    private var keys: [ObjectIdentifier] = []
    private var boxes: [AnyObject] = []

    /// The value kept for `key`, or the one `compute` gives, then kept. Every call with one
    /// key must give values of one type (the reading's `Value`).
    func value<Value>(for key: ObjectIdentifier, compute: () -> Value) -> Value {
        if let kept: Value = kept(key) { return kept }
        let value = compute()
        lock.lock()
        defer { lock.unlock() }
        if let index = keys.firstIndex(of: key) { return unsafeDowncast(boxes[index], to: Box<Value>.self).value }
        keys.append(key)
        boxes.append(Box(value))
        return value
    }

    private func kept<Value>(_ key: ObjectIdentifier) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        guard let index = keys.firstIndex(of: key) else { return nil }
        return unsafeDowncast(boxes[index], to: Box<Value>.self).value
    }
}

/// A reading's value, kept by reference.
private final class Box<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
