import DossierSyntax
import Foundation
import Testing

@Suite("Node archive")
struct NodeArchiveTests {
    /// Whether two trees are the same in everything a node holds: equality, styles,
    /// every position and every key's position (`==` ignores positions and styles).
    static func identical(_ a: Node, _ b: Node) -> Bool {
        guard a.location == b.location, a.end == b.end else { return false }
        switch (a.content, b.content) {
        case (.scalar(let x, let styleX), .scalar(let y, let styleY)):
            return x == y && styleX == styleY
        case (.sequence(let x), .sequence(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { identical($0, $1) }
        case (.mapping(let x), .mapping(let y)):
            return x.count == y.count
                && zip(x, y).allSatisfy {
                    $0.key == $1.key && $0.keyLocation == $1.keyLocation && identical($0.value, $1.value)
                }
        default:
            return false
        }
    }

    @Test("every sample and rule pack file reads back from its archive exactly as parsed")
    func roundTripOfRealFiles() throws {
        let files = NodeRangeTests.realFiles
        #expect(files.count > 20, "the samples and rule packs were not found")
        for url in files {
            let document = try Document(path: url.lastPathComponent, data: Array(try Data(contentsOf: url)))
            let archive = NodeArchive.encode(document.root)
            let read = try #require(NodeArchive.decode(archive), "\(url.lastPathComponent) did not read back")
            #expect(Self.identical(read, document.root), "\(url.lastPathComponent) changed on the way")
        }
    }

    @Test("every style, empty texts, keys and text of several bytes survive")
    func stylesAndTexts() throws {
        let styles: [ScalarStyle] = [
            .plain, .singleQuoted, .doubleQuoted, .literal, .folded, .jsonNumber, .jsonBoolean, .jsonNull,
        ]
        let at = SourceLocation(line: 3, column: 7)
        let end = SourceLocation(line: 12, column: 1)
        let scalars = styles.enumerated().map { index, style in
            Node(.scalar(["", "12:3,", "档案 s1,2,", "a\nb\u{0}c"][index % 4], style), at: at, end: end)
        }
        let tree = Node(
            .mapping([
                MappingEntry(key: "", keyLocation: at, value: Node(.sequence(scalars), at: at, end: end)),
                MappingEntry(key: "键:1,", keyLocation: end, value: Node(.mapping([]), at: end)),
                MappingEntry(key: "q", keyLocation: at, value: Node(.sequence([]), at: at)),
            ]), at: .start, end: end)
        let read = try #require(NodeArchive.decode(NodeArchive.encode(tree)))
        #expect(Self.identical(read, tree))
    }

    @Test("a cut, lengthened or altered archive reads as nothing, never as another tree")
    func malformedArchives() throws {
        let source = "a: [1, 'x', {b: 档案}]\nc: |\n  text\n"
        let root = try Document(source: SourceText(path: "t.yaml", string: source), format: .yaml).root
        let archive = Array(NodeArchive.encode(root).utf8)
        for length in 0..<archive.count {
            #expect(NodeArchive.decode(String(decoding: archive[..<length], as: UTF8.self)) == nil, "cut at \(length)")
        }
        #expect(NodeArchive.decode(String(decoding: archive + Array("s".utf8), as: UTF8.self)) == nil)
        for bad in ["", "x", "s", "sz1,1,1,1,0:", "q1,1,1,1,99999999999999999999:", "m1,1,1,1,2:", "q1,1,1,1,-1:"] {
            #expect(NodeArchive.decode(bad) == nil, "\(bad)")
        }
        #expect(NodeArchive.decode(String(repeating: "q1,1,1,1,1:", count: 20_000) + "sa1,1,1,1,0:") == nil)
        #expect(NodeArchive.decode("sa1,1,1,1,0:") == Node(.scalar("", .plain), at: .start))
    }
}
