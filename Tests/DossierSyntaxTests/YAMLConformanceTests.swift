import DossierSyntax
import Foundation
import Testing

/// Runs the YAML parser over the yaml-test-suite cases in `../shared/testsuites/yaml`.
///
/// A case with `error` must be rejected. Any other case must either be refused
/// (`.unsupportedFeature`, `.syntax` or `.duplicateKey`) or give exactly the tree of
/// its `in.json`, plain scalars being resolved with the YAML 1.2 core schema.
/// Cases whose `in.json` holds several documents, and valid cases without
/// `in.json` (and not in `handCheckedTrees`), must be refused.
@Suite("YAML conformance")
struct YAMLConformanceTests {
    /// A JSON-like value to compare trees.
    indirect enum Value: Equatable, CustomStringConvertible {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([Value])
        case object([String: Value])

        var description: String {
            switch self {
            case .null: return "null"
            case .bool(let value): return String(value)
            case .number(let value): return String(value)
            case .string(let value): return "\"" + value.debugDescription.dropFirst().dropLast() + "\""
            case .array(let values): return "[" + values.map(\.description).joined(separator: ", ") + "]"
            case .object(let members):
                return "{" + members.keys.sorted().map { "\"\($0)\": \(members[$0]!)" }.joined(separator: ", ") + "}"
            }
        }
    }

    /// Valid cases that upstream ships without `in.json`, whose tree is plain
    /// JSON all the same. Written by hand from the YAML 1.2 spec.
    static let handCheckedTrees: [String: String] = [
        // Spec example 7.17 without its `: omitted key` entry.
        "4ABK": #"{"unquoted": "separate", "http://foo.com": null, "omitted value": null}"#
    ]

