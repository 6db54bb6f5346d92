import Testing

@testable import DossierSyntax

/// Decodes `bytes`, returning the error or `nil` (recorded as an issue) if they are accepted.
private func decodingError(
    _ bytes: [UInt8], limits: SourceText.Limits = .standard,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> ParseError? {
    do throws(ParseError) {
        _ = try SourceText(path: "f.yaml", data: bytes, limits: limits)
        Issue.record("expected the bytes to be refused", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

private func at(_ line: Int, _ column: Int) -> DossierSyntax.SourceLocation {
    DossierSyntax.SourceLocation(line: line, column: column)
}

/// UTF-16 code units of `text` as bytes.
private func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
    var bytes: [UInt8] = []
    if bom { bytes += bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE] }
    for unit in text.utf16 {
        let high = UInt8(unit >> 8)
        let low = UInt8(unit & 0xFF)
        bytes += bigEndian ? [high, low] : [low, high]
    }
    return bytes
}

@Suite struct SourceTextTests {
    @Test func utf8ByteOrderMarkIsStripped() throws {
        let source = try SourceText(path: "a.json", data: [0xEF, 0xBB, 0xBF] + Array("{\"a\": \"测试\"}".utf8))
        #expect(source.bytes == Array("{\"a\": \"测试\"}".utf8))
        #expect(source.path == "a.json")
        let document = try Document(path: "a.json", data: [0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8))
        #expect(document.root.entry(forKey: "a")?.keyLocation == at(1, 2))
    }

    @Test func plainUTF8IsAccepted() throws {
        let text = "名称: 测试\r\n# 注释 😀\n"
        let source = try SourceText(path: "a.yaml", data: Array(text.utf8))
        #expect(source.bytes == Array(text.utf8))
        _ = try SourceText(path: "empty.yaml", data: [])
        _ = try SourceText(path: "one.yaml", data: [0x61])
    }

    @Test(arguments: [
        (false, true, "UTF-16LE"), (true, true, "UTF-16BE"), (false, false, "UTF-16LE"), (true, false, "UTF-16BE"),
    ])
    func utf16IsRefusedNamingTheEncoding(bigEndian: Bool, bom: Bool, name: String) throws {
        let error = try #require(
            decodingError(utf16("schema: itsms-dossier/1\n名称: 测试\n", bigEndian: bigEndian, bom: bom)))
        #expect(error.kind == .unsupportedEncoding(name))
        #expect(error.message.contains(name))
        #expect(error.message.contains("iconv"))
        #expect(error.location == at(1, 1))
        #expect(error.file == "f.yaml")
    }

    @Test(arguments: [false, true])
    func utf16StartingWithChineseIsRefusedAsUTF16(bigEndian: Bool) throws {
        // No BOM, and the first character is not ASCII: the zero bytes of the
        // ASCII characters later in the file still give the encoding away.
        let error = try #require(decodingError(utf16("名称: 测试\nschema: x\n", bigEndian: bigEndian, bom: false)))
        #expect(error.kind == .unsupportedEncoding(bigEndian ? "UTF-16BE" : "UTF-16LE"))
    }

    @Test func utf32IsRefused() throws {
        let error = try #require(decodingError([0xFF, 0xFE, 0, 0, 0x61, 0, 0, 0]))
        #expect(error.kind == .unsupportedEncoding("UTF-32LE"))
    }

    @Test func gbkIsRefusedWithTheLineOfTheFirstBadByte() throws {
        // "名称: 测试" in GBK is C3 FB B3 C6 3A 20 B2 E2 CA D4.
        let gbk: [UInt8] =
            Array("schema: itsms-dossier/1\nclient:\n  name: ".utf8)
            + [0xC3, 0xFB, 0xB3, 0xC6, 0x3A, 0x20, 0xB2, 0xE2, 0xCA, 0xD4] + [0x0A]
        let error = try #require(decodingError(gbk))
        #expect(error.kind == .unsupportedEncoding("GBK/GB18030"))
        #expect(error.message.contains("GBK/GB18030"))
        #expect(error.message.contains("iconv -f GB18030 -t UTF-8"))
        #expect(error.location == at(3, 9))
        // 中文 = D6 D0 CE C4, after UTF-8-compatible ASCII on the same line.
        let short = try #require(decodingError(Array("a: ".utf8) + [0xD6, 0xD0, 0xCE, 0xC4]))
        #expect(short.kind == .unsupportedEncoding("GBK/GB18030"))
        #expect(short.location == at(1, 4))
    }

    @Test func invalidUTF8ThatIsNotGBKIsRefused() throws {
        let error = try #require(decodingError(Array("名称: ".utf8) + [0xFF] + Array("\n".utf8)))
        guard case .unsupportedEncoding(let name) = error.kind else {
            Issue.record("expected an encoding error, got \(error)")
            return
        }
        #expect(name.contains("other than UTF-8"))
        #expect(error.location == at(1, 5))
    }

    @Test func nulByteIsRefused() throws {
        let error = try #require(decodingError(Array("ab: c\nd: ".utf8) + [0x00] + Array("\n".utf8)))
        #expect(error.location == at(2, 4))
    }

    @Test func sizeLimit() throws {
        let limits = SourceText.Limits(maximumBytes: 10)
        _ = try SourceText(path: "f", data: Array("0123456789".utf8), limits: limits)
        let error = try #require(decodingError(Array("01234567890".utf8), limits: limits))
        #expect(error.kind == .limitExceeded)
        #expect(error.message == "file is 11 bytes; the limit is 10 bytes")
        #expect(SourceText.Limits.standard.maximumBytes == 16 << 20)
        #expect(SourceText.Limits.standard.maximumDepth == 256)
    }

    @Test func linesWithCRLF() {
        let source = SourceText(path: "f", string: "a: 1\r\n名称: 测试\r\n\r\nlast")
        #expect(source.line(1) == "a: 1")
        #expect(source.line(2) == "名称: 测试")
        #expect(source.line(3) == "")
        #expect(source.line(4) == "last")
        #expect(source.line(5) == nil)
        #expect(source.line(0) == nil)
        let trailing = SourceText(path: "f", string: "x\r\n")
        #expect(trailing.line(1) == "x")
        #expect(trailing.line(2) == "")
        #expect(trailing.line(3) == nil)
    }

    @Test func locationOfOffset() {
        let source = SourceText(path: "f", string: "a: 1\r\n名称: 测试\n")
        #expect(source.location(ofOffset: 0) == at(1, 1))
        #expect(source.location(ofOffset: 6) == at(2, 1))
        // "名称: " is 8 bytes and 4 scalars.
        #expect(source.location(ofOffset: 14) == at(2, 5))
        #expect(SourceText.column(in: Array("名称: 测试".utf8), lineStart: 0, offset: 8) == 4 + 1)
    }

    @Test func errorRenderingPutsTheCaretUnderTheColumn() {
        var error = ParseError(.syntax, "bad value", at: at(2, 5), file: "d.yaml")
        #expect(error.description == "d.yaml:2:5: error: bad value")
        error.sourceLine = "ab: cd"
        #expect(error.description == "d.yaml:2:5: error: bad value\nab: cd\n    ^")
        // Chinese characters take two terminal columns each.
        error.location = at(2, 7)
        error.sourceLine = "名称: 测试x"
        #expect(
            error.description == "d.yaml:2:7: error: bad value\n名称: 测试x\n" + String(repeating: " ", count: 10) + "^")
        // A tab stays a tab, so the caret lines up whatever the tab width.
        error.location = at(1, 3)
        error.sourceLine = "\t名x"
        #expect(error.description.hasSuffix("\n\t名x\n\t  ^"))
        #expect(ParseError(.syntax, "m", at: .start).headline == "<input>:1:1: error: m")
    }

    @Test func locateFillsFileAndLine() {
        let source = SourceText(path: "x.json", string: "{\n  \"a\": 1,\n}")
        let error = source.locate(ParseError(.syntax, "trailing comma before '}'", at: at(2, 9)))
        #expect(error.file == "x.json")
        #expect(error.sourceLine == "  \"a\": 1,")
    }
}

