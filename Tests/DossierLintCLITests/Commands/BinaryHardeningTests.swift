import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The defects of the hostile-input campaign, each run through the built
/// `dossierlint` executable as a user runs it (a separate process, real
/// standard streams and exit status), not through the in-process entry point.
@Suite("hostile input through the built binary")
struct BinaryHardeningTests {
    /// The `dossierlint` executable built beside the test bundle, if any.
    static let binary: URL? = {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("dossierlint"),
            Bundle.main.bundleURL.deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("dossierlint"),
            URL(fileURLWithPath: packageRoot + "/.build/debug/dossierlint"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static let violating: String =
        (try? String(contentsOfFile: packageRoot + "/Samples/violations-planning.yaml", encoding: .utf8)) ?? ""

    /// `setpriv` (util-linux), with which a test run as root runs the binary as `nobody`,
    /// for whom file permissions apply.
    static let setpriv: String? = ["/usr/bin/setpriv", "/bin/setpriv"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Runs the binary (as `nobody` when `unprivileged`, through `setpriv`); `nil` (after
    /// saying so) when it is not built.
    static func run(_ arguments: [String], unprivileged: Bool = false, timeout: TimeInterval = 60) throws -> (
        status: Int32, output: String, error: String
    )? {
        guard let binary else {
            print("skipped: the dossierlint executable was not found beside the tests")
            return nil
        }
        // Standard output and error go to files: no pipe to drain while waiting.
        let folder = try TemporaryFolder()
        let outputPath = folder.path + "/stdout"
        let errorPath = folder.path + "/stderr"
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        let process = Process()
        if unprivileged, let setpriv {
            process.executableURL = URL(fileURLWithPath: setpriv)
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            Issue.record("dossierlint \(arguments) did not finish within \(Int(timeout)) s")
        }
        process.waitUntilExit()
        let output = FileManager.default.contents(atPath: outputPath) ?? Data()
        let error = FileManager.default.contents(atPath: errorPath) ?? Data()
        return (
            process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self)
        )
    }

    @Test("1. a link loop ends, each dossier is checked once, and the loop is a warning naming the link")
    func linkLoop() throws {
        let folder = try TemporaryFolder()
        try folder.write("repo/a.yaml", Self.violating)
        symlink(".", folder.path + "/repo/self")
        symlink("../repo", folder.path + "/repo/up")
        guard let result = try Self.run(["check", folder.path + "/repo", "--as-of", "2026-11-24", "--format", "json"])
        else { return }
        #expect(result.status == 1)
        #expect(result.output.components(separatedBy: "\"dossier_id\": \"SAMPLE-2026-0004\"").count == 2)
        #expect(result.error.contains("self") || result.error.contains("up"), "\(result.error)")
    }

    @Test("2. an unreadable folder is a located error and exit 2; the other files are still checked")
    func unreadableFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("repo/locked/a.yaml", Self.violating)
        try folder.write("repo/b.yaml", Self.violating)
        // Root reads any folder: as root, the binary runs as `nobody`, for whom the lock holds.
        let asRoot = getuid() == 0
        if asRoot {
            guard Self.setpriv != nil else {
                print("skipped: running as root without setpriv, a locked folder stays readable")
                return
            }
            chmod(folder.path + "/repo/locked", 0)
        } else {
            guard FileWalkTests.lock(folder.path + "/repo/locked") else { return }
        }
        defer { chmod(folder.path + "/repo/locked", 0o755) }
        guard
            let result = try Self.run(
                ["check", folder.path + "/repo", "--as-of", "2026-11-24"], unprivileged: asRoot)
        else { return }
        #expect(result.status == 2)
        #expect(result.error.contains("locked") && result.error.contains("Permission denied"), "\(result.error)")
        #expect(result.output.contains("b.yaml"))
    }

    @Test("3. --output naming an input: exit 2 and the dossier untouched")
    func outputIsAnInput() throws {
        let folder = try TemporaryFolder()
        let dossier = try folder.write("a.yaml", Self.violating)
        guard let result = try Self.run(["check", dossier, "--output", dossier]) else { return }
        #expect(result.status == 2)
        #expect(try String(contentsOfFile: dossier, encoding: .utf8) == Self.violating)
    }

    @Test("4. escape sequences of a file and its name never reach the terminal; a long line is windowed")
    func escapedDiagnostics() throws {
        let folder = try TemporaryFolder()
        let long = String(repeating: "x", count: 200_000)
        let path = try folder.write(
            "bad\u{1B}[31m.yaml", "schema: itsms-dossier/1\nkey: \u{1B}]0;title\u{07}\(long) [unclosed\n")
        guard let result = try Self.run(["check", path]) else { return }
        #expect(result.status == 2)
        #expect(!result.error.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }, "raw controls on stderr")
        #expect(result.error.count < 2_000, "the 200,000-character line is shown as a window")
    }

    @Test("5. a file over the size limit is refused by its size, unread")
    func sizeLimit() throws {
        let folder = try TemporaryFolder()
        let huge = folder.path + "/huge.yaml"
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        #expect(truncate(huge, 1 << 31) == 0)
        guard let result = try Self.run(["check", huge]) else { return }
        #expect(result.status == 2)
        #expect(result.error.contains("file is 2147483648 bytes; the limit is 16777216 bytes"), "\(result.error)")
    }

    @Test("6. keys equal as bytes are duplicates whatever the mapping's size; NFC and NFD spellings are not")
    func keyEquality() throws {
        let folder = try TemporaryFolder()
        let nfc = "caf\u{E9}"
        let nfd = "cafe\u{301}"
        for count in [3, 100] {
            let filler = (0..<count).map { "k\($0): 1\n" }.joined()
            let distinct = try folder.write("distinct-\(count).yaml", filler + "\(nfc): 1\n\(nfd): 2\n")
            let repeated = try folder.write("repeated-\(count).yaml", filler + "\(nfc): 1\n\(nfc): 2\n")
            guard let accepted = try Self.run(["check", distinct]), let refused = try Self.run(["check", repeated])
            else { return }
            #expect(!accepted.error.contains("duplicate key"), "\(count) keys: \(accepted.error)")
            #expect(refused.status == 2 && refused.error.contains("duplicate key"), "\(count) keys")
        }
    }

    @Test("7. a NUL byte is named without a UTF-16 hint; an unreadable file and a failed write say why")
    func messages() throws {
        let folder = try TemporaryFolder()
        let nul = try folder.write("nul.yaml", bytes: Array("schema: itsms-dossier/1\nname: a\u{0}b\n".utf8))
        guard let result = try Self.run(["check", nul]) else { return }
        #expect(result.status == 2)
        #expect(result.error.contains("NUL byte") && !result.error.contains("UTF-16"), "\(result.error)")
        let dossier = try folder.write("a.yaml", Self.violating)
        guard let write = try Self.run(["check", dossier, "--output", folder.path + "/missing/report.txt"]) else {
            return
        }
        #expect(write.status == 2)
        #expect(write.error.contains("No such file or directory") && !write.error.contains("NSCocoaErrorDomain"))
    }
}
