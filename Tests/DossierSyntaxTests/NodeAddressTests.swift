import DossierSyntax
import Testing

@Suite struct NodeAddressTests {
    private let yaml = """
        name: 总部
        "long key with more than fifteen bytes": [a, b]
        sites:
          - {id: S1, kind: central}
          - {id: S2}
        empty: []
        """

    @Test func readsKeysElementsAndScalarsInPlace() throws {
        let anchor = NodeAnchor(try YAMLParser.parse(Array(yaml.utf8)))
        let root = anchor.root
        #expect(root.count == 4)
        #expect(!root.isSequence)
        #expect(root.key(at: 1) == "long key with more than fifteen bytes")
        #expect(root.key(at: 4) == nil)

        let name = try #require(root.entry(forKey: "name"))
        #expect(name.position == 0)
        #expect(name.value.scalar?.text == "总部")
        #expect(name.value.scalar?.style == .plain)
        #expect(name.value.location == SourceLocation(line: 1, column: 7))
        #expect(name.value.count == nil)

        let long = try #require(root.entry(forKey: "long key with more than fifteen bytes"))
        #expect(long.position == 1)
        #expect(long.value.isSequence)
        #expect(long.value.element(at: 1)?.scalar?.text == "b")
        #expect(long.value.element(at: 2) == nil)
        #expect(long.value.element(at: -1) == nil)

        let sites = try #require(root.entry(at: 2))
        #expect(sites.key == "sites")
        #expect(sites.value.count == 2)
        #expect(sites.value.element(at: 1)?.entry(forKey: "id")?.value.scalar?.text == "S2")
        #expect(sites.value.element(at: 1)?.entry(forKey: "kind") == nil)
        #expect(sites.value.entry(forKey: "id") == nil)
        #expect(root.entry(at: 9) == nil)
        #expect(root.element(at: 0) == nil)
        #expect(root.entry(forKey: "") == nil)
        #expect(root.entry(forKey: "nam") == nil)
        #expect(root.entry(forKey: "empty")?.value.count == 0)
    }

    @Test func addressesReadTheAnchoredTreeWhateverHappensToItsCopies() throws {
        var copy = try YAMLParser.parse(Array(yaml.utf8))
        let anchor = NodeAnchor(copy)
        let site = try #require(anchor.root.entry(forKey: "sites")?.value.element(at: 0))
        // Changing and dropping the caller's copy copies its arrays: the anchored tree is unchanged.
        copy.content = .sequence([])
        copy = Node(.scalar("", .plain), at: .start)
        #expect(site.entry(forKey: "id")?.value.scalar?.text == "S1")
        #expect(
            site.node
                == Node(
                    .mapping([
                        MappingEntry(key: "id", keyLocation: .start, value: Node(.scalar("S1", .plain), at: .start)),
                        MappingEntry(
                            key: "kind", keyLocation: .start, value: Node(.scalar("central", .plain), at: .start)),
                    ]), at: .start))
    }

    @Test func sameNodeSameAddress() throws {
        let anchor = NodeAnchor(try JSONParser.parse(Array(#"{"a": [1, 2], "b": null}"#.utf8)))
        let first = anchor.root.entry(forKey: "a")?.value.element(at: 1)
        let again = anchor.root.entry(at: 0)?.value.element(at: 1)
        #expect(first != nil && first == again)
        #expect(first != anchor.root.entry(forKey: "a")?.value.element(at: 0))
        #expect(anchor.root.entry(forKey: "b")?.value.isNull == true)
        #expect(anchor.root.entry(forKey: "a")?.value.isNull == false)
    }

    /// A key is looked for first where it was last found: mappings that keep it elsewhere, or
    /// not at all, are still read right.
    @Test func keysFoundWhereverTheyAre() throws {
        let anchor = NodeAnchor(
            try YAMLParser.parse(
                Array(
                    """
                    - {a: 1, b: 2, c: 3, "a long key of the mapping": 4}
                    - {c: 5, "a long key of the mapping": 6, b: 7}
                    - {"a long key of the mapping": 8, a: 9}
                    - {z: 0}
                    """.utf8)))
        let long = "a long key of the mapping"
        let expected: [[String: String]] = [
            ["a": "1", "b": "2", "c": "3", long: "4"], ["c": "5", long: "6", "b": "7"], ["a": "9", long: "8"], [:],
        ]
        for round in 0..<50 {
            for (index, values) in expected.enumerated() {
                let mapping = try #require(anchor.root.element(at: index))
                for key in ["a", "b", "c", long, "z"] {
                    let found = mapping.entry(forKey: key)?.value.scalar?.text
                    #expect(found == values[key] ?? (index == 3 && key == "z" ? "0" : nil), "round \(round)")
                }
            }
        }
    }
}
