import DossierSyntax
import Testing

@testable import DossierLintKit

@Suite("suppressions in dossiers")
struct SuppressionTests {
    typealias Support = ConfigurationTestSupport

    /// `shortGap` with lines inserted before line 5 (the stage-2 line, where stage-gap reports).
    static func shortGap(before line5: String = "", trailing: String = "", header: String = "") -> String {
        var lines = Support.shortGap.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[4] += trailing
        if !line5.isEmpty { lines.insert(line5, at: 4) }
        if !header.isEmpty { lines.insert(header, at: 0) }
        return lines.joined(separator: "\n") + "\n"
    }

    func check(_ text: String, path: String = "t.yaml") throws -> [Finding] {
        Support.stageGapLinter().check(try Support.dossier(text, path: path), judgingDay: Support.day).findings
    }

    @Test("the scanner: directives, selectors, reasons and the lines covered")
    func scanner() {
        let text = """
            # dossierlint: disable-next-line stage-gap, 5.4.2.3 -- moved by the CB, ref. 2026-17
            # an ordinary comment
            audits:   # dossierlint: disable-line annex-b-days -- 特批
              - note: "a # dossierlint: disable-file x -- not a comment"
                text: |
                  # dossierlint: disable-file y -- block scalar content, not a comment
                id: 'it''s # dossierlint: disable z -- quoted'
            # dossierlint: disable a, b -- block
            x: 1
            # dossierlint: enable a
            y: 2
            # dossierlint: frobnicate c -- ?
            # dossierlint: disable-file d --
            """
        let comments = SuppressionScanner.comments(in: Array(text.utf8))
        #expect(
            comments.map(\.directiveText) == [
                "disable-next-line", "disable-line", "disable", "enable", "frobnicate", "disable-file",
            ])
        let first = comments[0]
        #expect(first.directive == .disableNextLine)
        #expect(first.selectors == ["stage-gap", "5.4.2.3"])
        #expect(first.reason == "moved by the CB, ref. 2026-17")
        #expect(first.location == SourceLocation(line: 1, column: 1))
        #expect(first.lines["stage-gap"] == 3...3, "the next line holding more than a comment")
        #expect(comments[1].location == SourceLocation(line: 3, column: 11))
        #expect(comments[1].lines == ["annex-b-days": 3...3])
        #expect(comments[1].reason == "特批")
        #expect(comments[2].lines == ["a": 8...9, "b": 8...13], "each selector until its enable, else the end")
        #expect(comments[3].directive == .enable && comments[3].lines.isEmpty)
        #expect(comments[4].directive == nil)
        #expect(comments[5].reason == nil, "an empty reason is no reason")
        #expect(comments[5].lines == ["d": 1...13])
    }

    @Test("blocks end at the first later enable that names them or names nothing")
    func blocks() {
        let text = """
            # dossierlint: disable a -- r
            x: 1
            # dossierlint: enable
            # dossierlint: disable a, b -- r
            # dossierlint: enable b
            y: 2
            # dossierlint: disable-next-line c -- r
            """
        let comments = SuppressionScanner.comments(in: Array(text.utf8))
        #expect(comments.map(\.location.line) == [1, 3, 4, 5, 7])
        #expect(comments[0].lines == ["a": 1...2])
        #expect(comments[2].lines == ["a": 4...7, "b": 4...4])
        #expect(comments[4].lines == ["c": 8...8], "no content line after it: the next line")
    }

    @Test("CRLF line ends and wide characters before the comment")
    func columns() {
        let text = "名称: 甲乙 # dossierlint: disable-line stage-gap -- r\r\nx: 1\r\n"
        let comments = SuppressionScanner.comments(in: Array(text.utf8))
        #expect(comments.map(\.location) == [SourceLocation(line: 1, column: 8)])
        #expect(comments.first?.reason == "r")
    }

    @Test("each comment form suppresses the finding, with its reason, by id or clause")
    func commentForms() throws {
        let forms = [
            Self.shortGap(before: "  # dossierlint: disable-next-line stage-gap -- moved by the CB"),
            Self.shortGap(before: "  # dossierlint: disable-next-line 5.6.1 -- moved by the CB"),
            Self.shortGap(trailing: "  # dossierlint: disable-line stage-gap -- moved by the CB"),
            Self.shortGap(before: "  # dossierlint: disable 5.6 -- moved by the CB"),
            Self.shortGap(header: "# dossierlint: disable-file stage-gap -- moved by the CB"),
        ]
        for text in forms {
            let findings = try check(text)
            #expect(findings.count == 1, "\(text)")
            #expect(findings.first?.rule == "stage-gap")
            #expect(findings.first?.suppression == "moved by the CB", "\(text)")
            #expect(FindingCounts(findings).errors == 0, "suppressed findings are not counted")
        }
        let enabledAgain = Self.shortGap(
            before: "  # dossierlint: disable stage-gap -- block\n  # dossierlint: enable stage-gap")
        let reopened = try check(enabledAgain)
        #expect(reopened.contains { $0.rule == "stage-gap" && $0.suppression == nil }, "enable ends the block")
        #expect(reopened.contains { $0.rule == "suppression" && $0.severity == .warning }, "…so the block is unused")
    }

    @Test("a comment elsewhere, or for another rule, does not suppress")
    func notCovered() throws {
        let elsewhere = try check(
            Self.shortGap(header: "# dossierlint: disable-next-line stage-gap -- covers line 2 only"))
        #expect(elsewhere.first { $0.rule == "stage-gap" }?.suppression == nil)
        let other = try check(Self.shortGap(before: "  # dossierlint: disable-next-line annex-b-days -- another rule"))
        #expect(other.first { $0.rule == "stage-gap" }?.suppression == nil)
        #expect(other.filter { $0.rule == "suppression" }.map(\.severity) == [.warning], "unused")
    }

    @Test("no reason, no rule, an unknown rule or directive: an error finding, nothing suppressed")
    func malformedComments() throws {
        let cases: [(String, String)] = [
            ("  # dossierlint: disable-next-line stage-gap", "needs a reason"),
            ("  # dossierlint: disable-next-line stage-gap --   ", "needs a reason"),
            ("  # dossierlint: disable-next-line -- why", "needs a rule or clause"),
            ("  # dossierlint: disable-next-line stage_gap -- why", "unknown rule or clause 'stage_gap'"),
            ("  # dossierlint: ignore stage-gap -- why", "unknown dossierlint directive 'ignore'"),
        ]
        for (comment, message) in cases {
            let findings = try check(Self.shortGap(before: comment))
            #expect(findings.first { $0.rule == "stage-gap" }?.suppression == nil, "\(comment)")
            let problems = findings.filter { $0.rule == "suppression" }
            #expect(problems.count == 1, "\(comment): \(problems.map(\.message.en))")
            #expect(problems.first?.severity == .error)
            #expect(problems.first?.location == SourceLocation(line: 5, column: 3))
            #expect(problems.first?.message.en.contains(message) == true, "\(problems.first?.message.en ?? "")")
        }
    }

    @Test("the data form dossierlint.suppressions, for JSON (and YAML) dossiers")
    func dataForm() throws {
        let json = """
            {
              "schema": "itsms-dossier/1",
              "dossier_id": "T-3",
              "audits": [
                {"id": "A1", "type": "stage1", "dates": {"start": "2026-04-13", "end": "2026-04-14"}},
                {"id": "A2", "type": "stage2", "dates": {"start": "2026-04-16", "end": "2026-04-17"}}
              ],
              "dossierlint": {"suppressions": [
                {"rule": "stage-gap", "pointer": "/audits/1", "reason": "moved by the CB"}
              ]}
            }
            """
        let findings = try check(json, path: "t.json")
        #expect(findings.map(\.rule) == ["stage-gap"])
        #expect(findings.first?.suppression == "moved by the CB")

        let whole = json.replacingOccurrences(of: "\"pointer\": \"/audits/1\", ", with: "")
            .replacingOccurrences(of: "\"rule\": \"stage-gap\"", with: "\"rule\": [\"5.6\"]")
        #expect(
            try check(whole, path: "t.json").first?.suppression == "moved by the CB", "no pointer: the whole dossier")

        let elsewhere = json.replacingOccurrences(of: "/audits/1", with: "/audits/0")
        let unused = try check(elsewhere, path: "t.json")
        #expect(unused.first { $0.rule == "stage-gap" }?.suppression == nil)
        #expect(unused.first { $0.rule == "suppression" }?.pointer == "/dossierlint/suppressions/0")
        #expect(unused.first { $0.rule == "suppression" }?.severity == .warning)

        let noReason = json.replacingOccurrences(of: ", \"reason\": \"moved by the CB\"", with: "")
        let problems = try check(noReason, path: "t.json").filter { $0.rule == "suppression" }
        #expect(problems.map(\.message.en) == ["a suppression needs a reason"])
        #expect(problems.first?.location.line == 9)

        let badKeys = json.replacingOccurrences(of: "\"reason\"", with: "\"why\"")
            .replacingOccurrences(of: "\"pointer\": \"/audits/1\"", with: "\"pointer\": \"audits/1\"")
        let messages = try check(badKeys, path: "t.json").filter { $0.rule == "suppression" }.map(\.message.en)
        #expect(messages.contains { $0.hasPrefix("unknown key 'why' in a suppression") })
        #expect(messages.contains { $0.hasPrefix("pointer should be a JSON Pointer") })

        // The same field works in YAML; comments in JSON strings are not directives.
        let yaml =
            Support.shortGap
            + "\ndossierlint:\n  suppressions:\n"
            + "    - {rule: stage-gap, reason: 'approved # dossierlint: disable-file x'}\n"
        #expect(try check(yaml).map(\.suppression) == ["approved # dossierlint: disable-file x"])
    }

    @Test("a directive's first bytes (#, blanks, the marker) are found wherever they are, and only there")
    func markerSearch() {
        /// Whether some `#` is followed by spaces and tabs, then the marker: byte by byte.
        func holdsDirectiveStart(_ bytes: [UInt8]) -> Bool {
            let marker = Array("dossierlint:".utf8)
            return bytes.indices.contains { hash in
                guard bytes[hash] == UInt8(ascii: "#") else { return false }
                let rest = bytes[(hash + 1)...].drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
                return rest.starts(with: marker)
            }
        }
        var generator = SystemRandomNumberGenerator()
        let pieces = [
            "#", "# ", "\t", "d", "l", "dossierl", "int:", "lint:", "dossierlint", ":", "x", "dossierlint:", " ", "##",
        ]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            #expect(Suppressions.mayHoldDirective(bytes) == holdsDirectiveStart(bytes), "\(text)")
        }
        let cases: [(String, Bool)] = [
            ("#dossierlint:", true), ("# \t dossierlint: x", true), ("x # dossierlint:", true),
            ("##dossierlint:", true),
            ("dossierlint:", false), ("# x dossierlint:", false), ("# dossierlint", false), ("#", false), ("", false),
        ]
        for (text, expected) in cases {
            #expect(Suppressions.mayHoldDirective(Array(text.utf8)) == expected, "\(text)")
        }
    }
}
