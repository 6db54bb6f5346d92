import DossierSyntax
import Foundation
import Testing

/// Runs the JSONTestSuite parsing files (https://github.com/nst/JSONTestSuite,
/// copied to `../shared/testsuites/json/` next to the package) through
/// `Document(path:data:format: .json)`, which decodes (UTF-8 only) and parses.
@Suite struct JSONConformanceTests {
    /// The suite's folder, found from this file's path: `<package>/../shared/testsuites/json`.
    static let suiteDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // DossierSyntaxTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()
        .appendingPathComponent("shared/testsuites/json")

    /// `y_` files that the dossier format refuses by design: duplicate keys in one
    /// mapping are an error (dossier-format.md, "Syntax"). RFC 8259 only says names
    /// "SHOULD be unique". They must be refused with `.duplicateKey`, nothing else.
    static let refusedByDesign: Set<String> = [
        "y_object_duplicated_key.json",
        "y_object_duplicated_key_and_value.json",
    ]

    static func suiteFiles() -> [String]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: suiteDirectory.path) else {
            return nil
        }
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    static func load(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: suiteDirectory.appendingPathComponent(name)))
    }

    static func parse(_ name: String, _ bytes: [UInt8]) -> Result<Document, ParseError> {
        do throws(ParseError) {
            return .success(try Document(path: name, data: bytes, format: .json))
        } catch {
            return .failure(error)
        }
    }

    @Test func jsonTestSuite() throws {
        guard let files = Self.suiteFiles(), !files.isEmpty else {
            print("skipped: JSONTestSuite not found at \(Self.suiteDirectory.path)")
            return
        }
        var yAccepted = 0
        var yRefusedByDesign = 0
        var nRejected = 0
        var iParsed = 0
        var iRefused = 0
        var failures: [String] = []

        for name in files {
            let bytes = try Self.load(name)
            let result = Self.parse(name, bytes)
            switch (name.prefix(2), result) {
            case ("y_", .success):
                if Self.refusedByDesign.contains(name) {
                    failures.append("\(name): accepted, but duplicate keys must be refused")
                } else {
                    yAccepted += 1
                }
            case ("y_", .failure(let error)):
                if Self.refusedByDesign.contains(name) && error.kind == .duplicateKey {
                    yRefusedByDesign += 1
                } else {
                    failures.append("\(name): refused: \(error.headline)")
                }
            case ("n_", .success):
                failures.append("\(name): accepted, must be rejected")
            case ("n_", .failure(let error)):
                nRejected += 1
                // Every rejection is located inside the file (or just past its end).
                let lines = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
                if error.location.line < 1 || error.location.line > lines || error.location.column < 1 {
                    failures.append("\(name): error located outside the file: \(error.headline)")
                }
                if error.message.isEmpty { failures.append("\(name): empty error message") }
            case ("i_", .success):
                iParsed += 1
            case ("i_", .failure):
                iRefused += 1
            default:
                break
            }
        }

        print(
            """
            JSONTestSuite (\(files.count) files): y accepted \(yAccepted) (+\(yRefusedByDesign) refused by design: \
            duplicate keys), n rejected \(nRejected), i parsed \(iParsed), i refused \(iRefused)
            """)
        #expect(failures.isEmpty, "JSONTestSuite misses:\n\(failures.joined(separator: "\n"))")
        #expect(yAccepted > 0 && nRejected > 0)
    }

    /// No `y_` file needs decoding help: none has a byte order mark, UTF-16 or invalid UTF-8.
    @Test func yFilesArePlainUTF8() throws {
        guard let files = Self.suiteFiles(), !files.isEmpty else {
            print("skipped: JSONTestSuite not found at \(Self.suiteDirectory.path)")
            return
        }
        for name in files where name.hasPrefix("y_") {
            let bytes = try Self.load(name)
            #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]), "\(name) has a BOM")
            #expect(!bytes.contains(0), "\(name) has a NUL byte (UTF-16?)")
            #expect(String(validatingUTF8Bytes: bytes) != nil, "\(name) is not valid UTF-8")
        }
    }

    /// The `i_` files: what this parser decides for each, so a change of behaviour is seen.
    @Test func implementationDefinedChoices() throws {
        guard let files = Self.suiteFiles(), !files.isEmpty else {
            print("skipped: JSONTestSuite not found at \(Self.suiteDirectory.path)")
            return
        }
        for name in files where name.hasPrefix("i_") {
            let result = Self.parse(name, try Self.load(name))
            if name.hasPrefix("i_number_") {
                // Huge numbers are kept as written; the model decides what they mean.
                guard case .success(let document) = result else {
                    Issue.record("\(name) should parse")
                    continue
                }
                #expect(document.root.sequence?.first?.scalarStyle == .jsonNumber)
            } else if name.contains("surrogate") && !name.contains("UTF8_surrogate") {
                // Lone or broken `\u` surrogates are refused by the parser.
                guard case .failure(let error) = result else {
                    Issue.record("\(name) should be refused")
                    continue
                }
                #expect(error.kind == .syntax, "\(name): \(error.headline)")
            } else if name == "i_structure_500_nested_arrays.json" {
                guard case .failure(let error) = result else {
                    Issue.record("\(name) should exceed the depth limit")
                    continue
                }
                #expect(error.kind == .limitExceeded)
            } else if name == "i_structure_UTF-8_BOM_empty_object.json" {
                guard case .success(let document) = result else {
                    Issue.record("\(name) should parse (the BOM is stripped)")
                    continue
                }
                #expect(document.root.mapping?.isEmpty == true)
            } else if name.hasPrefix("i_string_") {
                // Invalid UTF-8, UTF-16 and Latin-1 files are refused while decoding.
                guard case .failure(let error) = result else {
                    Issue.record("\(name) should be refused")
                    continue
                }
                guard case .unsupportedEncoding = error.kind else {
                    Issue.record("\(name): expected an encoding error, got \(error.headline)")
                    continue
                }
            }
        }
    }
}

extension String {
    /// The string if `bytes` are valid UTF-8.
    init?(validatingUTF8Bytes bytes: [UInt8]) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput:
                self = String(scalars)
                return
            case .error: return nil
            }
        }
    }
}
