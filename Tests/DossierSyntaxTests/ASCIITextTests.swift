import DossierSyntax
import Testing

@Suite("the ASCII check")
struct ASCIITextTests {
    @Test("a text is ASCII exactly when every byte is below 0x80, a non-ASCII byte at any position")
    func isASCII() {
        for length in 0..<20 {
            let ascii = String(repeating: "k", count: length)
            #expect(ascii.isASCII, "\(length) ASCII bytes")
            for position in 0...length {
                for other in ["é", "审", "\u{7F}", "\u{80}", "😀"] {
                    var text = ascii
                    text.insert(contentsOf: other, at: text.index(text.startIndex, offsetBy: position))
                    let expected = text.utf8.allSatisfy { $0 < 0x80 }
                    #expect(text.isASCII == expected, "\(text.debugDescription)")
                    let bytes = Array(text.utf8)
                    #expect(bytes.withUnsafeBufferPointer { $0.isASCII } == expected, "\(text.debugDescription)")
                }
            }
        }
    }
}
