import DossierLintTestSupport
import Foundation
import Testing

@testable import DossierLintKit

/// `PathText` does what Foundation's `NSString` path methods did where the tool used them.
@Suite("Path text")
struct PathTextTests {
    // Not "a" or "a/": NSString's deletingLastPathComponent traps on those on Linux.
    static let paths = [
        "", "/", "/a", "a/b", "a/b/", "/a/", "a//b", "a//b//", "./a", "../a/b", "Samples//registry.yaml",
        "Samples/repository/registry.yaml", "/work/x/.dossierlint.yml", "<stdin>", "名录/登记.yaml",
    ]

    @Test("last component and the path without it, as NSString", arguments: paths)
    func components(path: String) {
        #expect(PathText.lastComponent(of: path) == (path as NSString).lastPathComponent)
        #expect(PathText.deletingLastComponent(of: path) == (path as NSString).deletingLastPathComponent)
    }

    @Test("a name appended to a folder, as NSString", arguments: ["", "/", "out", "out/", "a/b", "./out", "输出"])
    func appending(folder: String) {
        #expect(
            PathText.appending("internal-audit-2026", to: folder)
                == (folder as NSString).appendingPathComponent("internal-audit-2026"))
    }

    @Test("ASCII paths read as bytes: the same last component as read by characters")
    func lastComponentBytes() {
        let pieces = ["a", "bc", "..", ".", "", "x y", "f.yaml", "名录", "/̸e"]
        var generator = SplitMix64(seed: 5)
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...5, using: &generator)
            let path =
                (Bool.random(using: &generator) ? "/" : "")
                + (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: "/")
                + String(repeating: "/", count: Int.random(in: 0...2, using: &generator))
            #expect(PathText.lastComponent(of: path) == PathText.lastComponentByCharacter(of: path), "\(path)")
        }
    }

    @Test("a one-letter name has no folder")
    func oneLetter() {
        #expect(PathText.deletingLastComponent(of: "a") == "")
        #expect(PathText.lastComponent(of: "a") == "a")
    }
}
