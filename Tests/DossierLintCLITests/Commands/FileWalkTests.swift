import Foundation
import Testing

@testable import DossierLintCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Hostile folders: links that loop, files reached twice, folders and files that cannot be read.
@Suite("folder walk")
struct FileWalkTests {
    static let clean: String =
        (try? String(contentsOfFile: packageRoot + "/Samples/clean-initial.yaml", encoding: .utf8)) ?? ""
    static let violating: String =
        (try? String(contentsOfFile: packageRoot + "/Samples/violations-planning.yaml", encoding: .utf8)) ?? ""

    /// The paths and dossier ids of a JSON report's files, and its findings.
    static func report(_ output: String) throws -> (files: [String], dossiers: [String], findings: [[String: Any]]) {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let files = json["files"] as? [[String: Any]] ?? []
        return (
            files.compactMap { $0["path"] as? String },
            files.compactMap { $0["dossier_id"] as? String }, json["findings"] as? [[String: Any]] ?? []
        )
    }

    /// Locks `path` with `mode`; false (after saying so) when that has no effect (running as root).
    static func lock(_ path: String, mode: mode_t = 0) -> Bool {
        chmod(path, mode)
        if getuid() == 0 || access(path, R_OK) == 0 {
            chmod(path, 0o755)
            print("skipped: \(path) stays readable after chmod (running as root?)")
            return false
        }
        return true
    }

    @Test("every name of a large folder is read whole, short and long, ASCII and Chinese")
    func largeFolderNames() throws {
        // `readdir`'s records are only as long as their names: a name must be read where it lies,
        // never as the whole 256-byte `d_name` (which read past the system's buffer, and crashed
        // about one run in twelve on a folder of 10,000 files).
        let temporary = try TemporaryFolder()
        var expected: Set<String> = []
        for index in 0..<3000 {
            let stem = index % 3 == 0 ? "档案\(index)" : String(repeating: "d", count: 1 + index % 240) + "-\(index)"
            let name = stem + ".yaml"
            #expect(FileManager.default.createFile(atPath: temporary.path + "/" + name, contents: Data()))
            expected.insert(temporary.path + "/" + name)
        }
        let expansion = FileDiscovery.expand([temporary.path], stdinName: "-")
        #expect(expansion.missing.isEmpty)
        #expect(Set(expansion.files.compactMap(\.readPath)) == expected)
        #expect(expansion.files.count == expected.count)
    }

    @Test("a link loop (self -> ., up -> ../folder) ends, checks each dossier once and warns naming the link")
    func linkLoop() throws {
        let temporary = try TemporaryFolder()
        let root = temporary.path + "/folder"
        try temporary.write("folder/clean.yaml", Self.clean)
        try temporary.write("folder/sub/bad.yaml", Self.violating)
        try FileManager.default.createSymbolicLink(atPath: root + "/self", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: root + "/up", withDestinationPath: "../folder")
        try FileManager.default.createSymbolicLink(atPath: root + "/sub/back", withDestinationPath: "..")

        let result = CommandRunner.run(["check", root, "--format", "json", "--as-of", "2026-11-24"])
        #expect(result.status == 1, "\(result.error)")
        let (_, dossiers, findings) = try Self.report(result.output)
        #expect(dossiers.sorted() == ["SAMPLE-2026-0001", "SAMPLE-2026-0004"], "\(dossiers)")
        #expect(Set(findings.compactMap { $0["file"] as? String }) == [root + "/sub/bad.yaml"])
        for link in ["self", "up", "sub/back"] {
            #expect(result.error.contains("\(root)/\(link): warning: "), "\(link): \(result.error)")
        }

        // The warning alone does not change the exit status.
        try FileManager.default.removeItem(atPath: root + "/sub/bad.yaml")
        let clean = CommandRunner.run(["check", root, "--as-of", "2026-11-24"])
        #expect(clean.status == 0, "\(clean.error)")
        #expect(clean.error.contains("\(root)/self: warning: "))
    }