/// The validator skips ASCII eight bytes at a time: a bad byte or a NUL at any
/// position after ASCII and multi-byte text is still found, at its line and column.
@Suite struct UTF8ValidationPositionTests {
    @Test(arguments: 0..<20)
    func invalidByteAfterASCII(position: Int) {
        let prefix = Array("a: 中文\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: position)
        let bytes = prefix + [0xFF] + Array("tail\n".utf8)
        do {
            _ = try SourceText(path: "t.yaml", data: bytes)
            Issue.record("0xFF at \(position) was accepted")
        } catch {
            #expect(error.location == SourceLocation(line: 2, column: position + 1))
        }
    }

    @Test(arguments: 0..<20)
    func nulByteAfterASCII(position: Int) {
        let bytes =
            Array("a: b\n".utf8) + Array(repeating: UInt8(ascii: "y"), count: position) + [0] + Array("z\n".utf8)
        do {
            _ = try SourceText(path: "t.yaml", data: bytes)
            Issue.record("NUL at \(position) was accepted")
        } catch {
            #expect(error.location == SourceLocation(line: 2, column: position + 1))
        }
    }

    @Test func longValidTextIsAccepted() throws {
        let text = String(repeating: "key: 值 value ✓ 😀\n", count: 200)
        #expect(try SourceText(path: "t.yaml", data: Array(text.utf8)).bytes.count == text.utf8.count)
    }

    @Test("scalars are counted from every start to every end")
    func scalarCounts() {
        var generator = SystemRandomNumberGenerator()
        let texts = ["", "a", "名称: 测试", "ASCII only, longer than a word or two", "é\u{301}😀中x\u{7F}\u{80}"]
        var samples = texts.map { Array($0.utf8) }
        for _ in 0..<20 {
            samples.append(
                (0..<Int.random(in: 0..<40, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator)
                })
        }
        for bytes in samples {
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...buffer.count {
                    for end in start...buffer.count {
                        let expected = buffer[start..<end].filter { $0 & 0xC0 != 0x80 }.count
                        #expect(UTF8Encoding.scalarCount(in: buffer, from: start, to: end) == expected)
                    }
                }
            }
        }
    }
}
