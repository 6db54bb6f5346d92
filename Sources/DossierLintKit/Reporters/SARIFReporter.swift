import DossierSyntax

/// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
///
/// One run. `tool.driver.rules` lists every rule of `options.rules` (its
/// title, rationale, clause and pack), the rule `parse`, and a bare entry for
/// any other rule a finding names (the engine's `scheme` and `profile`
/// checks), sorted by identifier; a rule identifier that appears in several
/// packs is listed once (the first pack in identifier order). Each finding is
/// one result:
///
/// - `ruleId` and the matching `ruleIndex`; `level` `error`, `warning` or
///   `note` (for info); `message.text` in `options.language`;
/// - one physical location: the file path as a URI reference (relative paths
///   stay relative, percent-encoded; absolute paths become `file://` URIs)
///   and a region with `startLine`, `startColumn`, `endLine` and `endColumn`
///   (the end is exclusive, as SARIF defines it: the position just after the
///   field; an absent field or a parse error gives an empty region). Columns
///   count Unicode scalars, so the run declares `"columnKind": "unicodeCodePoints"`;
/// - `partialFingerprints["dossierlint/v1"]`: FNV-1a 64 of rule, file and
///   pointer as 16 hexadecimal digits (`:2`, `:3`… appended for repeats of
///   the same triple), stable across runs and line moves;
/// - `properties`: `clause`, `pointer` and `kind` (`violation`,
///   `cannot_verify` or `parse`);
/// - suppressed findings carry `suppressions: [{"kind": "inSource",
///   "justification": REASON}]`.
///
/// `run.properties.as_of` holds the judging day.
public enum SARIFReporter: Reporter {
    /// `sarif`.
    public static let name = "sarif"

    /// The `$schema` URI written in the log.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    /// The project's home page, `tool.driver.informationUri`.
    public static let informationURI = "https://github.com/dossierlint/dossierlint"

    /// The results as each file comes; the rules they name before them.
    public static func writer(header: ReportHeader, options: ReportOptions) -> any ReportWriter {
        Writer(header: header, options: options)
    }

    /// A result's `ruleIndex` while its part is held: the rule's identifier between
    /// U+0001 and U+0002, which no JSON string written here can hold unescaped. The
    /// index is known once every file has named its rules (`Writer.resolve`).
    private static func pendingIndex(_ rule: String) -> String {
        "\u{1}" + rule + "\u{2}"
    }

    private struct Writer: ReportWriter {
        var header: ReportHeader
        var options: ReportOptions
        var results = 0
        /// The rules findings name that no description covers, by identifier (the first finding's).
        var undescribed: [String: RuleEntry] = [:]
        var described: Set<String>
        /// The rules, once known.
        var index: [String: Int] = [:]

        init(header: ReportHeader, options: ReportOptions) {
            self.header = header
            self.options = options
            described = Set(options.rules.map(\.identifier))
        }

        mutating func part(for file: FileReport) -> String {
            // A repeated fingerprint gets `:2`, `:3`…; the file is part of it, so the count is per file.
            var fingerprintUses: [String: Int] = [:]
            guard !file.findings.isEmpty else { return "" }
            var elements = JSONWriter.Elements(depth: 4, first: results == 0)
            // A file's findings are in that file: its URI is made once.
            var uri = (path: file.path, uri: SARIFReporter.uri(forPath: file.path))
            for finding in file.findings {
                if uri.path != finding.file { uri = (finding.file, SARIFReporter.uri(forPath: finding.file)) }
                if !described.contains(finding.rule) && undescribed[finding.rule] == nil {
                    undescribed[finding.rule] = RuleEntry(
                        id: finding.rule, description: nil, pack: finding.pack, clause: finding.clause,
                        severity: finding.severity)
                }
                let base = SARIFReporter.fingerprint(rule: finding.rule, file: finding.file, pointer: finding.pointer)
                let uses = fingerprintUses[base, default: 0] + 1
                fingerprintUses[base] = uses
                SARIFReporter.writeResult(
                    finding, fingerprint: uses == 1 ? base : base + ":\(uses)", language: options.language,
                    uri: uri.uri, to: &elements)
                results += 1
            }
            return elements.text
        }

