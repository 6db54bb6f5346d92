import Foundation
import Testing

/// The binary refuses inputs over the documented limits before reading them,
/// says so at the file's first line, and checks the other files; the limits are
/// raised or lowered with `limits:` in the configuration.
@Suite("input limits")
struct InputLimitsCommandTests {
    static let sample = packageRoot + "/Samples/clean-initial.yaml"

    @Test("a 2 GB file is refused by its size, exit 2, and the other files are still checked")
    func hugeFile() throws {
        let folder = try TemporaryFolder()
        let huge = folder.path + "/huge.yaml"
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: huge))
        try handle.truncate(atOffset: 2 << 30)  // sparse: no disk space, and reading it would take 2 GB
        try handle.close()
        try folder.write("ok.yaml", try String(contentsOfFile: Self.sample, encoding: .utf8))
        let result = CommandRunner.run([huge, folder.path + "/ok.yaml", "--as-of", "2026-11-24", "--format", "json"])
        #expect(result.status == 2)
        #expect(result.error.contains("huge.yaml:1:1: error: file is 2147483648 bytes; the limit is 16777216 bytes"))
        #expect(result.output.contains("\"path\": \"\(folder.path)/ok.yaml\""), "the other file is reported")
    }

    @Test("standard input beyond the limit is refused without reading the rest")
    func standardInput() {
        let text = String(repeating: "# padding\n", count: 1_700_000)  // 17 MB
        let result = CommandRunner.run(["check", "-"], input: text)
        #expect(result.status == 2)
        #expect(result.error.contains("<stdin>:1:1: error: input is more than 16777216 bytes"), "\(result.error)")
    }

    @Test("limits: in the configuration lowers or raises the limits; a bad value is a located error")
    func configured() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.yaml", try String(contentsOfFile: Self.sample, encoding: .utf8))
        try folder.write(".dossierlint.yml", "limits:\n  file_bytes: 1000\n")
        let lowered = CommandRunner.run(
            ["check", folder.path + "/a.yaml", "--as-of", "2026-11-24"], directory: folder.path)
        #expect(lowered.status == 2)
        #expect(
            lowered.error.contains("/a.yaml:1:1: error: file is") && lowered.error.contains("the limit is 1000 bytes"))
        try folder.write(".dossierlint.yml", "limits:\n  scalar_bytes: 4\n")
        let scalars = CommandRunner.run(
            ["check", folder.path + "/a.yaml", "--as-of", "2026-11-24"], directory: folder.path)
        #expect(scalars.status == 2 && scalars.error.contains("longer than the limit of 4 bytes"), "\(scalars.error)")
        try folder.write(".dossierlint.yml", "limits:\n  file_bytes: 100000000\n  keys_per_mapping: 20000\n")
        let raised = CommandRunner.run(
            ["check", folder.path + "/a.yaml", "--as-of", "2026-11-24"], directory: folder.path)
        #expect(raised.status == 0, "\(raised.error)")
        let printed = CommandRunner.run(["config", "--print"], directory: folder.path)
        #expect(printed.output.contains("file_bytes: 100000000") && printed.output.contains("keys_per_mapping: 20000"))
        try folder.write(".dossierlint.yml", "limits:\n  nesting: 0\n  files: 3\n")
        let bad = CommandRunner.run(["check", folder.path + "/a.yaml"], directory: folder.path)
        #expect(bad.status == 2)
        #expect(
            bad.error.contains(".dossierlint.yml:2:12: error: limits.nesting should be a whole number of at least 1"))
        #expect(bad.error.contains(".dossierlint.yml:3:3: error: unknown key 'files' under limits"))
    }
}
