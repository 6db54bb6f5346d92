import DossierLintKit
import DossierSyntax
import Testing

@Suite("the order of findings")
struct FindingOrderTests {
    /// A finding that differs from others only in what the order looks at, and in `clause`,
    /// which the order ignores: it tells apart findings that compare equal.
    static func finding(
        _ file: String, _ line: Int, _ column: Int, _ rule: String, _ pointer: String, _ en: String, tag: Int
    )
        -> Finding
    {
        Finding(
            rule: rule, clause: "\(tag)", pack: "p", severity: .error, message: Message(zh: en, en: en), file: file,
            location: SourceLocation(line: line, column: column), pointer: pointer)
    }

    @Test("inOrder is sorted(by: precedes), findings that compare equal kept in their order")
    func inOrderIsTheStableSort() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let findings = (0..<Int.random(in: 0...40, using: &generator)).map { tag in
                FindingOrderTests.finding(
                    ["a.yaml", "b.yaml"].randomElement(using: &generator)!, Int.random(in: 1...3, using: &generator),
                    Int.random(in: 1...2, using: &generator), ["r1", "r2"].randomElement(using: &generator)!,
                    ["", "/x"].randomElement(using: &generator)!, ["m", "n"].randomElement(using: &generator)!,
                    tag: tag)
            }
            let expected = findings.sorted(by: Finding.precedes).map(\.clause)
            #expect(Finding.inOrder(findings).map(\.clause) == expected)
        }
    }

    @Test("each key of the order decides before the next: file, line, column, rule, pointer, message")
    func keys() {
        let ordered = [
            FindingOrderTests.finding("a.yaml", 9, 9, "z", "/z", "z", tag: 0),
            FindingOrderTests.finding("b.yaml", 1, 9, "z", "/z", "z", tag: 1),
            FindingOrderTests.finding("b.yaml", 2, 1, "z", "/z", "z", tag: 2),
            FindingOrderTests.finding("b.yaml", 2, 2, "a", "/z", "z", tag: 3),
            FindingOrderTests.finding("b.yaml", 2, 2, "b", "/a", "z", tag: 4),
            FindingOrderTests.finding("b.yaml", 2, 2, "b", "/b", "a", tag: 5),
            FindingOrderTests.finding("b.yaml", 2, 2, "b", "/b", "b", tag: 6),
        ]
        #expect(Finding.inOrder(ordered.reversed()).map(\.clause) == ordered.map(\.clause))
    }
}