        mutating func finish(_ summary: ReportSummary) -> (head: String, tail: String) {
            let language = options.language
            let rules = SARIFReporter.ruleEntries(options: options, undescribed: undescribed)
            for (position, rule) in rules.enumerated() { index[rule.id] = position }
            let driver: JSONWriter.Value = .object([
                .init("name", .string("dossierlint")),
                .init("version", .string(header.toolVersion)),
                .init("informationUri", .string(SARIFReporter.informationURI)),
                .init("rules", .array(rules.map { $0.json(language: language) })),
            ])
            let run: JSONWriter.Value = .object([
                .init("tool", .object([.init("driver", driver)])),
                .init("columnKind", .string("unicodeCodePoints")),
                .init("results", .spliced),
                .init("properties", .object([.init("as_of", .string(header.asOf.description))])),
            ])
            let document: JSONWriter.Value = .object([
                .init("$schema", .string(SARIFReporter.schemaURI)),
                .init("version", .string("2.1.0")),
                .init("runs", .array([run])),
            ])
            let (head, tail, _) = JSONWriter.split(document, elements: results)
            return (head, tail)
        }

        var resolvesParts: Bool { true }

        func resolve(_ part: String) -> String {
            guard part.utf8.contains(1) else { return part }
            // As bytes: the markers and what lies between them are ASCII, copied in runs.
            var part = part
            return part.withUTF8 { bytes in
                var output: [UInt8] = []
                output.reserveCapacity(bytes.count)
                var start = 0
                while let open = bytes[start...].firstIndex(of: 1) {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<open]))
                    guard let close = bytes[(open + 1)...].firstIndex(of: 2) else {
                        start = open
                        break
                    }
                    let rule = String(decoding: UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close]), as: UTF8.self)
                    output.append(contentsOf: String(index[rule] ?? 0).utf8)
                    start = close + 1
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
                return String(decoding: output, as: UTF8.self)
            }
        }
    }

    /// Writes one result, member by member (no tree of values is made for it); `uri` is the
    /// finding's file as `uri(forPath:)` gives it.
    static func writeResult(
        _ finding: Finding, fingerprint: String, language: Language, uri: String,
        to elements: inout JSONWriter.Elements
    ) {
        elements.appendObject { members in
            members.string("ruleId", finding.rule)
            members.raw("ruleIndex", pendingIndex(finding.rule))
            members.string("level", level(finding.severity))
            members.object("message") { $0.string("text", finding.message.text(in: language)) }
            members.objects("locations", count: 1) { _, location in
                location.object("physicalLocation") { physical in
                    physical.object("artifactLocation") { $0.string("uri", uri) }
                    physical.object("region") { writeRegion(finding, to: &$0) }
                }
            }
            members.object("partialFingerprints") { $0.string("dossierlint/v1", fingerprint) }
            if let reason = finding.suppression {
                members.objects("suppressions", count: 1) { _, suppression in
                    suppression.string("kind", "inSource")
                    suppression.string("justification", reason)
                }
            }
            members.object("properties") { properties in
                properties.string("clause", finding.clause)
                properties.string("pointer", finding.pointer)
                properties.string("kind", finding.kind.rawValue)
            }
        }
    }

    // MARK: - Rules

    /// One `reportingDescriptor`.
    struct RuleEntry {
        var id: String
        var description: RuleDescription?
        var pack: String
        var clause: String
        var severity: Severity

        func json(language: Language) -> JSONWriter.Value {
            var members: [JSONWriter.Member] = [
                .init("id", .string(id)), .init("name", .string(SARIFReporter.pascalCase(id))),
            ]
            if let description {
                let rationale = description.rationale.text(in: language)
                let clauseLine =
                    language == .zh
                    ? "条款：\(description.clause)（\(description.pack)）"
                    : "Clause: \(description.clause) (\(description.pack))"
                members.append(
                    .init("shortDescription", .object([.init("text", .string(description.title.text(in: language)))])))
                members.append(.init("fullDescription", .object([.init("text", .string(rationale))])))
                members.append(.init("help", .object([.init("text", .string(rationale + "\n\n" + clauseLine))])))
            } else if id == "parse" {
                let text =
                    language == .zh
                    ? "文件无法读取或解析为档案" : "The file could not be read or parsed as a dossier"
                members.append(.init("shortDescription", .object([.init("text", .string(text))])))
            } else {
                let text = language == .zh ? "档案核查：\(id)" : "Dossier check: \(id)"
                members.append(.init("shortDescription", .object([.init("text", .string(text))])))
            }
            members.append(
                .init("defaultConfiguration", .object([.init("level", .string(SARIFReporter.level(severity)))])))
            members.append(
                .init("properties", .object([.init("clause", .string(clause)), .init("pack", .string(pack))])))
            return .object(members)
        }
    }

    /// The driver's rules, sorted by identifier, one per identifier.
    static func ruleEntries(options: ReportOptions, undescribed: [String: RuleEntry]) -> [RuleEntry] {
        var byId: [String: RuleEntry] = [:]
        let described = options.rules.sorted { ($0.identifier, $0.pack) < ($1.identifier, $1.pack) }
        for description in described where byId[description.identifier] == nil {
            byId[description.identifier] = RuleEntry(
                id: description.identifier, description: description, pack: description.pack,
                clause: description.clause, severity: description.severity)
        }
        if byId["parse"] == nil {
            byId["parse"] = RuleEntry(id: "parse", description: nil, pack: "", clause: "", severity: .error)
        }
        for (id, entry) in undescribed where byId[id] == nil { byId[id] = entry }
        return byId.values.sorted { $0.id < $1.id }
    }

    // MARK: - Helpers

    /// A finding's `region`: start and (exclusive) end, never before the start.
    static func region(_ finding: Finding) -> (start: SourceLocation, end: SourceLocation) {
        let start = SourceLocation(line: max(1, finding.location.line), column: max(1, finding.location.column))
        return (start, max(start, finding.endLocation))
    }

    /// Writes a finding's `region` (see `region(_:)`).
    private static func writeRegion(_ finding: Finding, to members: inout JSONWriter.Members) {
        let (start, end) = region(finding)
        members.int("startLine", start.line)
        members.int("startColumn", start.column)
        members.int("endLine", end.line)
        members.int("endColumn", end.column)
    }

    /// The SARIF level of a severity.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// `stage-gap` → `StageGap`: the human-readable rule name SARIF asks for.
    static func pascalCase(_ identifier: String) -> String {
        identifier.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map {
            $0.prefix(1).uppercased() + $0.dropFirst()
        }
        .joined()
    }

    /// FNV-1a 64 of `rule`, `file` and `pointer` (separated by NUL) as 16 lowercase hex digits.
    static func fingerprint(rule: String, file: String, pointer: String) -> String {
        fnv1a64(rule + "\u{0}" + file + "\u{0}" + pointer)
    }

    /// The 64-bit FNV-1a hash of the UTF-8 bytes of `text`, as 16 lowercase hex digits.
    static func fnv1a64(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The digits of percent-encoding.
    private static let uppercaseHexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// A display path as a URI reference: each byte outside
    /// `A–Z a–z 0–9 - . _ ~ /` percent-encoded (so spaces, `:`, `#`, `?`, `%`
    /// and non-ASCII names survive); absolute paths get the `file://` scheme.
    static func uri(forPath path: String) -> String {
        // Written as bytes (all ASCII) and made into a string once.
        var encoded: [UInt8] = path.hasPrefix("/") ? Array("file://".utf8) : []
        encoded.reserveCapacity(encoded.count + path.utf8.count + 16)
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.append(byte)
            default:
                encoded.append(UInt8(ascii: "%"))
                encoded.append(uppercaseHexDigits[Int(byte >> 4)])
                encoded.append(uppercaseHexDigits[Int(byte & 0xF)])
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }
}
