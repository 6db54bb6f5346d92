import DossierRules
import DossierSyntax
import Foundation
import Testing

@testable import DossierLintKit

/// Inputs are measured against the size limit before they are read: a run asks
/// its `FileSource` for at most the limit, and a refused file is a located error.
@Suite("bounded reads")
struct BoundedReadTests {
    static func check(_ inputs: [InputFile], files: FileSource) throws -> CheckReport {
        let linter = try BuiltInRules.linter()
        let day = Day(year: 2026, month: 11, day: 24)!
        return try CheckRun(
            inputs: inputs, options: CheckOptions(currentDirectory: "/", asOf: day, today: day), linter: linter,
            rules: RuleRegistry.all, registry: nil, registryIsExplicit: false,
            summarize: DossierSummaries.summarizer(packs: linter.packs), toolVersion: "test"
        ).run(files: files, observer: RunObserver()).report
    }

    @Test("a file larger than the limit is refused by its size, never read whole")
    func largeFileRefusedUnread() throws {
        let calls = Gathered<String>()
        let files = FileSource(
            contents: { path in
                calls.add("contents \(path)")
                return nil
            },
            read: { path, limit in
                calls.add("read \(path) \(limit)")
                return .tooLarge(size: 5_000_000_000)
            })
        let report = try Self.check(
            [InputFile(displayPath: "big.yaml", readPath: "/big.yaml", named: true)], files: files)
        #expect(calls.all == ["read /big.yaml \(16 << 20)"], "asked for at most the limit, never for the whole file")
        let finding = try #require(report.files.first?.findings.first)
        #expect(finding.rule == "parse" && finding.location.line == 1 && finding.location.column == 1)
        #expect(
            finding.message.en.contains("file is 5000000000 bytes; the limit is 16777216 bytes"), "\(finding.message)")
    }

    @Test("standard input is read up to one byte past the limit; more is refused")
    func standardInputBounded() throws {
        let calls = Gathered<String>()
        let files = FileSource(
            contents: { _ in nil },
            standardInput: { limit in
                calls.add("stdin \(limit)")
                return [UInt8](repeating: UInt8(ascii: "a"), count: limit)
            })
        let report = try Self.check([InputFile(displayPath: "<stdin>", readPath: nil, named: true)], files: files)
        #expect(calls.all == ["stdin \((16 << 20) + 1)"])
        let finding = try #require(report.files.first?.findings.first)
        #expect(finding.message.en.contains("input is more than 16777216 bytes"), "\(finding.message)")
    }

    @Test("without a bounded reader, a source's whole contents are measured against the limit")
    func defaultRead() {
        let files = FileSource(contents: { $0 == "/a" ? [UInt8](repeating: 32, count: 10) : nil })
        #expect(files.read("/a", 10) == .bytes([UInt8](repeating: 32, count: 10)))
        #expect(files.read("/a", 9) == .tooLarge(size: 10))
        #expect(files.read("/b", 9) == .failed(reason: nil))
    }
}
