import DossierLintKit
import DossierSyntax

/// Annex C: the grammar of ITSMS certificate numbers, read from the pack's
/// `tables/annex-c.yaml`.
///
/// number = body code + issue year (2 digits) + `IT` + sequence (5 digits)
///          + `R<n>` + accreditation body code (`00` when not accredited)
///          [+ `-<k>` for the k-th sub-certificate]
struct AnnexCGrammar: Sendable {
    /// An entry the Annex C table lacks.
    struct MissingEntry: Error, Sendable {
        /// The table key.
        let key: String
    }

    /// `CNCA` in `CNCA-R-YYYY-NNN`.
    let approvalAuthority: String
    /// `R`: a domestic body.
    let domesticKind: String
    /// `RF`: a foreign-invested body.
    let foreignKind: String
    /// Digit counts a domestic serial may have (3 or 4).
    let domesticSerialDigits: [Int]
    /// `F`: the marker before a foreign-invested body's serial.
    let foreignMarker: String
    /// Digits kept of a foreign-invested body's serial (the last 3, zero-padded).
    let foreignSerialDigits: Int
    /// Digits of the issue year (2).
    let yearDigits: Int
    /// `IT`: the field code of ITSMS.
    let fieldCode: String
    /// Digits of the yearly sequence (5).
    let sequenceDigits: Int
    /// `R`: the marker before the certification cycle number.
    let cycleMarker: String
    /// Digits of the accreditation body code (2).
    let accreditationCodeDigits: Int
    /// The code written when the body is not accredited (`00`).
    let notAccreditedCode: String
    /// `-`: between the main number and a sub-certificate's index.
    let subCertificateSeparator: String

    /// The grammar of a pack's `annex-c` table, read once per pack, or the entry it lacks.
    enum OfPack: PackReading {
        static func read(_ pack: RulePack) -> Result<AnnexCGrammar, MissingEntry> {
            do throws(MissingEntry) {
                return .success(try AnnexCGrammar(table: pack.tables["annex-c"]))
            } catch {
                return .failure(error)
            }
        }
    }

    /// Reads the grammar from the pack's `annex-c` table.
    init(table: Field) throws(MissingEntry) {
        func text(_ key: String) throws(MissingEntry) -> String {
            guard let value = table[key].string, !value.isEmpty else { throw MissingEntry(key: key) }
            return value
        }
        func integer(_ key: String) throws(MissingEntry) -> Int {
            guard let value = table[key].integer.value, value > 0 else { throw MissingEntry(key: key) }
            return value
        }
        approvalAuthority = try text("approval_authority")
        domesticKind = try text("domestic_kind")
        foreignKind = try text("foreign_kind")
        let serialDigits = table["domestic_serial_digits"].elements.compactMap { $0.integer.value }
        guard !serialDigits.isEmpty else { throw MissingEntry(key: "domestic_serial_digits") }
        domesticSerialDigits = serialDigits.sorted()
        foreignMarker = try text("foreign_marker")
        foreignSerialDigits = try integer("foreign_serial_digits")
        yearDigits = try integer("year_digits")
        fieldCode = try text("field_code")
        sequenceDigits = try integer("sequence_digits")
        cycleMarker = try text("cycle_marker")
        accreditationCodeDigits = try integer("accreditation_code_digits")
        notAccreditedCode = try text("not_accredited_code")
        subCertificateSeparator = try text("sub_certificate_separator")
    }

    /// Replaces the dash variants of PDF extractions and typing (`—`, `–`, `－`) by `-`
    /// and drops spaces.
    static func normalised(_ text: String) -> String {
        // Almost every number is ASCII without blanks: nothing to replace, no grapheme walk.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x20 && !(0x09...0x0D).contains($0) }) { return text }
        // ASCII with blanks (`ISO/IEC 20000-1: 2018`): the blanks dropped byte by byte.
        if text.isASCII {
            return String(decoding: text.utf8.filter { $0 != 0x20 && !(0x09...0x0D).contains($0) }, as: UTF8.self)
        }
        var result = ""
        for character in text where !character.isWhitespace {
            switch character {
            case "—", "–", "－", "‐", "‑", "−": result.append("-")
            default: result.append(character)
            }
        }
        return result
    }

