import DossierLintKit
import Testing

@testable import DossierLintCLI

@Suite("Argument parser")
struct ArgumentParserTests {
    let parser = ArgumentParser(options: [
        OptionSpecification("format", short: "f", value: "FORMAT", allowed: ["text", "json"], help: "format"),
        OptionSpecification("output", value: "FILE", help: "output"),
        OptionSpecification("disable", value: "RULE", repeatable: true, help: "disable"),
        OptionSpecification("verbose", help: "flag"),
    ])

    @Test func longShortInlineAndPositionals() throws {
        let parsed = try parser.parse(["a.yaml", "--format", "json", "-", "--output=out.json", "--verbose", "b/"])
        #expect(parsed.positionals == ["a.yaml", "-", "b/"])
        #expect(parsed.value("format") == "json")
        #expect(parsed.value("output") == "out.json")
        #expect(parsed.flag("verbose"))
        #expect(try parser.parse(["-f", "text"]).value("format") == "text")
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try parser.parse(["--", "--format"])
        #expect(parsed.positionals == ["--format"])
        #expect(parsed.value("format") == nil)
    }

    @Test func repeatableAccumulates() throws {
        #expect(try parser.parse(["--disable", "a", "--disable=b"]).values("disable") == ["a", "b"])
    }

    @Test func errors() {
        #expect(throws: UsageError("unknown option '--fromat'; did you mean '--format'?")) {
            try parser.parse(["--fromat", "json"])
        }
        #expect(throws: UsageError("invalid value 'xml' for '--format': expected one of text, json")) {
            try parser.parse(["--format", "xml"])
        }
        #expect(throws: UsageError("option '--output' needs a value FILE")) { try parser.parse(["--output"]) }
        #expect(throws: UsageError("option '--format' given more than once")) {
            try parser.parse(["--format", "json", "--format", "text"])
        }
        #expect(throws: UsageError("option '--verbose' takes no value")) { try parser.parse(["--verbose=1"]) }
    }

    @Test func editDistanceCounts() {
        #expect(editDistance("format", "fromat") == 2)
        #expect(editDistance("", "abc") == 3)
        #expect(editDistance("same", "same") == 0)
        #expect(editDistance("kitten", "sitting") == 3)
    }

    @Test func editDistanceStopsAtItsLimit() {
        #expect(editDistance("kitten", "sitting", limit: 3) == 3)
        #expect(editDistance("kitten", "sitting", limit: 2) == 3)  // above the limit: limit + 1
        #expect(editDistance("abc", "abcdefgh", limit: 2) == 3)  // lengths too far apart
        #expect(editDistance("", "abcdef", limit: 1) == 2)
        #expect(editDistance("stage-gap", "stage-gap", limit: 0) == 0)
    }
}
