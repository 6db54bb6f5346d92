import Testing

@testable import DossierLintKit

/// The order in which a scan hands its results on (`InOrder`).
@Suite("results handed on in order")
struct InOrderTests {
    /// A result named by its index.
    static func result(_ index: Int) -> ScannedFile {
        ScannedFile(outcome: .skipped(path: "f\(index)"), summary: nil)
    }

    /// What `InOrder` hands on, by path.
    final class Delivered: @unchecked Sendable {
        var paths: [String] = []
    }

    static func order(count: Int) -> (InOrder, Delivered) {
        let delivered = Delivered()
        let order = InOrder(count: count) { scanned in
            if case .skipped(let path) = scanned.outcome { delivered.paths.append(path) }
        }
        return (order, delivered)
    }

    @Test("the first worker hands on every result that is ready, in index order")
    func firstWorkerDelivers() {
        let (order, delivered) = Self.order(count: 4)
        order.done(1, Self.result(1), worker: 1)
        order.done(2, Self.result(2), worker: 0)
        #expect(delivered.paths.isEmpty)  // the first is missing
        order.done(0, Self.result(0), worker: 1)
        #expect(delivered.paths.isEmpty)  // another worker leaves it to the first one
        order.done(3, Self.result(3), worker: 0)
        #expect(delivered.paths == ["f0", "f1", "f2", "f3"])
        order.finish()
        #expect(delivered.paths == ["f0", "f1", "f2", "f3"])
    }

    @Test("another worker hands the results on once more than the limit wait, and the rest go at the end")
    func otherWorkersDeliverPastTheLimit() {
        let limit = InOrder.heldForFirstWorker
        let (order, delivered) = Self.order(count: limit + 10)
        for index in 0..<limit {
            order.done(index, Self.result(index), worker: 1)
        }
        #expect(delivered.paths.isEmpty)
        order.done(limit, Self.result(limit), worker: 1)
        #expect(delivered.paths == (0...limit).map { "f\($0)" })
        order.done(limit + 2, Self.result(limit + 2), worker: 1)
        order.done(limit + 1, Self.result(limit + 1), worker: 1)
        #expect(delivered.paths.count == limit + 1)
        order.finish()
        #expect(delivered.paths == (0...limit + 2).map { "f\($0)" })
    }
}
