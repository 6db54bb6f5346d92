import DossierLintTestSupport
import DossierSyntax
import Foundation
import Testing

@testable import DossierLintCLI

/// External tools for checking the real output of `check` on `Samples/`.
enum CIToolSupport {
    /// `../shared/schemas` next to the package root.
    static let schemas = URL(fileURLWithPath: packageRoot).deletingLastPathComponent().appendingPathComponent(
        "shared/schemas")

    /// The output of `check Samples/ --format FORMAT` (exit status 1: the samples have violations),
    /// with a suppressed finding added by a copy of a sample carrying a suppression comment.
    static func samplesOutput(_ format: String, extra: [String] = []) throws -> (
        output: String, folder: TemporaryFolder
    ) {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: packageRoot + "/Samples", toPath: folder.path + "/Samples")
        var planning = try String(contentsOfFile: packageRoot + "/Samples/violations-planning.yaml", encoding: .utf8)
        planning = planning.replacingOccurrences(
            of: "      opening: {date: 2026-05-18,",
            with: "      # dossierlint: disable-next-line meeting-evidence -- sheet lost in the flood, see <ref & 1>\n"
                + "      opening: {date: 2026-05-18,"
        )
        try folder.write("Samples/violations-planning.yaml", planning)
        let result = CommandRunner.run(
            ["check", folder.path + "/Samples", "--format", format, "--as-of", "2026-11-24"] + extra)
        #expect(result.status == 1, "\(format): \(result.error)")
        #expect(!result.output.isEmpty)
        return (result.output, folder)
    }
}

