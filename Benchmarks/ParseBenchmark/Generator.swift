import DossierLintTestSupport

/// The corpus's choices, drawn from SplitMix64: the same corpus on every platform and run.
struct Generator {
    private var random: SplitMix64

    init(state: UInt64) { random = SplitMix64(seed: state) }

    mutating func next() -> UInt64 { random.next() }

    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// A number in `range`.
    mutating func within(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// `count` distinct items, in their original order.
    mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
        var chosen = Set<Int>()
        while chosen.count < min(count, items.count) { chosen.insert(below(items.count)) }
        return chosen.sorted().map { items[$0] }
    }
}
