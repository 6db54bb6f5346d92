import Foundation

/// Where each rule's Swift implementation lives, derived from its data file:
/// `Rules/<pack>/rules/<id>.yaml` is implemented by the type `<Type>` in
/// `Sources/DossierRules/<PackFolder>/<Section>/<Type>.swift`. This is the only
/// place that knows the convention; `RuleRegistry` and its table of source paths
/// are generated from it.
///
/// - PackFolder: the pack id upper-cased without hyphens (`cnca-itsms-2026` →
///   `CNCAITSMS2026`, `icas` → `ICAS`).
/// - Section: from the rule's `clause:`. An annex gives `Annex<letter>` (`Annex A`
///   → `AnnexA`); a numbered clause gives its chapter (`6.2.1` → `6`), or its
///   first two numbers (`5.12.5` → `5.12`) in the chapters the pack lists under
///   `source_subsections:` in its `pack.yaml`.
/// - Type: the id in UpperCamelCase, each hyphen-separated word capitalised or
///   spelled as in `acronyms`, then `Rule` (`refusal-reasons-notified` →
///   `RefusalReasonsNotifiedRule`, `icas-closure-confirmed` → `ICASClosureConfirmedRule`).
struct RuleSourceLayout {
    /// Words of rule ids written in capitals in type names.
    static let acronyms = ["bcms": "BCMS", "cesi": "CESI", "cnca": "CNCA", "icas": "ICAS", "itsms": "ITSMS"]

    /// A rule found in `Rules/`, with where its implementation must be.
    struct Entry {
        /// The rule id (the data file's name).
        let identifier: String
        /// The implementing type's name.
        let typeName: String
        /// The implementation's path relative to the package root.
        let sourcePath: String
    }

    /// A data file that breaks the convention.
    struct Problem: Error {
        /// The file, relative to the package root.
        let file: String
        /// What is wrong.
        let reason: String
    }

    /// The folder of a pack's rule implementations.
    static func packFolder(_ pack: String) -> String {
        pack.uppercased().filter { $0 != "-" }
    }

    /// The type implementing rule `identifier`, or `nil` when the id is not
    /// lower-case words of letters and digits joined by hyphens.
    static func typeName(_ identifier: String) -> String? {
        let words = identifier.split(separator: "-", omittingEmptySubsequences: false)
        guard words.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLowercase || $0.isNumber } }),
            words.first?.first?.isLetter == true
        else { return nil }
        return words.map { acronyms[String($0)] ?? $0.prefix(1).uppercased() + $0.dropFirst() }.joined() + "Rule"
    }

    /// The section folder of a clause, or `nil` when the clause is neither an
    /// annex nor dotted numbers.
    static func section(ofClause clause: String, subsections: Set<String>) -> String? {
        if clause.hasPrefix("Annex ") {
            let letter = clause.dropFirst("Annex ".count)
            guard !letter.isEmpty, letter.allSatisfy({ $0.isLetter && $0.isUppercase }) else { return nil }
            return "Annex" + letter
        }
        let numbers = clause.split(separator: ".", omittingEmptySubsequences: false)
        guard let chapter = numbers.first,
            numbers.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        return subsections.contains(String(chapter)) ? numbers.prefix(2).joined(separator: ".") : String(chapter)
    }

    /// The value of a top-level `key: value` line of a data file, unquoted.
    static func scalar(_ key: String, in text: String) -> String? {
        for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
            var value = line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            return value
        }
        return nil
    }

    /// The items of a top-level flow sequence line (`key: ["5", "6"]`); empty when the key is absent.
    static func list(_ key: String, in text: String) -> [String]? {
        guard let value = scalar(key, in: text) else { return [] }
        guard value.hasPrefix("["), value.hasSuffix("]") else { return nil }
        return value.dropFirst().dropLast().split(separator: ",").map { item in
            item.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }
    }

    /// The entry of one rule data file of `pack`, whose chapters in `subsections` go by subsection.
    static func entry(pack: String, fileName: String, text: String, subsections: Set<String>) throws(Problem) -> Entry {
        let identifier = String(fileName.dropLast(".yaml".count))
        let file = "Rules/\(pack)/rules/\(fileName)"
        guard let typeName = typeName(identifier) else {
            throw Problem(file: file, reason: "the rule id '\(identifier)' is not lower-case words joined by hyphens")
        }
        guard let clause = scalar("clause", in: text) else {
            throw Problem(file: file, reason: "no top-level 'clause:' line")
        }
        guard let section = section(ofClause: clause, subsections: subsections) else {
            throw Problem(file: file, reason: "the clause '\(clause)' is neither 'Annex <letter>' nor dotted numbers")
        }
        return Entry(
            identifier: identifier, typeName: typeName,
            sourcePath: "Sources/DossierRules/\(packFolder(pack))/\(section)/\(typeName).swift")
    }
}
