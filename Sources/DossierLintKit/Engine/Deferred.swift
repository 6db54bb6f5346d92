/// A value given, or computed the first time it is asked for and then kept, once
/// whatever the threads asking: what the packs read only when something needs it
/// (example dossiers and registries, a rule's documentation, the glossary).
final class Deferred<Value: Sendable>: @unchecked Sendable {
    private let lock = Lock()
    private var computed: Value?
    private var compute: (@Sendable () -> Value)?

    /// A value already known.
    init(_ value: Value) { computed = value }

    /// A value `compute` gives when first asked for.
    init(computing compute: @escaping @Sendable () -> Value) { self.compute = compute }

    /// The value, computed now if it has not been.
    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let computed { return computed }
        let value = compute!()
        computed = value
        compute = nil
        return value
    }
}
