import Testing

@testable import DossierLintKit

/// The report written file by file: whatever holds the parts (memory, a temporary
/// file, memory again after the file fails), the bytes are those of the whole report.
@Suite struct ReportStreamTests {
    private static let formats = ["text", "json", "junit", "sarif", "github"]

    private func streamed(_ format: String, spoolMemory: Int) throws -> (text: String, pieces: Int) {
        let reporter = try #require(Reporters.named(format))
        let report = ReporterFixture.report
        var text = ""
        var pieces = 0
        var stream = ReportStream(
            reporter: reporter,
            header: ReportHeader(toolVersion: report.toolVersion, asOf: report.asOf, failOn: report.failOn),
            options: ReporterFixture.options(.en), spoolMemory: spoolMemory
        ) { piece in
            text.append(piece)
            pieces += 1
        }
        for file in report.files { stream.add(file) }
        stream.finish(skippedFiles: report.skippedFiles.count)
        #expect(stream.failure == nil)
        #expect(stream.summary == ReportSummary(report))
        return (text, pieces)
    }

    @Test("parts held on disk give the same bytes as parts held in memory", arguments: formats)
    func spoolOnDisk(_ format: String) throws {
        let whole = try #require(Reporters.named(format)).render(
            ReporterFixture.report, options: ReporterFixture.options(.en))
        let inMemory = try streamed(format, spoolMemory: 1 << 30)
        let onDisk = try streamed(format, spoolMemory: 0)
        #expect(inMemory.text == whole)
        #expect(onDisk.text == whole)
        #expect(onDisk.pieces > 2, "the files' parts are written one by one")
    }

    @Test("a spool replays its parts in order, from memory and then from its file")
    func spoolOrder() {
        let spool = Spool(memoryLimit: 10)
        let parts = ["alpha", "beta", "gamma 甲", "delta", String(repeating: "x", count: 100_000), "", "omega"]
        for part in parts { spool.append(part) }
        var replayed: [String] = []
        #expect(spool.replay { replayed.append($0) } == nil)
        #expect(replayed == parts)
    }

    @Test(
        "a spool's file is replayed in blocks: parts across a block's end, and longer than a block",
        arguments: [1, 7, 16, 64, 1 << 22])
    func spoolBlocks(block: Int) {
        let spool = Spool(memoryLimit: 0, replayBlock: block)
        let parts = (0..<40).map { index in String(repeating: index % 3 == 0 ? "甲" : "x", count: index * 5 % 37) }
        for part in parts { spool.append(part) }
        var replayed: [String] = []
        #expect(spool.replay { replayed.append($0) } == nil)
        #expect(replayed == parts)
    }

    @Test("a SARIF result names its rule's index once every rule is known")
    func sarifIndexes() throws {
        let text = try streamed("sarif", spoolMemory: 0).text
        #expect(!text.unicodeScalars.contains("\u{1}"))
        #expect(!text.unicodeScalars.contains("\u{2}"))
    }
}
