import Foundation

/// Values gathered from any thread, in the order they came.
final class Gathered<Element>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Element] = []

    /// Adds `item` after the others.
    func add(_ item: Element) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }

    /// Every item, in the order added.
    var all: [Element] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
