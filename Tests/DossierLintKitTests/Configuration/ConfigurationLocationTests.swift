import DossierLintTestSupport
import DossierRules
import DossierSyntax
import Foundation
import Testing

@testable import DossierLintKit

@Suite("configuration: finding files, include / exclude, the plan of a run")
struct ConfigurationLocationTests {
    typealias Support = ConfigurationTestSupport

    @Test("globs match like .gitignore")
    func globs() {
        let cases: [(String, String, Bool)] = [
            ("*.json", "a.json", true), ("*.json", "dossiers/2026/a.json", true), ("*.json", "a.yaml", false),
            ("dossiers/*.yaml", "dossiers/a.yaml", true), ("dossiers/*.yaml", "dossiers/x/a.yaml", false),
            ("dossiers/**/*.yaml", "dossiers/a.yaml", true), ("dossiers/**/*.yaml", "dossiers/x/y/a.yaml", true),
            ("**/archive/**", "a/archive/b.yaml", true), ("archive", "x/archive/b.yaml", true),
            ("archive", "x/archived/b.yaml", false), ("/archive", "x/archive/b.yaml", false),
            ("/archive", "archive/b.yaml", true), ("./archive/", "archive/b.yaml", true),
            ("drafts/", "drafts", false), ("drafts/", "a/drafts/b.yaml", true),
            ("a?.yaml", "ab.yaml", true), ("a?.yaml", "a.yaml", false), ("[ab]*.yaml", "b1.yaml", true),
            ("[!ab]*.yaml", "b1.yaml", false), ("[a-c]1.yaml", "c1.yaml", true), ("*", "x/y.yaml", true),
            ("档案/*.yaml", "档案/甲.yaml", true), ("dossiers", "dossiers.yaml", false),
        ]
        for (pattern, path, expected) in cases {
            #expect(Glob.matches(pattern, path: path) == expected, "\(pattern) ~ \(path)")
        }
    }

    @Test("paths: absolute, relative, display")
    func paths() {
        #expect(ConfigurationLocator.absolute("a/../b/./c.yaml", from: "/x/y") == "/x/y/b/c.yaml")
        #expect(ConfigurationLocator.absolute("/p/q", from: "/x") == "/p/q")
        #expect(ConfigurationLocator.relative("/x/y/b/c.yaml", to: "/x/y") == "b/c.yaml")
        #expect(ConfigurationLocator.relative("/x/z/c.yaml", to: "/x/y") == "../z/c.yaml")
        #expect(
            ConfigurationLocator(currentDirectory: "/x").displayPath("/x/y/.dossierlint.yml") == "y/.dossierlint.yml")
        #expect(
            ConfigurationLocator(currentDirectory: "/x").displayPath("/z/.dossierlint.yml") == "/z/.dossierlint.yml")
    }

    @Test("the nearest configuration in the file's folder or above applies; two in one folder are an error")
    func discovery() throws {
        let folder = try ScratchFolder()
        try folder.write(".dossierlint.yml", "fail_on: warning\n")
        try folder.write("team/.dossierlint.json", "{\"fail_on\": \"info\"}\n")
        try folder.write("team/a/b.yaml", "x: 1\n")
        try folder.write("other/c.yaml", "x: 1\n")
        let locator = ConfigurationLocator(currentDirectory: folder.path)
        #expect(try locator.configuration(forFile: "team/a/b.yaml")?.failOn == .info)
        #expect(try locator.configuration(forFile: "team/a/b.yaml")?.path == "team/.dossierlint.json")
        #expect(try locator.configuration(forFile: "other/c.yaml")?.failOn == .warning)
        #expect(try locator.configuration(forFile: folder.path + "/other/c.yaml")?.path == ".dossierlint.yml")
        #expect(try locator.configuration(forFolder: folder.path + "/team")?.failOn == .info)

        try folder.write("twice/.dossierlint.yml", "")
        try folder.write("twice/.dossierlint.yaml", "")
        #expect(
            throws: ConfigurationError.ambiguous(folder: "twice", files: [".dossierlint.yml", ".dossierlint.yaml"])
        ) {
            _ = try locator.configuration(forFile: "twice/d.yaml")
        }
        #expect(throws: ConfigurationError.unreadable(path: "missing.yml")) {
            _ = try locator.load(path: "missing.yml")
        }
    }

    @Test("the plan: include and exclude, each file's configuration, fail_on, as_of and baseline")
    func plan() throws {
        let folder = try ScratchFolder()
        try folder.write(
            ".dossierlint.yml",
            """
            include: ["dossiers/**"]
            exclude: ["drafts/", "*.tmp.yaml"]
            fail_on: warning
            as_of: 2026-06-30
            baseline: baseline.json
            disable: [stage-gap]
            """)
        try folder.write("strict/.dossierlint.yml", "include: []\nfail_on: info\nas_of: today\n")
        let paths = [
            "dossiers/a.yaml", "dossiers/drafts/b.yaml", "dossiers/c.tmp.yaml", "other/d.yaml", "strict/e.yaml",
            "piped.yaml",
        ]
        let today = Day("2026-11-24")!
        let options = CheckOptions(currentDirectory: folder.path, today: today)
        let plan = try CheckPlan(
            paths: paths, standardInput: "piped.yaml", options: options, packs: Support.packs, rules: RuleRegistry.all)
        #expect(paths.filter(plan.includes) == ["dossiers/a.yaml", "strict/e.yaml", "piped.yaml"])
        #expect(plan.configuration(for: "dossiers/a.yaml")?.path == ".dossierlint.yml")
        #expect(plan.configuration(for: "strict/e.yaml")?.path == "strict/.dossierlint.yml")
        #expect(plan.failOn == .info, "the strictest of the configurations in use")
        #expect(plan.asOfDay == nil, "the configurations disagree")
        #expect(plan.checker(for: "dossiers/a.yaml").today == Day("2026-06-30"))
        #expect(plan.checker(for: "dossiers/a.yaml").asOf == nil, "the dossier's own as_of still wins")
        #expect(plan.checker(for: "strict/e.yaml").asOf == today, "as_of: today")
        #expect(plan.baselinePath(for: "dossiers/a.yaml") == folder.path + "/baseline.json")
        #expect(plan.baselinePath(for: "strict/e.yaml") == nil)
        let stageGap = try #require(Support.rule("stage-gap"))
        #expect(!plan.checker(for: "dossiers/a.yaml").linter.settings.isEnabled(stageGap))
        #expect(plan.checker(for: "strict/e.yaml").linter.settings.isEnabled(stageGap))

        // --config FILE: one configuration for every file; --as-of wins over the policy.
        var explicit = options
        explicit.configurationPath = "strict/.dossierlint.yml"
        explicit.asOf = Day("2026-01-01")
        let single = try CheckPlan(paths: paths, options: explicit, packs: Support.packs, rules: RuleRegistry.all)
        #expect(paths.allSatisfy(single.includes))
        #expect(single.configurations.map(\.path) == ["strict/.dossierlint.yml"])
        #expect(single.checker(for: "dossiers/a.yaml").asOf == Day("2026-01-01"))

        // A malformed configuration stops the plan, even when it would exclude every file.
        try folder.write("broken/.dossierlint.yml", "exclude: ['*']\nfail_on: sometimes\n")
        #expect {
            _ = try CheckPlan(paths: ["broken/x.yaml"], options: options, packs: Support.packs, rules: RuleRegistry.all)
        } throws: { error in
            guard case ConfigurationError.invalid(let problems) = error else { return false }
            return problems.map(\.location) == [SourceLocation(line: 2, column: 10)]
                && problems.first?.file == "broken/.dossierlint.yml"
        }
    }
}

