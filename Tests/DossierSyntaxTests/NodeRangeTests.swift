import DossierSyntax
import Foundation
import Testing

private func at(_ line: Int, _ column: Int) -> DossierSyntax.SourceLocation {
    DossierSyntax.SourceLocation(line: line, column: column)
}

/// The range `start ..< end` of two (line, column) pairs.
private func range(_ start: (Int, Int), _ end: (Int, Int)) -> SourceRange {
    SourceRange(start: at(start.0, start.1), end: at(end.0, end.1))
}

private func yaml(_ text: String) throws(ParseError) -> Node {
    try YAMLParser.parse(Array(text.utf8))
}

private func json(_ text: String) throws(ParseError) -> Node {
    try JSONParser.parse(Array(text.utf8))
}

/// Where each node ends: just after its last character. Columns count Unicode
/// scalars, so Chinese text counts one column per character.
@Suite("Node ranges")
struct NodeRangeTests {
    @Test("YAML scalars: plain, quoted, multi-line and block")
    func yamlScalars() throws {
        let root = try yaml(
            """
            name: 张三丰
            code: "04.02"
            quote: 'it''s'
            multi: first line
              second line
            block: |
              第一行
              第二行
            folded: >-
              a
              b

            note: "第一行
              第二行"
            comment: value   # 注释
            escaped: "中\\t文"
            empty:
            last: end
            """)
        #expect(root["name"]?.range == range((1, 7), (1, 10)))
        #expect(root["code"]?.range == range((2, 7), (2, 14)))
        #expect(root["quote"]?.range == range((3, 8), (3, 15)))
        #expect(root["multi"]?.range == range((4, 8), (5, 14)))
        // A block scalar ends at the end of its last line of text, not after the empty lines that follow.
        #expect(root["block"]?.range == range((6, 8), (8, 6)))
        #expect(root["folded"]?.range == range((9, 9), (11, 4)))
        #expect(root["note"]?.range == range((13, 7), (14, 7)))
        // Trailing blanks and a comment are not part of a plain scalar.
        #expect(root["comment"]?.range == range((15, 10), (15, 15)))
        #expect(root["escaped"]?.range == range((16, 10), (16, 16)))
        // An empty value ends where it starts, just after its key's ':'.
        #expect(root["empty"]?.range == range((17, 7), (17, 7)))
        #expect(root["last"]?.range == range((18, 7), (18, 10)))
        // A block mapping ends with its last entry.
        #expect(root.range == range((1, 1), (18, 10)))
    }

    @Test("YAML collections: flow and block, with Chinese text")
    func yamlCollections() throws {
        let root = try yaml(
            """
            flow: [a, "b", {c: 1}]
            中文键: ["北京", 上海市]  # 注释
            map: {x: 1, y: [2, 3]}
            spread: [
              一,
              二
              ]
            pair: [名: 值, k:]
            list:
              - one
              - 二: 值
                k: v
            dashes:
              -
              - - 甲
                - 乙
            tail:
              - {a: 1}
            """)
        let flow = try #require(root["flow"])
        #expect(flow.range == range((1, 7), (1, 23)))
        #expect(
            flow.sequence?.map(\.range) == [range((1, 8), (1, 9)), range((1, 11), (1, 14)), range((1, 16), (1, 22))])
        #expect(flow.sequence?[2]["c"]?.range == range((1, 20), (1, 21)))

        let chinese = try #require(root["中文键"])
        #expect(chinese.range == range((2, 6), (2, 17)))
        #expect(chinese.sequence?.map(\.range) == [range((2, 7), (2, 11)), range((2, 13), (2, 16))])

        let map = try #require(root["map"])
        #expect(map.range == range((3, 6), (3, 23)))
        #expect(map["y"]?.range == range((3, 16), (3, 22)))

        // A flow collection over several lines ends after its closing bracket.
        let spread = try #require(root["spread"])
        #expect(spread.range == range((4, 9), (7, 4)))
        #expect(spread.sequence?.map(\.range) == [range((5, 3), (5, 4)), range((6, 3), (6, 4))])

        // Single-pair mappings in a flow sequence end with their value (or their ':').
        let pairs = try #require(root["pair"]?.sequence)
        #expect(pairs.map(\.range) == [range((8, 8), (8, 12)), range((8, 14), (8, 16))])

        // A block sequence and a block mapping end with their last entry.
        let list = try #require(root["list"])
        #expect(list.range == range((10, 3), (12, 9)))
        #expect(list.sequence?[0].range == range((10, 5), (10, 8)))
        #expect(list.sequence?[1].range == range((11, 5), (12, 9)))
        #expect(list.sequence?[1]["二"]?.range == range((11, 8), (11, 9)))

        // An empty entry ends just after its '-'.
        let dashes = try #require(root["dashes"])
        #expect(dashes.sequence?[0].range == range((14, 4), (14, 4)))
        #expect(dashes.sequence?[1].range == range((15, 5), (16, 8)))
        #expect(dashes.range == range((14, 3), (16, 8)))

