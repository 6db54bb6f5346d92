import DossierSyntax
import Testing

/// The documented input limits hold for both syntaxes: keys per mapping and the
/// length of a scalar (file size and nesting are tested with each parser).
@Suite("Input limits")
struct InputLimitsTests {
    static let small = SourceText.Limits(maximumKeysPerMapping: 3, maximumScalarBytes: 8)

    static func error(_ text: String, _ path: String) -> ParseError? {
        do {
            _ = try Document(path: path, data: Array(text.utf8), limits: small)
            return nil
        } catch {
            return error
        }
    }

    @Test("a mapping with more keys than the limit is refused at the mapping, in YAML and JSON")
    func keysPerMapping() throws {
        #expect(Self.error("a: 1\nb: 2\nc: 3\n", "ok.yaml") == nil)
        #expect(Self.error(#"{"a": 1, "b": 2, "c": 3}"#, "ok.json") == nil)
        let yaml = try #require(Self.error("top:\n  a: 1\n  b: 2\n  c: 3\n  d: 4\n", "k.yaml"))
        #expect(yaml.kind == .limitExceeded)
        #expect(yaml.location.line == 5 && yaml.message.contains("limit of 3 keys"), "\(yaml)")
        let flow = try #require(Self.error("top: {a: 1, b: 2, c: 3, d: 4}\n", "f.yaml"))
        #expect(flow.kind == .limitExceeded)
        let json = try #require(Self.error(#"{"x": {"a": 1, "b": 2, "c": 3, "d": 4}}"#, "k.json"))
        #expect(json.kind == .limitExceeded)
        #expect(json.location.line == 1 && json.location.column == 7 && json.message.contains("limit of 3"), "\(json)")
    }

    @Test(
        "a scalar longer than the limit is refused at its start, whatever its style",
        arguments: [
            "k: 123456789\n", "k: '123456789'\n", "k: \"123456789\"\n", "k: |\n  123456789\n",
            "k: >\n  1234\n  56789\n",
            "k: [123456789]\n", "k: 12345\n  6789\n",
        ])
    func yamlScalarLength(_ text: String) throws {
        let error = try #require(Self.error(text, "s.yaml"), "\(text) was accepted")
        #expect(error.kind == .limitExceeded)
        #expect(error.location.line == 1 && error.message.contains("limit of 8 bytes"), "\(error)")
        #expect(Self.error("k: '12345678'\n", "s.yaml") == nil, "8 bytes is the limit itself")
    }

    @Test("a JSON string longer than the limit is refused; the length counts bytes after unescaping")
    func jsonStringLength() throws {
        #expect(Self.error(#"{"k": "\u4e2d\u6587"}"#, "ok.json") == nil, "12 escaped characters are 6 bytes")
        let error = try #require(Self.error(#"{"k": "中文中文"}"#, "s.json"))
        #expect(error.kind == .limitExceeded && error.location.column == 7, "\(error)")
    }

    @Test("the default limits are the documented ones")
    func defaults() {
        let limits = SourceText.Limits.standard
        #expect(limits.maximumBytes == 16 << 20 && limits.maximumDepth == 256)
        #expect(limits.maximumKeysPerMapping == 10_000 && limits.maximumScalarBytes == 1 << 20)
    }
}