/// Absolute paths are made byte by byte when the path is ASCII, character by character otherwise:
/// the two agree on ASCII paths.
@Suite("absolute paths")
struct AbsolutePathTests {
    @Test("ASCII paths: bytes and characters give the same absolute path")
    func asciiAgreesWithCharacters() {
        let pieces = ["a", "bc", "..", ".", "", "...", "x y", "-", "~"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...8, using: &generator)
            let path =
                (Bool.random(using: &generator) ? "/" : "")
                + (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: "/")
                + (Bool.random(using: &generator) ? "/" : "")
            #expect(
                ConfigurationLocator.asciiAbsolute(path) == ConfigurationLocator.absoluteByCharacter(path), "\(path)")
        }
        #expect(ConfigurationLocator.absolute("../x/./y", from: "/a/b") == "/a/x/y")
        #expect(ConfigurationLocator.absolute("../../..", from: "/a") == "/")
        #expect(ConfigurationLocator.absolute("审核/../档案.yaml", from: "/数据") == "/数据/档案.yaml")
    }

    @Test("a file's folder made absolute once per folder part: the same as the file's path made absolute")
    func foldersOfFiles() {
        let pieces = ["a", "bc", "..", ".", "", "...", "x y", "f.yaml", "审核", "/̸e"]
        var generator = SplitMix64(seed: 11)
        for directory in ["/x/y", "/", "/数据"] {
            let locator = ConfigurationLocator(currentDirectory: directory)
            for _ in 0..<3_000 {
                let count = Int.random(in: 1...6, using: &generator)
                let path =
                    (Bool.random(using: &generator) ? "/" : "")
                    + (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: "/")
                    + (Int.random(in: 0..<8, using: &generator) == 0 ? "/" : "")
                // Asked twice: the second answer comes from what the first kept.
                for _ in 0..<2 {
                    #expect(
                        locator.absoluteFolder(ofFile: path)
                            == ConfigurationLocator.parent(of: ConfigurationLocator.absolute(path, from: directory)),
                        "\(path) from \(directory)")
                }
            }
        }
    }
}
