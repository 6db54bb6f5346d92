import Testing

@testable import DossierRules

@Suite("standard designations")
struct StandardDesignationTests {
    @Test("an ASCII designation is normalised by bytes as by characters")
    func asciiAgreesWithCharacters() {
        let alphabet = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }
        let pieces = alphabet + ["\r\n", "GB/T 30146-2023", "iso 22301:2019", " / Amd 1:2024", "\t", "\u{0B}"]
        for text in RandomTexts.make(3_000, from: pieces, maxPieces: 12) {
            #expect(
                StandardDesignation.normalisedASCII(text) == StandardDesignation.normalisedByCharacters(text),
                "\(text.debugDescription)")
        }
    }

    @Test("designations are matched whatever their spaces, case, dashes and colons")
    func names() {
        let accepted = ["GB/T 30146", "ISO 22301"]
        #expect(StandardDesignation.names("gb/t 30146-2023 / iso 22301:2019", onlyAmong: accepted))
        #expect(StandardDesignation.names("GB/T 30146—2023", onlyAmong: accepted))
        #expect(StandardDesignation.names("ISO 22301：2019/Amd 1:2024", onlyAmong: accepted))
        #expect(!StandardDesignation.names("ISO 22300:2019", onlyAmong: accepted))
        #expect(!StandardDesignation.names("ISO 223011", onlyAmong: accepted))
    }
}
