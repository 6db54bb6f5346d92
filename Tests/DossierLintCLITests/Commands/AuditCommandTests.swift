import DossierLintKit
import Foundation
import Testing

@testable import DossierLintCLI

/// `dossierlint audit`: the three report formats on the sample repository,
/// figures equal across HTML and JSON, byte-identical reruns, last year's
/// report, and the repository rules in `check`.
@Suite("Audit command")
struct AuditCommandTests {
    static let repository = packageRoot + "/Samples/repository"

    /// Runs the audit of the sample repository into a new folder.
    static func audit(_ extra: [String] = [], year: String = "2026") throws -> (TemporaryFolder, Int32, String) {
        let folder = try TemporaryFolder()
        let result = CommandRunner.run(
            ["audit", repository, "--year", year, "--as-of", "2026-11-24", "--output-dir", folder.path + "/out"] + extra
        )
        return (folder, result.status, result.error)
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test("writes the Markdown, HTML and JSON reports")
    func threeFormats() throws {
        let (folder, status, error) = try Self.audit()
        #expect(status == 0, "\(error)")
        let base = folder.path + "/out/internal-audit-2026"
        let markdown = try Self.read(base + ".md")
        let html = try Self.read(base + ".html")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(Self.read(base + ".json").utf8)) as? [String: Any])
        #expect(markdown.hasPrefix("# 认证内部审核报告 / Internal audit of certification — 2026"))
        #expect(markdown.contains("### 信息技术服务管理体系认证规则（CNCA-ITSMS-01:2026） / "), "the scheme's section")
        for section in [
            "## 概况 / Summary", "## 逐条款合规情况 / Compliance per clause", "## 审核员工作量（3.9、3.10）",
            "## 认证证书及状态", "## 未来期限", "## 各档案的发现",
        ] {
            #expect(markdown.contains(section), "missing \(section)")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        for external in ["<script", "<link", "src=", "href=\"http", "@import", "url("] {
            #expect(!html.contains(external), "the HTML must be self-contained: found \(external)")
        }
        #expect(json["schema"] as? String == AuditReport.schema)
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["dossiers"] as? Int == 12)
        #expect(summary["errors"] as? Int == 8)
        let broken = (json["most_broken"] as? [[String: Any]] ?? []).compactMap { $0["clause"] as? String }
        #expect(Set(broken) == ["3.9", "5.4.4.4", "10.1", "11.4.2", "Annex C"])
        let deadlines = try #require((json["deadlines"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(deadlines.map { $0["kind"] as? String } == ["suspension_ends"])
        #expect(deadlines.first?["date"] as? String == "2026-12-14")
        let auditors = try #require((json["workload"] as? [String: Any])?["auditors"] as? [[String: Any]])
        let over = auditors.filter { $0["over_limit"] as? Bool == true }.compactMap { $0["id"] as? String }
        #expect(over == ["P006"])
    }

    @Test("each sample file triggers exactly the clauses of its '# expect:' line")
    func sampleExpectations() throws {
        let (folder, _, _) = try Self.audit()
        let json = try #require(
            try JSONSerialization.jsonObject(
                with: Data(Self.read(folder.path + "/out/internal-audit-2026.json").utf8)) as? [String: Any])
        var found: [String: Set<String>] = [:]
        for file in json["dossiers"] as? [[String: Any]] ?? [] {
            let path = try #require(file["path"] as? String)
            found[path] = Set((file["findings"] as? [[String: Any]] ?? []).compactMap { $0["clause"] as? String })
        }
        let enumerator = try #require(FileManager.default.enumerator(atPath: Self.repository))
        var checked = 0
        for case let relative as String in enumerator where relative.hasSuffix(".yaml") {
            let path = Self.repository + "/" + relative
            let text = try Self.read(path)
            let line = try #require(
                text.split(separator: "\n").first { $0.hasPrefix("# expect:") }, "\(relative) has no '# expect:' line")
            let list = line.dropFirst("# expect:".count).trimmingCharacters(in: .whitespaces)
            let expected =
                list == "(none)"
                ? Set<String>() : Set(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            #expect((found[path] ?? []) == expected, "\(relative)")
            checked += 1
        }
        #expect(checked == 13, "a registry and 12 dossiers")
    }

    /// The Python script that compares every figure of the HTML (`data-figure`) with the JSON.
    static let compareScript = #"""
        import json, sys
        from html.parser import HTMLParser
        html_text = open(sys.argv[1], encoding='utf-8').read()
        data = json.load(open(sys.argv[2], encoding='utf-8'))
        class Figures(HTMLParser):
            def __init__(self):
                super().__init__()
                self.open = []
                self.found = []
            def handle_starttag(self, tag, attrs):
                attrs = dict(attrs)
                if 'data-figure' in attrs:
                    self.open.append([tag, attrs['data-figure'], attrs.get('data-value'), '', 0])
                elif self.open and tag == self.open[-1][0]:
                    self.open[-1][4] += 1
            def handle_endtag(self, tag):
                if self.open and tag == self.open[-1][0]:
                    if self.open[-1][4]:
                        self.open[-1][4] -= 1
                    else:
                        _, figure, value, text, _ = self.open.pop()
                        self.found.append((figure, value if value is not None else text.strip()))
            def handle_data(self, text):
                for item in self.open:
                    item[3] += text
        def resolve(path):
            current = data
            for segment in path.split('/'):
                if isinstance(current, list):
                    if segment.startswith('#'):
                        current = current[int(segment[1:])]
                    else:
                        current = next(item for item in current
                                       if segment in (item.get('clause'), item.get('id')))
                else:
                    current = current[segment]
            return current
        def text(value):
            if value is None: return 'null'
            if isinstance(value, bool): return 'true' if value else 'false'
            return str(value)
        parser = Figures()
        parser.feed(html_text)
        mismatches = []
        for figure, shown in parser.found:
            try:
                expected = text(resolve(figure))
            except Exception as error:
                mismatches.append(f'{figure}: not in the JSON ({error!r})')
                continue
            if shown != expected:
                mismatches.append(f'{figure}: HTML {shown!r}, JSON {expected!r}')
        print(f'{len(parser.found)} figures compared, {len(mismatches)} mismatches')
        for line in mismatches[:20]:
            print(line)
        sys.exit(1 if mismatches or len(parser.found) < 50 else 0)
        """#

    static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval = 120) throws
        -> (status: Int32, output: String)?
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let deadline = Date().addingTimeInterval(timeout)
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func available(_ tool: String) -> Bool {
        (try? run("sh", ["-c", "command -v \(tool)"]))??.status == 0
    }

    @Test("the HTML's figures equal the JSON's (python html.parser)")
    func htmlFiguresEqualJSON() throws {
        guard Self.available("python3") else {
            print("skipped: python3 not found; the HTML figures were not compared with the JSON")
            return
        }
        let (folder, status, _) = try Self.audit()
        #expect(status == 0)
        let base = folder.path + "/out/internal-audit-2026"
        let result = try #require(try Self.run("python3", ["-c", Self.compareScript, base + ".html", base + ".json"]))
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("0 mismatches"), "\(result.output)")
    }

    @Test("the HTML opens in headless Chromium, and its rendered figures equal the JSON's")
    func htmlInHeadlessBrowser() throws {
        let browser = ["chromium", "chromium-browser", "google-chrome"].first(where: Self.available)
        guard let browser, Self.available("python3") else {
            print(
                "skipped: no headless Chromium (Debian package chromium) or python3; "
                    + "the HTML was not opened in a browser"
            )
            return
        }
        let (folder, _, _) = try Self.audit()
        let base = folder.path + "/out/internal-audit-2026"
        let dom = try #require(
            try Self.run(
                browser, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://" + base + ".html"]))
        #expect(dom.status == 0, "the browser failed to open the report")
        #expect(dom.output.contains("</svg>") && dom.output.contains("data-figure"))
        try dom.output.write(toFile: folder.path + "/dom.html", atomically: true, encoding: .utf8)
        let result = try #require(
            try Self.run("python3", ["-c", Self.compareScript, folder.path + "/dom.html", base + ".json"]))
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("the same repository and --as-of give byte-identical reports")
    func deterministic() throws {
        let (first, _, _) = try Self.audit()
        let (second, _, _) = try Self.audit()
        for format in ["md", "html", "json"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: first.path + "/out/internal-audit-2026.\(format)"))
            let b = try Data(contentsOf: URL(fileURLWithPath: second.path + "/out/internal-audit-2026.\(format)"))
            #expect(a == b, "\(format) differs between runs")
        }
        let (english, _, _) = try Self.audit(["--lang", "en"])
        let (chinese, _, _) = try Self.audit(["--lang", "zh"])
        let a = try Data(contentsOf: URL(fileURLWithPath: english.path + "/out/internal-audit-2026.json"))
        let b = try Data(contentsOf: URL(fileURLWithPath: chinese.path + "/out/internal-audit-2026.json"))
        #expect(a == b, "the JSON report does not depend on the language")
    }

    @Test("--previous adds the change per clause")
    func previousYear() throws {
        let (last, _, _) = try Self.audit(year: "2025")
        let previous = last.path + "/out/internal-audit-2025.json"
        var text = try Self.read(previous)
        // Pretend 5.4.4.4 failed twice and had 5 findings last year.
        text = text.replacingOccurrences(of: "\"clause\": \"5.4.4.4\"", with: "\"clause\": \"5.4.4.4-renamed\"")
        try text.write(toFile: previous, atomically: true, encoding: .utf8)
        let (folder, status, error) = try Self.audit(["--previous", previous])
        #expect(status == 0, "\(error)")
        let json = try #require(
            try JSONSerialization.jsonObject(
                with: Data(Self.read(folder.path + "/out/internal-audit-2026.json").utf8)) as? [String: Any])
        #expect(json["previous_year"] as? Int == 2025)
        let clauses = try #require(json["clauses"] as? [[String: Any]])
        let gap = try #require(clauses.first { $0["clause"] as? String == "11.4.2" })
        let change = try #require(gap["change"] as? [String: Any])
        #expect(change["previous_year"] as? Int == 2025)
        #expect(change["failed"] as? Int == 0)
        let renamed = try #require(clauses.first { $0["clause"] as? String == "5.4.4.4" })
        #expect(renamed["change"] is NSNull, "a clause absent last year has no change")
        let markdown = try Self.read(folder.path + "/out/internal-audit-2026.md")
        #expect(markdown.contains("(2025)"))

        let bad = try TemporaryFolder()
        let file = try bad.write("old.json", "{\"schema\": \"something-else\"}")
        let rejected = CommandRunner.run(
            ["audit", Self.repository, "--year", "2026", "--output-dir", bad.path + "/out", "--previous", file])
        #expect(rejected.status == 2)
        #expect(rejected.error.contains("not an audit report"))
    }

    @Test("usage errors exit 2")
    func usageErrors() throws {
        let folder = try TemporaryFolder()
        #expect(CommandRunner.run(["audit", Self.repository, "--output-dir", folder.path]).status == 2)
        #expect(CommandRunner.run(["audit", Self.repository, "--year", "2026"]).status == 2)
        #expect(CommandRunner.run(["audit", "--year", "2026", "--output-dir", folder.path]).status == 2)
        #expect(
            CommandRunner.run(["audit", folder.path + "/missing", "--year", "2026", "--output-dir", folder.path]).status
                == 2)
        let help = CommandRunner.run(["audit", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("--previous"))
    }

    @Test("progress goes to standard error only on a terminal")
    func progress() throws {
        let folder = try TemporaryFolder()
        let arguments = [
            "audit", Self.repository, "--year", "2026", "--as-of", "2026-11-24", "--output-dir", folder.path,
        ]
        let quiet = CommandRunner.run(arguments)
        #expect(!quiet.error.contains("[13/13]"))
        let shown = CommandRunner.run(arguments, terminal: true)
        #expect(shown.error.contains("[13/13]"))
        #expect(shown.error.hasSuffix("\r\u{1B}[K"), "the progress line is cleared at the end")
        let check = CommandRunner.run(["check", Self.repository, "--as-of", "2026-11-24"], terminal: true)
        #expect(check.error.contains("[13/13]"))
        #expect(!CommandRunner.run(["check", Self.repository, "--as-of", "2026-11-24"]).error.contains("[13/13]"))
    }

    @Test("on a terminal, a problem and the streamed report go above the progress line, never onto it")
    func progressLineCleared() throws {
        let folder = try TemporaryFolder()
        let sample = try String(contentsOfFile: packageRoot + "/Samples/clean-initial.yaml", encoding: .utf8)
        for index in 1...30 { _ = try folder.write("d\(index).yaml", sample) }
        _ = try folder.write("d15-broken.yaml", "schema: itsms-dossier/1\nclient: [unclosed\n")
        let run = CommandRunner.run(["check", folder.path, "--as-of", "2026-11-24"], terminal: true)
        #expect(run.status == 2)
        let error = run.error
        let problem = try #require(error.range(of: folder.path + "/d15-broken.yaml:"))
        let before = error[..<problem.lowerBound]
        // Whatever progress was drawn before the problem was cleared first.
        #expect(!before.contains("[") || before.hasSuffix("\r\u{1B}[K"), "\(before.suffix(40).debugDescription)")
    }

    @Test("check runs the repository rules where a registry applies, also in a subfolder")
    func checkRunsRepositoryRules() throws {
        let own = CommandRunner.run(["check", Self.repository, "--as-of", "2026-11-24", "--format", "json"])
        #expect(own.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(own.output.utf8)) as? [String: Any])
        let rules = Set((json["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String })
        #expect(
            rules == [
                "auditor-onsite-days", "repository-technical-services", "unique-certificate-numbers",
                "unique-dossier-ids", "team-technical-services",
            ])
        // Checked from the folder above, the nested registry still applies to the repository's files.
        let above = CommandRunner.run(["check", packageRoot + "/Samples", "--as-of", "2026-11-24", "--format", "json"])
        let all = try #require(try JSONSerialization.jsonObject(with: Data(above.output.utf8)) as? [String: Any])
        let nested = (all["findings"] as? [[String: Any]] ?? []).filter {
            ($0["file"] as? String)?.contains("/Samples/repository/") == true
        }
        #expect(nested.count == (json["findings"] as? [[String: Any]])?.count)
        // Without a registry, the repository rules do not run.
        let single = CommandRunner.run(
            ["check", Self.repository + "/2026/itsms-2026-0046.yaml", "--as-of", "2026-11-24", "--format", "json"])
        #expect(!single.output.contains("unique-dossier-ids"))
    }
}