@Suite("CI formats: the real output of check on Samples/")
struct CIFormatsTests {
    @Test("SARIF validates against the SARIF 2.1.0 schema, with rule metadata, help and suppressions")
    func sarif() throws {
        let (output, folder) = try CIToolSupport.samplesOutput("sarif")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let rules = try #require(
            ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let stageGap = try #require(rules.first { $0["id"] as? String == "stage-gap" })
        #expect(((stageGap["help"] as? [String: Any])?["text"] as? String)?.contains("Clause: 5.6.1") == true)
        #expect(stageGap["shortDescription"] != nil && stageGap["fullDescription"] != nil)
        let results = try #require(run["results"] as? [[String: Any]])
        let suppressed = results.filter { $0["suppressions"] != nil }
        #expect(suppressed.count == 1)
        #expect(suppressed.first?["ruleId"] as? String == "meeting-evidence")

        let schema = CIToolSupport.schemas.appendingPathComponent("sarif/sarif-schema-2.1.0.json")
        guard FileManager.default.fileExists(atPath: schema.path) else {
            print("skipped: \(schema.path) not found; SARIF schema check not run")
            return
        }
        guard let python = ExternalTool.python(with: ["jsonschema"], for: "SARIF schema check") else { return }
        let file = try folder.write("report.sarif", output)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            cls = jsonschema.validators.validator_for(schema)
            v = cls(schema, format_checker=cls.FORMAT_CHECKER)
            errs = list(v.iter_errors(json.load(open(sys.argv[2], encoding="utf-8"))))
            for e in errs: print("/".join(map(str, e.absolute_path)) or "<root>", ":", e.message)
            print("valid" if not errs else "%d error(s)" % len(errs))
            sys.exit(1 if errs else 0)
            """
        let result = try ExternalTool.run(python, ["-c", script, schema.path, file])
        #expect(result.status == 0, "jsonschema: \(result.output)")
        #expect(result.output == "valid\n")
    }

    @Test("JUnit validates against junit-10.xsd and reads with the same counts in Python")
    func junit() throws {
        let (output, folder) = try CIToolSupport.samplesOutput("junit")
        let file = try folder.write("report.xml", output)
        let schema = CIToolSupport.schemas.appendingPathComponent("junit/junit-10.xsd")
        if !FileManager.default.fileExists(atPath: schema.path) {
            print("skipped: \(schema.path) not found; JUnit XSD check not run")
        } else if let xmllint = ExternalTool.which("xmllint") {
            let result = try ExternalTool.run(xmllint, ["--noout", "--schema", schema.path, file])
            #expect(result.status == 0, "xmllint: \(result.output)")
        } else {
            print("skipped: xmllint is not on PATH (apt-get install libxml2-utils); JUnit XSD check not run")
        }

        guard let python = ExternalTool.python(with: ["xml.etree.ElementTree"], for: "JUnit check in Python") else {
            return
        }
        // xml.etree: counts on <testsuites> and every <testsuite> equal the elements, names unique per suite.
        let etree = """
            import sys, xml.etree.ElementTree as ET
            root = ET.parse(sys.argv[1]).getroot()
            problems, keys = [], ("tests", "failures", "errors", "skipped")
            totals = dict.fromkeys(keys, 0)
            for suite in root.findall("testsuite"):
                cases = suite.findall("testcase")
                got = {"tests": len(cases)}
                for key, tag in (("failures", "failure"), ("errors", "error"), ("skipped", "skipped")):
                    got[key] = sum(len(c.findall(tag)) for c in cases)
                for key in keys:
                    totals[key] += got[key]
                    if suite.get(key) != str(got[key]): problems.append("%s %s" % (suite.get("name"), key))
                names = [c.get("name") for c in cases]
                if len(set(names)) != len(names): problems.append(suite.get("name") + ": duplicate names")
                for c in cases:
                    if not c.get("classname"): problems.append("no classname: " + c.get("name"))
            for key in ("tests", "failures", "errors"):
                if root.get(key) != str(totals[key]): problems.append("testsuites " + key)
            print("\\n".join(problems) or "ok %(tests)d %(failures)d %(errors)d %(skipped)d" % totals)
            sys.exit(1 if problems else 0)
            """
        let etreeResult = try ExternalTool.run(python, ["-c", etree, file])
        #expect(etreeResult.status == 0, "xml.etree: \(etreeResult.output)")
        let parts = etreeResult.output.split(separator: " ")
        #expect(parts.first == "ok")
        // The JSON report agrees: a failure per unsuppressed violation at or above --fail-on (error),
        // an error per unreadable file.
        let report = CommandRunner.run(["check", folder.path + "/Samples", "--format", "json", "--as-of", "2026-11-24"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.output.utf8)) as? [String: Any])
        let findings = json["findings"] as? [[String: Any]] ?? []
        let violations = findings.filter {
            $0["kind"] as? String == "violation" && $0["severity"] as? String == "error"
                && $0["suppressed"] as? Bool == false
        }
        let parse = findings.filter { $0["kind"] as? String == "parse" }
        if parts.count == 5 {
            #expect(parts[2] == "\(violations.count)", "failures \(etreeResult.output)")
            #expect(parts[3] == "\(parse.count)", "errors \(etreeResult.output)")
            #expect(violations.count > 10, "the samples have violations")
        }

        // junitparser, a JUnit reader many CI plug-ins use (installed by .ci/run).
        guard ExternalTool.python(with: ["junitparser"], for: "junitparser check") != nil else { return }
        let reader = """
            import sys
            from junitparser import JUnitXml, Failure, Error, Skipped
            xml = JUnitXml.fromfile(sys.argv[1])
            tests = failures = errors = skipped = 0
            for suite in xml:
                for case in suite:
                    tests += 1
                    kinds = [type(r) for r in case.result]
                    failures += kinds.count(Failure); errors += kinds.count(Error); skipped += kinds.count(Skipped)
                own = [type(r) for c in suite for r in c.result]
                counted = (len(list(suite)), own.count(Failure), own.count(Error))
                if (suite.tests, suite.failures, suite.errors) != counted:
                    print("suite counts differ:", suite.name, counted); sys.exit(1)
            print("ok", tests, failures, errors, skipped)
            """
        let parsed = try ExternalTool.run(python, ["-c", reader, file])
        #expect(parsed.status == 0, "junitparser: \(parsed.output)")
        #expect(parsed.output == etreeResult.output, "junitparser and xml.etree agree")
    }

    @Test("GitHub annotations: one command per unsuppressed finding, located, then the summary")
    func github() throws {
        let (output, folder) = try CIToolSupport.samplesOutput("github")
        let lines = output.split(separator: "\n")
        let commands = lines.filter { $0.hasPrefix("::") }
        #expect(commands.count == lines.count - 1)
        // The end of the range is given when it lies on the start's line.
        let pattern = try Regex(
            #"^::(error|warning|notice) file=[^,]+,line=(\d+),col=\d+(,endLine=(\d+),endColumn=\d+)?,title=[^:]+::.+$"#)
        var ranged = 0
        for command in commands {
            let match = command.wholeMatch(of: pattern)
            #expect(match != nil, "\(command)")
            #expect(command.contains("file=" + folder.path + "/Samples/"))
            if let match, let endLine = match.output[4].substring {
                #expect(endLine == match.output[2].substring, "\(command)")
                ranged += 1
            }
        }
        #expect(ranged > 0, "findings on one line carry endLine and endColumn")
        #expect(!output.contains("meeting-evidence (5.5.3)::the opening meeting"), "the suppressed finding is left out")
        #expect(lines.last?.contains("1 suppressed") == true, "\(lines.last ?? "")")
    }

    @Test(".pre-commit-hooks.yaml declares the hooks pre-commit needs")
    func preCommitHooks() throws {
        let path = packageRoot + "/.pre-commit-hooks.yaml"
        let data = try #require(FileManager.default.contents(atPath: path), "\(path) exists")
        let document = try Document(path: path, data: [UInt8](data))
        let hooks = try #require(document.root.sequence)
        #expect(hooks.count >= 1)
        for hook in hooks {
            for key in ["id", "name", "entry", "language"] {
                #expect(hook[key]?.scalarText?.isEmpty == false, "\(key)")
            }
            let entry = hook["entry"]?.scalarText ?? ""
            #expect(entry.hasPrefix("dossierlint check"), "\(entry)")
            // Every option of the entry is one that check knows.
            for word in entry.split(separator: " ") where word.hasPrefix("--") {
                #expect(CheckCommand.parser.options.contains { "--" + $0.name == word }, "\(word)")
            }
        }
        #expect(hooks.contains { $0["language"]?.scalarText == "swift" })
    }
}