    static var suiteDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // DossierSyntaxTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("../shared/testsuites/yaml")
            .standardizedFileURL
    }

    @Test("yaml-test-suite: every case is refused or gives the in.json tree")
    func conformance() throws {
        let directory = Self.suiteDirectory
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            print("skipped: ../shared/testsuites/yaml not found (looked in \(directory.path))")
            return
        }
        let names = try fileManager.contentsOfDirectory(atPath: directory.path).sorted()
        var total = 0
        var accepted = 0
        var refused = 0
        var wrong: [String] = []
        // Set YAML_CONFORMANCE_VERBOSE=1 to list the valid cases that were refused, with the reason.
        let verbose = ProcessInfo.processInfo.environment["YAML_CONFORMANCE_VERBOSE"] != nil
        for name in names {
            let caseDirectory = directory.appendingPathComponent(name)
            let yamlURL = caseDirectory.appendingPathComponent("in.yaml")
            guard fileManager.fileExists(atPath: yamlURL.path) else { continue }
            total += 1
            let bytes = [UInt8](try Data(contentsOf: yamlURL))
            let isError = fileManager.fileExists(atPath: caseDirectory.appendingPathComponent("error").path)
            let jsonURL = caseDirectory.appendingPathComponent("in.json")
            var expected: [Value]? = nil
            if let hand = Self.handCheckedTrees[name] {
                expected = [try Self.value(fromJSON: hand)]
            } else if fileManager.fileExists(atPath: jsonURL.path) {
                let text = String(decoding: try Data(contentsOf: jsonURL), as: UTF8.self)
                expected = try Self.splitJSONStream(text).map { try Self.value(fromJSON: $0) }
            }

            let result: Result<Node, ParseError>
            do {
                result = .success(try YAMLParser.parse(bytes))
            } catch {
                result = .failure(error)
            }

            switch result {
            case .failure(let error):
                if isError {
                    refused += 1
                } else {
                    switch error.kind {
                    case .unsupportedFeature, .syntax, .duplicateKey:
                        refused += 1
                        if verbose { print("  refused: \(name) (\(error.kind)) \(error.headline)") }
                    default:
                        wrong.append("\(name): valid, but failed with \(error.kind): \(error.headline)")
                    }
                }
            case .success(let node):
                if isError {
                    wrong.append("\(name): invalid YAML, but was accepted as \(Self.value(of: node))")
                    continue
                }
                guard let expected else {
                    wrong.append(
                        "\(name): has no in.json, so it must be refused; was accepted as \(Self.value(of: node))")
                    continue
                }
                let ours = Self.value(of: node)
                switch expected.count {
                case 0:
                    if ours == .null {
                        accepted += 1
                    } else {
                        wrong.append("\(name): stream with no document, but got \(ours)")
                    }
                case 1:
                    if ours == expected[0] {
                        accepted += 1
                    } else {
                        wrong.append("\(name): expected \(expected[0])\n      got      \(ours)")
                    }
                default:
                    wrong.append("\(name): \(expected.count) documents, so it must be refused; was accepted as \(ours)")
                }
            }
        }
        print(
            "yaml-test-suite: \(total) cases, \(accepted) accepted-and-equal, \(refused) refused-as-unsupported-or-syntax, \(wrong.count) wrong"
        )
        for line in wrong { print("  wrong: \(line)") }
        #expect(total > 0)
        #expect(wrong.isEmpty, "wrong cases:\n\(wrong.joined(separator: "\n"))")
    }

    @Test("yaml-test-suite with CRLF line ends: the same trees and the same errors as with LF")
    func crlfGivesTheSameResults() throws {
        let directory = Self.suiteDirectory
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: directory.path) else {
            print("skipped: ../shared/testsuites/yaml not found (looked in \(directory.path))")
            return
        }
        var compared = 0
        for name in try fileManager.contentsOfDirectory(atPath: directory.path).sorted() {
            let yamlURL = directory.appendingPathComponent(name).appendingPathComponent("in.yaml")
            guard fileManager.fileExists(atPath: yamlURL.path) else { continue }
            let bytes = [UInt8](try Data(contentsOf: yamlURL))
            var crlf: [UInt8] = []
            crlf.reserveCapacity(bytes.count + bytes.count / 8)
            for byte in bytes {
                if byte == 0x0A { crlf.append(0x0D) }
                crlf.append(byte)
            }
            #expect(Self.outcome(bytes) == Self.outcome(crlf), "case \(name)")
            compared += 1
        }
        #expect(compared > 0)
    }

    /// The tree as a value, or the error's kind and location, as text.
    static func outcome(_ bytes: [UInt8]) -> String {
        do {
            return "\(value(of: try YAMLParser.parse(bytes)))"
        } catch {
            return "error \(error.kind) at \(error.location)"
        }
    }

    // MARK: - Our tree as a value

    /// Converts a node, resolving plain scalars with the YAML 1.2 core schema.
    static func value(of node: Node) -> Value {
        switch node.content {
        case .scalar(let text, let style):
            return style == .plain ? resolvePlain(text) : .string(text)
        case .sequence(let items):
            return .array(items.map { value(of: $0) })
        case .mapping(let entries):
            var members: [String: Value] = [:]
            for entry in entries { members[entry.key] = value(of: entry.value) }
            return .object(members)
        }
    }

    /// The YAML 1.2 core schema for a plain scalar.
    static func resolvePlain(_ text: String) -> Value {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .number(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .number(-.infinity)
        case ".nan", ".NaN", ".NAN": return .number(.nan)
        default: break
        }
        let scalars = Array(text.utf8)
        func allDigits(_ slice: ArraySlice<UInt8>, _ allowed: (UInt8) -> Bool) -> Bool {
            !slice.isEmpty && slice.allSatisfy(allowed)
        }
        let isDecimal: (UInt8) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
        if scalars.count > 2 && scalars[0] == UInt8(ascii: "0") {
            if scalars[1] == UInt8(ascii: "o"), allDigits(scalars[2...], { $0 >= 0x30 && $0 <= 0x37 }),
                let value = UInt64(String(decoding: scalars[2...], as: UTF8.self), radix: 8)
            {
                return .number(Double(value))
            }
            if scalars[1] == UInt8(ascii: "x"),
                allDigits(scalars[2...], { isDecimal($0) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }),
                let value = UInt64(String(decoding: scalars[2...], as: UTF8.self), radix: 16)
            {
                return .number(Double(value))
            }
        }
        // [-+]? ( \.[0-9]+ | [0-9]+ ( \.[0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
        var index = 0
        if index < scalars.count && (scalars[index] == UInt8(ascii: "-") || scalars[index] == UInt8(ascii: "+")) {
            index += 1
        }
        var integerDigits = 0
        while index < scalars.count && isDecimal(scalars[index]) {
            index += 1
            integerDigits += 1
        }
        var fractionDigits = 0
        var hasPoint = false
        if index < scalars.count && scalars[index] == UInt8(ascii: ".") {
            hasPoint = true
            index += 1
            while index < scalars.count && isDecimal(scalars[index]) {
                index += 1
                fractionDigits += 1
            }
        }
        guard integerDigits > 0 || (hasPoint && fractionDigits > 0) else { return .string(text) }
        if index < scalars.count && (scalars[index] == UInt8(ascii: "e") || scalars[index] == UInt8(ascii: "E")) {
            index += 1
            if index < scalars.count && (scalars[index] == UInt8(ascii: "-") || scalars[index] == UInt8(ascii: "+")) {
                index += 1
            }
            var exponentDigits = 0
            while index < scalars.count && isDecimal(scalars[index]) {
                index += 1
                exponentDigits += 1
            }
            guard exponentDigits > 0 else { return .string(text) }
        }
        guard index == scalars.count else { return .string(text) }
        var normalized = text
        if normalized.hasSuffix(".") { normalized += "0" }
        if normalized.hasPrefix(".") || normalized.hasPrefix("-.") || normalized.hasPrefix("+.") {
            normalized = normalized.replacingOccurrences(
                of: ".", with: "0.", options: [], range: normalized.range(of: "."))
        }
        normalized = normalized.replacingOccurrences(of: ".e", with: ".0e").replacingOccurrences(of: ".E", with: ".0E")
        guard let number = Double(normalized) else { return .string(text) }
        return .number(number)
    }

    // MARK: - in.json as values

    /// Splits a stream of JSON texts separated by white space.
    static func splitJSONStream(_ text: String) throws -> [String] {
        let bytes = Array(text.utf8)
        var documents: [String] = []
        var index = 0
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
        while true {
            while index < bytes.count && isSpace(bytes[index]) { index += 1 }
            if index >= bytes.count { break }
            let start = index
            var depth = 0
            var inString = false
            while index < bytes.count {
                let byte = bytes[index]
                if inString {
                    if byte == UInt8(ascii: "\\") {
                        index += 1
                    } else if byte == UInt8(ascii: "\"") {
                        inString = false
                        if depth == 0 {
                            index += 1
                            break
                        }
                    }
                } else if byte == UInt8(ascii: "\"") {
                    inString = true
                } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                    depth += 1
                } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                    depth -= 1
                    if depth == 0 {
                        index += 1
                        break
                    }
                } else if depth == 0 && isSpace(byte) {
                    break
                }
                index += 1
            }
            documents.append(String(decoding: bytes[start..<index], as: UTF8.self))
        }
        return documents
    }

    static func value(fromJSON text: String) throws -> Value {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        return value(fromFoundation: object)
    }

    static func value(fromFoundation object: Any) -> Value {
        if object is NSNull { return .null }
        if let string = object as? String { return .string(string) }
        if let number = object as? NSNumber {
            if String(describing: type(of: object)).contains("Boolean") { return .bool(number.boolValue) }
            return .number(number.doubleValue)
        }
        if let array = object as? [Any] { return .array(array.map { value(fromFoundation: $0) }) }
        if let dictionary = object as? [String: Any] {
            return .object(dictionary.mapValues { value(fromFoundation: $0) })
        }
        return .string("<unknown \(type(of: object))>")
    }
}
