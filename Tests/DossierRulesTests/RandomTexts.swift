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

/// SplitMix64 (Steele, Lea and Flood), a small generator whose sequence its seed fixes.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
