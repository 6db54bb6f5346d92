import Testing

@testable import DossierLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The report written file by file: whatever holds the parts (memory, a temporary
/// file, memory again after the file fails), the bytes are those of the whole report.
@Suite struct ReportStreamTests {
    private static let formats = ["text", "json", "junit", "sarif", "github"]

    /// What a stream wrote, and into how many pieces; with `copy`, what it copied (read back
    /// with `pread`) is in the text, and each copy counts as a piece.
    private func streamed(
        _ format: String, spoolMemory: Int, copy: Copying = .none
    ) throws -> (text: String, pieces: Int, copies: Int) {
        let reporter = try #require(Reporters.named(format))
        let report = ReporterFixture.report
        var text = ""
        var pieces = 0
        var copies = 0
        let copier: ReportStream.FileCopy? =
            copy == .none
            ? nil
            : { descriptor, offset, length in
                copies += 1
                guard copy == .copies else { return false }
                text.append(Self.text(of: descriptor, offset: offset, length: length))
                pieces += 1
                return true
            }
        var stream = ReportStream(
            reporter: reporter,
            header: ReportHeader(toolVersion: report.toolVersion, asOf: report.asOf, failOn: report.failOn),
            options: ReporterFixture.options(.en), spoolMemory: spoolMemory,
            write: { piece in
                text.append(piece)
                pieces += 1
            }, copy: copier)
        for file in report.files { stream.add(file) }
        stream.finish(skippedFiles: report.skippedFiles.count)
        #expect(stream.failure == nil)
        #expect(stream.summary == ReportSummary(report))
        return (text, pieces, copies)
    }

    /// The `length` bytes a copy is handed, from `offset` of the open file `descriptor`, read
    /// back as text (every byte is expected to be read).
    private static func text(of descriptor: Int32, offset: Int, length: Int) -> String {
        var bytes = [UInt8](repeating: 0, count: length)
        let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, length, off_t(offset)) }
        #expect(read == length)
        return String(decoding: bytes[..<max(read, 0)], as: UTF8.self)
    }

    /// Whether a stream is given a way to copy held parts, and whether it copies.
    enum Copying { case none, copies, refuses }

    @Test("parts held on disk are copied to the output, or written when it takes no copy", arguments: formats)
    func spoolCopied(_ format: String) throws {
        let whole = try #require(Reporters.named(format)).render(
            ReporterFixture.report, options: ReporterFixture.options(.en))
        let copied = try streamed(format, spoolMemory: 0, copy: .copies)
        let refused = try streamed(format, spoolMemory: 0, copy: .refuses)
        #expect(copied.text == whole)
        #expect(refused.text == whole)
        // JSON and JUnit hand over their held parts whole; SARIF resolves each part, and the
        // formats without a head hold nothing.
        let copies = ["json", "junit"].contains(format) ? 1 : 0
        #expect(copied.copies == copies)
        #expect(refused.copies == copies)
        // Held in memory, the parts are written.
        #expect(try streamed(format, spoolMemory: 1 << 30, copy: .copies).copies == 0)
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

    @Test(
        "a spool without parts replays its text in blocks that end where characters end",
        arguments: [1, 4, 5, 7, 16, 64, 1 << 22])
    func spoolTextBlocks(block: Int) {
        let spool = Spool(memoryLimit: 12, replayBlock: block, keepsParts: false)
        let characters = ["x", "é", "甲", "😀"]
        let parts = (0..<60).map { index in
            String(repeating: characters[index % 4], count: index * 7 % 23) + (index % 5 == 0 ? "\n" : "")
        }
        for part in parts { spool.append(part) }
        var replayed: [String] = []
        #expect(spool.replay { replayed.append($0) } == nil)
        #expect(replayed.joined() == parts.joined())
        // Every piece is whole characters (a cut one would have been replaced by U+FFFD), and
        // no file block is longer than asked, nor shorter than it needs to be.
        #expect(!replayed.joined().unicodeScalars.contains("\u{FFFD}"))
        let fromFile = replayed.drop { piece in parts.contains(piece) && piece.utf8.count <= 12 }
        for piece in fromFile.dropLast() {
            #expect(piece.utf8.count <= max(block, 4) && piece.utf8.count > max(block, 4) - 4)
        }
        if block >= 1 << 22 { #expect(fromFile.count == 1, "one block holds the whole file") }
    }

    @Test("a spool without parts writes its file in large pieces: read back or copied, the text is whole")
    func spoolPending() {
        let parts = (0..<300).map { index in String(repeating: index % 2 == 0 ? "甲" : "ab", count: 700 + index) }
        for copies in [false, true] {
            let spool = Spool(memoryLimit: 1_000, replayBlock: 100_000, keepsParts: false)
            for part in parts { spool.append(part) }
            var replayed = ""
            let failure = spool.replay(
                copy: copies
                    ? { descriptor, offset, length in
                        replayed += Self.text(of: descriptor, offset: offset, length: length)
                        return true
                    } : nil
            ) { replayed += $0 }
            #expect(failure == nil)
            #expect(parts.joined().utf8.count > 2 * Spool.pendingLimit, "the file is written more than once")
            #expect(replayed == parts.joined(), "copied: \(copies)")
        }
    }

    @Test("a SARIF result names its rule's index once every rule is known")
    func sarifIndexes() throws {
        let text = try streamed("sarif", spoolMemory: 0).text
        #expect(!text.unicodeScalars.contains("\u{1}"))
        #expect(!text.unicodeScalars.contains("\u{2}"))
    }
}
