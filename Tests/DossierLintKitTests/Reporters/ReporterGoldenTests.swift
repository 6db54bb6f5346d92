import Foundation
import Testing

@testable import DossierLintKit

/// Every format, rendered from the fixed report, compared byte for byte with
/// `Golden/<format>.<language>.<ext>`. Set `DOSSIERLINT_UPDATE_GOLDEN=1` to
/// rewrite the golden files after an intended change.
@Suite struct ReporterGoldenTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var format: String
        var language: Language
        var color: Bool
        var golden: String

        var testDescription: String { golden }
    }

    static let cases: [Case] = {
        let extensions = ["text": "txt", "json": "json", "junit": "xml", "sarif": "sarif", "github": "txt"]
        var cases: [Case] = []
        for format in ["text", "json", "junit", "sarif", "github"] {
            for language in [Language.en, .zh] {
                cases.append(
                    Case(
                        format: format, language: language, color: false,
                        golden: "\(format).\(language.rawValue).\(extensions[format]!)"))
            }
        }
        cases.append(Case(format: "text", language: .en, color: true, golden: "text-color.en.txt"))
        return cases
    }()

    @Test(arguments: cases)
    func matchesGoldenFile(_ testCase: Case) throws {
        let reporter = try #require(Reporters.named(testCase.format))
        let options = ReporterFixture.options(testCase.language, color: testCase.color)
        let output = reporter.render(ReporterFixture.report, options: options)
        ReporterTestSupport.expectGolden(output, named: testCase.golden)
    }

    @Test(arguments: cases)
    func isDeterministic(_ testCase: Case) throws {
        let reporter = try #require(Reporters.named(testCase.format))
        let options = ReporterFixture.options(testCase.language, color: testCase.color)
        let first = reporter.render(ReporterFixture.report, options: options)
        // The same report built again from its parts, files in another order.
        let report = ReporterFixture.report
        let rebuilt = CheckReport(
            toolVersion: report.toolVersion, asOf: report.asOf, files: report.files.reversed(),
            skippedFiles: report.skippedFiles.reversed(), failOn: report.failOn)
        #expect(reporter.render(rebuilt, options: options) == first)
        #expect(reporter.render(report, options: options) == first)
        #expect(first.hasSuffix("\n"))
    }

    @Test func registryKnowsEveryFormat() {
        #expect(Reporters.all.map { $0.name } == ["text", "json", "junit", "sarif", "github"])
        #expect(Reporters.named("sarif") == SARIFReporter.self)
        #expect(Reporters.named("xml") == nil)
    }
}
