import DossierLintKit
import Testing

@testable import DossierRules

/// Annex C numbers split byte by byte when they are ASCII, character by character otherwise:
/// the two agree on ASCII numbers.
@Suite("certificate number parts")
struct CertificateNumberPartsTests {
    private func describe(_ parts: AnnexCGrammar.Parts?) -> String {
        guard let parts else { return "nil" }
        return [parts.bodyCode, parts.year, parts.sequence, parts.cycle, parts.accreditationCode]
            .joined(separator: "|") + "|" + (parts.subCertificate ?? "none")
    }

    @Test("ASCII numbers: bytes and characters give the same parts")
    func asciiAgreesWithCharacters() throws {
        let pack = try #require(Fixtures.packs.first { $0.identifier == "cnca-itsms-2026" })
        let grammar = try pack.reading(AnnexCGrammar.OfPack.self).get()
        #expect(
            describe(grammar.parts(of: "A123426IT00012R2001-3"))
                == describe(grammar.partsByCharacter(of: "A123426IT00012R2001-3")))
        let pieces = ["0", "1", "26", "A12345", "IT", "I", "T", "R", "RR", "-", "x", "00012", "2", "001", "R2001"]
        var split = 0
        for text in RandomTexts.make(3_000, from: pieces, maxPieces: 9) {
            let bytes = Array(text.utf8)
            let fast = grammar.asciiParts(of: bytes)
            if fast != nil { split += 1 }
            #expect(describe(fast) == describe(grammar.partsByCharacter(of: text)), "\(text)")
        }
        #expect(split > 100, "the random numbers should often have a field code and a cycle marker (\(split))")
    }

    @Test("approval numbers: split by bytes as by characters, empty parts kept")
    func dashSeparatedParts() {
        let alphabet = RandomTexts.characters(of: "CNA-RF0129-")
        for text in RandomTexts.make(2_000, from: alphabet, maxPieces: 16) + ["", "-", "--", "CNCA-R-2002-123"] {
            #expect(
                AnnexCGrammar.dashSeparatedParts(of: text)
                    == text.split(separator: "-", omittingEmptySubsequences: false), "\(text)")
        }
        // Not ASCII: by characters, where a dash with a combining mark is no dash.
        #expect(AnnexCGrammar.dashSeparatedParts(of: "a-\u{301}b-c") == ["a-\u{301}b", "c"])
    }
}
