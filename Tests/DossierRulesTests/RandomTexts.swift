import DossierLintTestSupport

/// Random texts for the tests that compare two readings of one text (byte by byte and
/// character by character).
enum RandomTexts {
    /// `count` texts, each of up to `maxPieces` pieces drawn from `pieces` and joined: the same
    /// texts on every run (a seeded generator), so that a test's counts over them cannot vary.
    static func make(_ count: Int, from pieces: [String], maxPieces: Int, seed: UInt64 = 20_261_205) -> [String] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...maxPieces, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    /// The characters of `alphabet` as pieces, a carriage return and a line feed apart.
    static func characters(of alphabet: String) -> [String] { alphabet.unicodeScalars.map { String($0) } }
}
