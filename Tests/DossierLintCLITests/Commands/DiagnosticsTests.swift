import Foundation
import Testing

@testable import DossierLintCLI

/// What a parse error prints on standard error: no control characters from the
/// file or its name, a window of a long line, the right line of a CR-only file.
@Suite("parse diagnostics on standard error")
struct DiagnosticsOnStandardErrorTests {
    /// Runs `check` on a clean dossier with `--config` the file `name` holding `bytes`.
    static func checkWithConfiguration(_ name: String, _ bytes: [UInt8]) throws -> (Int32, String, TemporaryFolder) {
        let folder = try TemporaryFolder()
        let configuration = try folder.write(name, bytes: bytes)
        let dossier = try folder.write("d.yaml", CheckCommandTests.cleanDossier)
        let result = CommandRunner.run(["check", dossier, "--config", configuration])
        return (result.status, result.error, folder)
    }

    static func hasRawControls(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || (0x7F...0x9F).contains($0.value)
        }
    }

    @Test("an escape sequence in a value and in the file name reaches stderr escaped")
    func escapeSequences() throws {
        let (status, error, _) = try Self.checkWithConfiguration(
            "bad\u{1B}[31m.yml", Array("fail_on: \"\u{1B}[31merror\n".utf8))
        #expect(status == 2)
        #expect(!error.contains("\u{1B}"), "\(error)")
        #expect(!Self.hasRawControls(error))
        #expect(error.contains("bad\\u{1B}[31m.yml:1:"), "\(error)")
    }

    @Test("a 200,000-character line is shown as a window with the caret in place")
    func longLine() throws {
        let line =
            "{\"fail_on\": \"" + String(repeating: "x", count: 149_985) + "\"]" + String(repeating: "y", count: 50_000)
        #expect(line.count == 200_000)
        let (status, error, _) = try Self.checkWithConfiguration(".dossierlint.json", Array((line + "\n").utf8))
        #expect(status == 2)
        let lines = error.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(lines.map(\.count))")
        #expect(lines[0].contains(".dossierlint.json:1:150000: error:"), "\(lines[0])")
        let shown = Array(lines[1])
        #expect(shown.count <= 120)
        #expect(shown[lines[2].count - 1] == "]", "the caret is under the `]`")
    }

    @Test("a CR-only file: the error's line number and line")
    func carriageReturnsOnly() throws {
        let text = "{\r  \"fail_on\": \"error\",\r  \"rules\": ]\r}\r"
        let (status, error, _) = try Self.checkWithConfiguration(".dossierlint.json", Array(text.utf8))
        #expect(status == 2)
        #expect(error.contains(".dossierlint.json:3:12: error:"), "\(error)")
        #expect(error.contains("\n  \"rules\": ]\n"), "\(error)")
        #expect(!error.contains("\r"))
    }

    @Test("a CR-only YAML file: refused at the first line end, the line shown without the CR")
    func yamlCarriageReturnsOnly() throws {
        let text = "fail_on: error\rrules: [\r"
        let (status, error, _) = try Self.checkWithConfiguration(".dossierlint.yml", Array(text.utf8))
        #expect(status == 2)
        #expect(error.contains(".dossierlint.yml:1:15: error: a carriage return (CR) must be followed by a line feed"))
        #expect(error.contains("\nfail_on: error\n"), "\(error)")
        #expect(!error.contains("\r"))
    }

    @Test("a NUL byte in a file that is not UTF-16 is named, without a UTF-16 hint")
    func nulByte() throws {
        let (status, error, _) = try Self.checkWithConfiguration(
            ".dossierlint.yml", Array("fail_on: err\u{0}or\n".utf8))
        #expect(status == 2)
        #expect(!error.contains("UTF-16"), "\(error)")
        #expect(error.contains("NUL byte at line 1, column 13"), "\(error)")
        #expect(!Self.hasRawControls(error))
    }
}
