import Testing

@testable import DossierSyntax

@Suite("Collection stack")
struct CollectionStackTests {
    /// An element that counts the live instances of its kind, to catch an entry freed twice or never.
    final class Counted {
        nonisolated(unsafe) static var live = 0
        let value: Int
        init(_ value: Int) {
            self.value = value
            Counted.live += 1
        }
        deinit { Counted.live -= 1 }
    }

    @Test("nested collections come out whole and in order, past growths of the stack")
    func nested() {
        let stack = CollectionStack<String>(capacity: 2)
        stack.push("a0")
        let inner = stack.count
        for number in 0..<40 { stack.push("b\(number)") }
        #expect(Array(stack.elements(from: inner)) == (0..<40).map { "b\($0)" })
        #expect(stack.last == "b39")
        #expect(stack.pop(from: inner) == (0..<40).map { "b\($0)" })
        stack.push("a1")
        #expect(stack.pop(from: stack.count) == [])
        #expect(stack.pop(from: 0) == ["a0", "a1"])
        #expect(stack.count == 0)
    }

    @Test("every entry is freed once: taken out, or left when the stack goes")
    func ownership() {
        let before = Counted.live
        var taken: [Counted] = []
        do {
            let stack = CollectionStack<Counted>(capacity: 1)
            for number in 0..<10 { stack.push(Counted(number)) }
            taken = stack.pop(from: 6)
            for number in 10..<13 { stack.push(Counted(number)) }
            #expect(Counted.live == before + 13)
        }
        #expect(taken.map(\.value) == [6, 7, 8, 9])
        #expect(Counted.live == before + 4)
        taken = []
        #expect(Counted.live == before)
    }
}