        #expect(root["tail"]?.range == range((18, 3), (18, 11)))
        #expect(root.range == range((1, 1), (18, 11)))
    }

    @Test("YAML documents: a top-level scalar or sequence, and an empty document")
    func yamlDocuments() throws {
        #expect(try yaml("--- \"引号\"  # c\n").range == range((1, 5), (1, 9)))
        #expect(try yaml("- a\n- 乙丙\n").range == range((1, 1), (2, 5)))
        #expect(try yaml("|\n  text\n  更多\n\n").range == range((1, 1), (3, 5)))
        // A block scalar without text ends after its header.
        #expect(try yaml("k: |-\n").mapping?[0].value.range == range((1, 4), (1, 6)))
        #expect(try yaml("").range == range((1, 1), (1, 1)))
    }

    @Test("JSON: scalars and collections end after their last character")
    func jsonNodes() throws {
        let root = try json(
            """
            {
              "名称": "张三",
              "n": -1.5e3,
              "t": true,
              "nil": null,
              "arr": [1, "二", {}],
              "esc": "a\\"b\\u4e2d"
            }
            """)
        #expect(root.range == range((1, 1), (8, 2)))
        #expect(root["名称"]?.range == range((2, 9), (2, 13)))
        #expect(root["n"]?.range == range((3, 8), (3, 14)))
        #expect(root["t"]?.range == range((4, 8), (4, 12)))
        #expect(root["nil"]?.range == range((5, 10), (5, 14)))
        let array = try #require(root["arr"])
        #expect(array.range == range((6, 10), (6, 22)))
        #expect(
            array.sequence?.map(\.range) == [range((6, 11), (6, 12)), range((6, 14), (6, 17)), range((6, 19), (6, 21))])
        // Escapes count as written: the end is after the closing quote in the source.
        #expect(root["esc"]?.range == range((7, 10), (7, 22)))

        #expect(try json(" \"中文\" ").range == range((1, 2), (1, 6)))
        #expect(
            try json("[\n  false,\n  [ ]\n]").sequence?.map(\.range) == [range((2, 3), (2, 8)), range((3, 3), (3, 6))])
        #expect(try json("{\"a\": {\"b\": [0]}}")["a"]?.range == range((1, 7), (1, 17)))
    }

    @Test("ranges do not take part in equality; init(_:at:) gives an empty range")
    func equalityAndInitializers() throws {
        let node = Node(.scalar("x", .plain), at: at(2, 3))
        #expect(node.end == at(2, 3))
        #expect(node.range == range((2, 3), (2, 3)))
        var moved = Node(.scalar("x", .plain), at: at(5, 1), end: at(5, 2))
        #expect(moved == node)
        moved.range = range((7, 1), (8, 4))
        #expect(moved.location == at(7, 1) && moved.end == at(8, 4))
        #expect(try yaml("a: [1, 2]") == json("{\"a\": [1,\n 2]}"))
    }

    /// The package's `Samples/` and `Rules/` folders.
    static let folders: [URL] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return [root.appendingPathComponent("Samples"), root.appendingPathComponent("Rules")]
    }()

    /// Every YAML and JSON file of `folders`, in path order.
    static let realFiles: [URL] = {
        var files: [URL] = []
        for folder in folders {
            let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                if ["yaml", "yml", "json"].contains(url.pathExtension) { files.append(url) }
            }
        }
        return files.sorted { $0.path < $1.path }
    }()

    @Test("every node of the samples and rule packs ends just after its last character")
    func rangesOfRealFiles() throws {
        let files = Self.realFiles
        #expect(files.count > 20, "the samples and rule packs were not found")
        var checked = 0
        for url in files {
            let data = try Data(contentsOf: url)
            let document = try Document(path: url.lastPathComponent, data: Array(data))
            let lines = String(decoding: document.source.bytes, as: UTF8.self)
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { Array($0.unicodeScalars.filter { $0 != "\r" }) }
            checked += checkRanges(document.root, lines: lines, file: url.lastPathComponent)
        }
        #expect(checked > 1000)
    }
}

/// Checks the end of `node` and its children against the source lines (as
/// Unicode scalars); returns the number of nodes checked.
private func checkRanges(_ node: Node, lines: [[Unicode.Scalar]], file: String) -> Int {
    let name = "\(file): node at \(node.location) ending at \(node.end)"
    guard node.location <= node.end, node.end.line <= lines.count else {
        Issue.record("\(name): the end is before the start or past the file")
        return 1
    }
    /// The character at a location, or just before it.
    func character(at location: DossierSyntax.SourceLocation, offset: Int = 0) -> Unicode.Scalar? {
        let line = lines[location.line - 1]
        let index = location.column - 1 + offset
        return line.indices.contains(index) ? line[index] : nil
    }
    var count = 1
    var children: [Node] = []
    switch node.content {
    case .mapping(let entries): children = entries.map(\.value)
    case .sequence(let items): children = items
    case .scalar(let text, let style):
        switch style {
        case .doubleQuoted, .singleQuoted:
            #expect(character(at: node.end, offset: -1) == (style == .doubleQuoted ? "\"" : "'"), "\(name)")
        case .literal, .folded:
            // The end of a line of text.
            #expect(node.end.column == lines[node.end.line - 1].count + 1, "\(name)")
        case .plain, .jsonNumber, .jsonBoolean, .jsonNull:
            // On one line, the text as written (a multi-line plain scalar is folded).
            if node.location.line == node.end.line {
                let line = lines[node.location.line - 1]
                let slice = line[(node.location.column - 1)..<(node.end.column - 1)]
                #expect(String(String.UnicodeScalarView(slice)) == text, "\(name)")
            }
        }
    }
    for child in children {
        #expect(node.location <= child.location && child.end <= node.end, "\(name) holds a node at \(child.location)")
        count += checkRanges(child, lines: lines, file: file)
    }
    if let last = children.last {
        switch character(at: node.location) {
        case "[": #expect(character(at: node.end, offset: -1) == "]", "\(name)")
        case "{": #expect(character(at: node.end, offset: -1) == "}", "\(name)")
        default: #expect(node.end == last.end, "\(name): a block collection ends with its last entry")
        }
    }
    return count
}