    /// Whether the text is one or more ASCII digits.
    static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// Whether the text is one or more ASCII digits.
    static func isDigits(_ text: String) -> Bool { isDigits(Substring(text)) }

    /// The body code derived from an approval number `CNCA-R-YYYY-NNN[N]` (the
    /// serial) or `CNCA-RF-YYYY-NNN` (`F` + the last 3 digits, zero-padded).
    func bodyCode(forApprovalNumber approvalNumber: String) -> FieldValue<String> {
        let parts = AnnexCGrammar.dashSeparatedParts(of: AnnexCGrammar.normalised(approvalNumber).uppercased())
        // Worded only when shown: most approval numbers are well formed.
        let problem = FieldProblem { [self] in
            let expected =
                "\(approvalAuthority)-\(domesticKind)-YYYY-NNN / \(approvalAuthority)-\(foreignKind)-YYYY-NNN"
            return Message(
                zh: "认证机构批准号 '\(approvalNumber)' 不符合格式 \(expected)，无法确定证书编号中的认证机构代码",
                en: "the approval number '\(approvalNumber)' does not have the form \(expected); "
                    + "the body code of the certificate number cannot be derived")
        }
        guard parts.count == 4, parts[0] == Substring(approvalAuthority), parts[2].count == 4,
            AnnexCGrammar.isDigits(parts[2]), AnnexCGrammar.isDigits(parts[3])
        else { return .invalid(problem) }
        let serial = String(parts[3])
        if parts[1] == Substring(foreignKind) {
            let kept = String(serial.suffix(foreignSerialDigits))
            return .value(foreignMarker + String(repeating: "0", count: foreignSerialDigits - kept.count) + kept)
        }
        guard parts[1] == Substring(domesticKind), let shortest = domesticSerialDigits.first,
            let longest = domesticSerialDigits.last, serial.count <= longest
        else { return .invalid(problem) }
        if domesticSerialDigits.contains(serial.count) { return .value(serial) }
        return .value(String(repeating: "0", count: max(0, shortest - serial.count)) + serial)
    }

