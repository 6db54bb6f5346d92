import DossierLintTestSupport
import Foundation
import Testing

@testable import DossierLintCLI

/// Every output of the command line on the shipped samples, byte for byte:
/// `check` in each format and language, the internal audit's three reports,
/// `rules`, `explain` of every rule and `config --print`. A change of any
/// output shows here as a diff of `Tests/DossierLintCLITests/Golden/`.
@Suite("Golden outputs on Samples/")
struct SamplesGoldenTests {
    static let goldenDirectory = URL(fileURLWithPath: packageRoot).appendingPathComponent(
        "Tests/DossierLintCLITests/Golden")
    static let formats: [(name: String, extension: String)] = [
        ("text", "txt"), ("json", "json"), ("junit", "xml"), ("sarif", "sarif"), ("github", "txt"),
    ]
    static let languages = ["en", "zh"]

    /// Runs the command line from the package root, so paths read `Samples/…`.
    static func run(_ arguments: [String]) -> (status: Int32, output: String, error: String) {
        CommandRunner.run(arguments, directory: packageRoot)
    }

    static func expect(
        _ actual: String, matches name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        if let mismatch = Golden.mismatch(actual, goldenFile: goldenDirectory.appendingPathComponent(name)) {
            Issue.record(Comment(rawValue: mismatch), sourceLocation: sourceLocation)
        }
    }

    @Test("check Samples/ in every format and language", arguments: languages)
    func check(language: String) {
        for format in Self.formats {
            // JUnit holds every passing rule too; its messages are those of the other formats.
            if format.name == "junit" && language != "en" { continue }
            let result = Self.run([
                "check", "Samples", "--as-of", "2026-11-24", "--format", format.name, "--lang", language,
            ])
            #expect(result.status == 1, "\(format.name): \(result.error)")
            Self.expect(result.output, matches: "check.\(format.name).\(language).\(format.extension)")
        }
        if language == "en" {
            let located = Self.run([
                "check", "Samples", "--as-of", "2026-11-24", "--format", "junit", "--junit-locations", "--lang", "en",
            ])
            Self.expect(located.output, matches: "check.junit-locations.en.xml")
        }
        let profiled = Self.run(["check", "Samples", "--as-of", "2026-11-24", "--profile", "icas", "--lang", language])
        Self.expect(profiled.output, matches: "check.profile-icas.\(language).txt")
    }

    @Test("the internal audit's reports on Samples/repository", arguments: languages)
    func audit(language: String) throws {
        let folder = try TemporaryFolder()
        let result = Self.run([
            "audit", "Samples/repository", "--year", "2026", "--as-of", "2026-11-24", "--output-dir", folder.path,
            "--lang", language,
        ])
        #expect(result.status == 0, "\(result.error)")
        for suffix in ["md", "html", "json"] {
            let text = try String(contentsOfFile: folder.path + "/internal-audit-2026." + suffix, encoding: .utf8)
            Self.expect(text, matches: "audit.\(language).\(suffix)")
        }
    }

    @Test("rules, explain of every rule, and config --print", arguments: languages)
    func documentation(language: String) throws {
        // The markdown listing is Rules/README.md, compared by RulesCommandTests.
        for format in ["text", "json"] {
            let result = Self.run(["rules", "--format", format, "--lang", language])
            #expect(result.status == 0)
            Self.expect(result.output, matches: "rules.\(format).\(language).txt")
        }
        let listing = Self.run(["rules", "--format", "json"])
        let rules = try #require(
            try JSONSerialization.jsonObject(with: Data(listing.output.utf8)) as? [[String: Any]])
        var explained = ""
        for rule in rules {
            let identifier = try #require(rule["id"] as? String)
            let result = Self.run(["explain", identifier, "--lang", language])
            #expect(result.status == 0, "\(identifier): \(result.error)")
            explained += "==== \(identifier)\n" + result.output
        }
        Self.expect(explained, matches: "explain.\(language).txt")
        for format in ["yaml", "json"] {
            let result = Self.run(["config", "--print", "Samples", "--format", format, "--lang", language])
            #expect(result.status == 0, "\(result.error)")
            Self.expect(result.output, matches: "config.\(format).\(language).txt")
        }
    }
}
