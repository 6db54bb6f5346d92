/// The entries of the collections a parse has open, one after the other: a collection's
/// entries are pushed as they are read and moved out into an array of their exact count when
/// it ends, so that no collection's array grows entry by entry (each growth is an allocation,
/// a copy and a free).
///
/// A collection nested in another ends before its parent's next entry is pushed, so each open
/// collection's entries lie together at the top, from where it started (`count` then).
final class CollectionStack<Element> {
    private var storage: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// The number of entries held.
    private(set) var count = 0

    /// A stack with room for `capacity` entries before it grows.
    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 1)
        storage = .allocate(capacity: self.capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// Pushes an entry.
    @inline(__always)
    func push(_ element: Element) {
        if count == capacity { grow() }
        (storage + count).initialize(to: element)
        count += 1
    }

    /// Moves the entries from `start` to the top into an array, and leaves `start` entries.
    ///
    /// Inlined where the element's type is known, and made by `reserveCapacity` and `append`:
    /// that way the array is allocated by code made for the type. `init(unsafeUninitializedCapacity:)`
    /// allocates through generic code that looks the type up, some 450 instructions more.
    @inline(__always)
    func pop(from start: Int) -> [Element] {
        precondition(start >= 0 && start <= count, "a collection's entries start inside the stack")
        let taken = count - start
        if taken == 0 { return [] }
        var elements: [Element] = []
        elements.reserveCapacity(taken)
        elements.append(contentsOf: Moving(position: storage + start, end: storage + count))
        count = start
        return elements
    }

    /// The entries of a range, moved out one by one as they are read: each is read once.
    private struct Moving: Sequence, IteratorProtocol {
        var position: UnsafeMutablePointer<Element>
        let end: UnsafeMutablePointer<Element>

        var underestimatedCount: Int { end - position }

        mutating func next() -> Element? {
            guard position < end else { return nil }
            defer { position += 1 }
            return position.move()
        }
    }

    /// The entries from `start` to the top where they are, valid until the next push or pop.
    @inline(__always)
    func elements(from start: Int) -> UnsafeBufferPointer<Element> {
        UnsafeBufferPointer(start: storage + start, count: count - start)
    }

    /// The top entry; the stack must not be empty.
    var last: Element { storage[count - 1] }

    private func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