    /// The parts of `text` between dashes, empty ones included: split by bytes when the text is
    /// ASCII (each byte a character), as splitting by characters costs several thousand
    /// instructions for an approval number.
    static func dashSeparatedParts(of text: String) -> [Substring] {
        guard text.isASCII else {
            return text.split(separator: "-", omittingEmptySubsequences: false)
        }
        return text.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false).map(Substring.init)
    }

    /// The components of a written number, as far as they can be told apart.
    struct Parts: Sendable {
        /// Everything before the issue year.
        var bodyCode: String
        /// The issue year digits.
        var year: String
        /// The text between the field code and the cycle marker.
        var sequence: String
        /// The digits of `R<n>` (without the accreditation code), if any.
        var cycle: String
        /// The accreditation code, if any.
        var accreditationCode: String
        /// The sub-certificate index, if the number has one.
        var subCertificate: String?
    }

    /// Splits a number into its components; `nil` when it has no field code or cycle marker.
    func parts(of number: String) -> Parts? {
        let text = AnnexCGrammar.normalised(number)
        if text.isASCII && fieldCode.isASCII && cycleMarker.isASCII && subCertificateSeparator.isASCII
            && !fieldCode.isEmpty && !cycleMarker.isEmpty && !subCertificateSeparator.isEmpty
        {
            return asciiParts(of: Array(text.utf8))
        }
        return partsByCharacter(of: text)
    }

    /// `parts(of:)` of a normalised number, character by character.
    func partsByCharacter(of text: String) -> Parts? {
        guard let field = text.firstRange(of: fieldCode) else { return nil }
        let before = text[..<field.lowerBound]
        guard before.count > yearDigits else { return nil }
        var after = text[field.upperBound...]
        var subCertificate: String?
        if let separator = after.firstRange(of: subCertificateSeparator) {
            subCertificate = String(after[separator.upperBound...])
            after = after[..<separator.lowerBound]
        }
        guard let marker = after.ranges(of: cycleMarker).last else { return nil }
        let tail = after[marker.upperBound...]
        let cycleDigits = tail.count > accreditationCodeDigits ? tail.dropLast(accreditationCodeDigits) : ""
        return Parts(
            bodyCode: String(before.dropLast(yearDigits)), year: String(before.suffix(yearDigits)),
            sequence: String(after[..<marker.lowerBound]), cycle: String(cycleDigits),
            accreditationCode: String(tail.suffix(min(accreditationCodeDigits, tail.count))),
            subCertificate: subCertificate)
    }

    /// `parts(of:)` of a normalised number when it and the grammar's markers are ASCII: their
    /// characters are their bytes, so the same search is made on bytes. As `ranges(of:)`,
    /// the cycle marker is the last of the occurrences found from the left without overlap.
    func asciiParts(of text: [UInt8]) -> Parts? {
        func firstRange(of pattern: [UInt8], in range: Range<Int>) -> Range<Int>? {
            guard !pattern.isEmpty, range.count >= pattern.count else { return nil }
            var start = range.lowerBound
            while start + pattern.count <= range.upperBound {
                if text[start..<start + pattern.count].elementsEqual(pattern) { return start..<start + pattern.count }
                start += 1
            }
            return nil
        }
        func string(_ range: Range<Int>) -> String { String(decoding: text[range], as: UTF8.self) }
        guard let field = firstRange(of: Array(fieldCode.utf8), in: 0..<text.count) else { return nil }
        let before = 0..<field.lowerBound
        guard before.count > yearDigits else { return nil }
        var after = field.upperBound..<text.count
        var subCertificate: String?
        if let separator = firstRange(of: Array(subCertificateSeparator.utf8), in: after) {
            subCertificate = string(separator.upperBound..<after.upperBound)
            after = after.lowerBound..<separator.lowerBound
        }
        var marker: Range<Int>?
        var from = after.lowerBound
        let cycleMarker = Array(self.cycleMarker.utf8)
        while let found = firstRange(of: cycleMarker, in: from..<after.upperBound) {
            marker = found
            from = found.upperBound
        }
        guard let marker else { return nil }
        let tail = marker.upperBound..<after.upperBound
        let cycleDigits =
            tail.count > accreditationCodeDigits
            ? tail.lowerBound..<tail.upperBound - accreditationCodeDigits : tail.lowerBound..<tail.lowerBound
        return Parts(
            bodyCode: string(before.lowerBound..<before.upperBound - yearDigits),
            year: string(before.upperBound - yearDigits..<before.upperBound),
            sequence: string(after.lowerBound..<marker.lowerBound), cycle: string(cycleDigits),
            accreditationCode: string(tail.upperBound - min(accreditationCodeDigits, tail.count)..<tail.upperBound),
            subCertificate: subCertificate)
    }

    /// The cycle number n of `R<n>` written in a number, if it can be read.
    func cycleNumber(of number: String) -> Int? {
        guard let parts = parts(of: number), AnnexCGrammar.isDigits(parts.cycle) else { return nil }
        return Int(parts.cycle)
    }

    /// The issue year as written in numbers (`26` for 2026).
    func yearCode(_ year: Int) -> String {
        var modulus = 1
        for _ in 0..<yearDigits { modulus *= 10 }
        let text = String(year % modulus)
        return String(repeating: "0", count: max(0, yearDigits - text.count)) + text
    }

    /// The sequence to show in an expected number: the written one when it has the
    /// right form, else a placeholder `NNNNN`.
    func sequenceForDisplay(_ written: String?) -> String {
        if let written, written.count == sequenceDigits, AnnexCGrammar.isDigits(written) { return written }
        return String(repeating: "N", count: sequenceDigits)
    }

    /// The expected main number.
    func mainNumber(bodyCode: String, issueYear: Int, sequence: String, cycle: Int, accreditationCode: String)
        -> String
    {
        bodyCode + yearCode(issueYear) + fieldCode + sequence + cycleMarker + String(cycle) + accreditationCode
    }

    /// The expected number of the k-th sub-certificate (k from 1).
    func subCertificateNumber(main: String, index: Int) -> String {
        main + subCertificateSeparator + String(index)
    }
}