    @Test("a file reached through two links is checked once, under the first path in sorted order")
    func fileThroughTwoLinks() throws {
        let temporary = try TemporaryFolder()
        let root = temporary.path
        try temporary.write("z-data/bad.yaml", Self.violating)
        try FileManager.default.createSymbolicLink(atPath: root + "/a-link", withDestinationPath: "z-data")
        try FileManager.default.createSymbolicLink(
            atPath: root + "/m-link.yaml", withDestinationPath: "z-data/bad.yaml")
        let result = CommandRunner.run(["check", root, "--format", "json", "--as-of", "2026-11-24"])
        #expect(result.status == 1, "\(result.error)")
        let (_, dossiers, findings) = try Self.report(result.output)
        #expect(dossiers == ["SAMPLE-2026-0004"])
        #expect(Set(findings.compactMap { $0["file"] as? String }) == [root + "/a-link/bad.yaml"])
        #expect(!result.error.contains("warning"), "no loop here: \(result.error)")
    }

    @Test("a folder that cannot be read: exit 2 naming it and the reason; the other files are still checked")
    func unreadableFolder() throws {
        let temporary = try TemporaryFolder()
        try temporary.write("clean.yaml", Self.clean)
        try temporary.write("open/bad.yaml", Self.violating)
        try temporary.write("locked/bad.yaml", Self.violating)
        let locked = temporary.path + "/locked"
        guard Self.lock(locked) else { return }
        defer { chmod(locked, 0o755) }

        let result = CommandRunner.run(["check", temporary.path, "--format", "json", "--as-of", "2026-11-24"])
        #expect(result.status == 2)
        #expect(
            result.error.contains("\(locked):1:1: error: cannot read the folder: Permission denied"), "\(result.error)")
        let (_, dossiers, findings) = try Self.report(result.output)
        #expect(dossiers.sorted() == ["SAMPLE-2026-0001", "SAMPLE-2026-0004"], "\(dossiers)")
        #expect(findings.contains { $0["file"] as? String == temporary.path + "/open/bad.yaml" })

        // Named directly, and in the audit.
        let named = CommandRunner.run(["check", locked])
        #expect(named.status == 2)
        #expect(
            named.error.contains("\(locked):1:1: error: cannot read the folder: Permission denied"), "\(named.error)")
        let audit = CommandRunner.run(
            [
                "audit", temporary.path, "--year", "2026", "--as-of", "2026-11-24", "--output-dir",
                temporary.path + "/.out",
            ])
        #expect(audit.status == 2)
        #expect(
            audit.error.contains("\(locked):1:1: error: cannot read the folder: Permission denied"), "\(audit.error)")
    }

    @Test("a file that cannot be read: exit 2 naming it and the reason; the other files are still checked")
    func unreadableFile() throws {
        let temporary = try TemporaryFolder()
        try temporary.write("clean.yaml", Self.clean)
        let locked = try temporary.write("locked.yaml", Self.violating)
        guard Self.lock(locked) else { return }

        for paths in [[temporary.path], [locked, temporary.path + "/clean.yaml"]] {
            let result = CommandRunner.run(["check"] + paths + ["--format", "json", "--as-of", "2026-11-24"])
            #expect(result.status == 2)
            #expect(
                result.error.contains("\(locked):1:1: error: cannot read the file: Permission denied"),
                "\(result.error)")
            let (_, dossiers, _) = try Self.report(result.output)
            #expect(dossiers == ["SAMPLE-2026-0001"], "\(dossiers)")
        }
    }

    @Test("the audit walks the same way: a loop ends with a warning")
    func auditLoop() throws {
        let temporary = try TemporaryFolder()
        let root = temporary.path + "/folder"
        try temporary.write("folder/clean.yaml", Self.clean)
        try FileManager.default.createSymbolicLink(atPath: root + "/self", withDestinationPath: ".")
        let result = CommandRunner.run(
            ["audit", root, "--year", "2026", "--as-of", "2026-11-24", "--output-dir", temporary.path + "/out"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("\(root)/self: warning: "), "\(result.error)")
        #expect(result.output.contains(": 1 dossiers"), "\(result.output)")
    }
}
