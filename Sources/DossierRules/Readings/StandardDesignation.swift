import DossierSyntax

/// How a dossier names a management-system standard: a designation such as "GB/T 30146-2023",
/// "ISO 22301:2019", an identical adoption "GB/T 30146-2023/ISO 22301:2019", perhaps with an
/// amendment "ISO 22301:2019/Amd 1:2024".
enum StandardDesignation {
    /// Whether `text` names only standards of `accepted` ("GB/T 30146", "ISO 22301"): each with an
    /// optional edition year ("-2023", ":2019"), several joined by "/", amendments ("/Amd 1:2024")
    /// allowed after an edition. Spaces, letter case, full-width colons and dash variants do not count.
    static func names(_ text: String, onlyAmong accepted: [String]) -> Bool {
        let standards = accepted.map(normalised).filter { !$0.isEmpty }
        var rest = Substring(normalised(text))
        var afterEdition = false
        while true {
            if afterEdition, rest.hasPrefix("AMD") {
                rest = rest.dropFirst(3)
                let number = rest.prefix { $0.isASCII && $0.isNumber }
                guard !number.isEmpty else { return false }
                rest = rest.dropFirst(number.count)
                guard let year = edition(of: rest) else { return false }
                rest = year
            } else {
                guard let standard = standards.first(where: { rest.hasPrefix($0) }) else { return false }
                rest = rest.dropFirst(standard.count)
                if let next = rest.first, next.isNumber || next == "." { return false }
                afterEdition = false
                if let year = edition(of: rest) {
                    rest = year
                    afterEdition = true
                }
            }
            guard let next = rest.first else { return true }
            guard next == "/" else { return false }
            rest = rest.dropFirst()
        }
    }

    /// What follows an edition year at the start of `text` ("-2023", ":2019"), or `nil` without one.
    private static func edition(of text: Substring) -> Substring? {
        guard let separator = text.first, separator == "-" || separator == ":" else { return nil }
        let year = text.dropFirst().prefix(4)
        guard year.count == 4, year.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let rest = text.dropFirst(5)
        if let next = rest.first, next.isNumber { return nil }
        return rest
    }

    /// `text` upper-cased without spaces, with dash variants as "-" and full-width colons as ":".
    private static func normalised(_ text: String) -> String {
        if text.isASCII { return normalisedASCII(text) }
        return normalisedByCharacters(text)
    }

    /// `normalised` of an ASCII text, by bytes: ASCII has no dash variant and no full-width colon,
    /// its white space is U+0009–U+000D and the space, and only its letters a–z change case.
    /// (The character reading compares each character with six dashes: some 28,000 instructions
    /// for a designation.)
    static func normalisedASCII(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 where byte != 0x20 && !(0x09...0x0D).contains(byte) {
            bytes.append((0x61...0x7A).contains(byte) ? byte - 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `normalised`, character by character.
    static func normalisedByCharacters(_ text: String) -> String {
        var result = ""
        for character in text where !character.isWhitespace {
            switch character {
            case "—", "–", "－", "‐", "‑", "−": result.append("-")
            case "：": result.append(":")
            default: result.append(contentsOf: character.uppercased())
            }
        }
        return result
    }
}
