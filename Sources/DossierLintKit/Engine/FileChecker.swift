import DossierSyntax

/// Turns the bytes of one file into a file report: decode, parse, recognise
/// the schema, judge on the right day, run the rules.
public struct FileChecker: Sendable {
    /// The linter.
    public var linter: Linter
    /// The `--as-of` day, which wins over a dossier's own `as_of`.
    public var asOf: Day?
    /// The run date, used when neither is given.
    public var today: Day
    /// People of the repository registry, by id.
    public var registryPersonnel: [String: Field]
    /// Input limits.
    public var limits: SourceText.Limits
    /// Whether the reports keep every rule's outcome (see `Linter.check`); `true` unless set.
    public var keepsRuleOutcomes = true

    /// Creates a checker.
    public init(
        linter: Linter, asOf: Day?, today: Day, registryPersonnel: [String: Field] = [:],
        limits: SourceText.Limits = .standard
    ) {
        self.linter = linter
        self.asOf = asOf
        self.today = today
        self.registryPersonnel = registryPersonnel
        self.limits = limits
    }

    /// Checks one file. `requireSchema` is false for files named explicitly
    /// or read from standard input, which are checked even without a schema line.
    public func check(path: String, data: [UInt8], requireSchema: Bool) -> FileOutcome {
        scan(path: path, data: data, requireSchema: requireSchema, summarize: nil).outcome
    }

    /// The outcome of an input larger than `limits.maximumBytes`, refused before it
    /// was read (`size` when known): a located error, as for a file that does not parse.
    public func refuse(path: String, size: Int?) -> ScannedFile {
        let limit = limits.maximumBytes
        let what = size.map { "file is \($0) bytes" } ?? "input is more than \(limit) bytes"
        let error = ParseError(
            .limitExceeded,
            "\(what); the limit is \(limit) bytes (raise it with `limits: {file_bytes: N}` in .dossierlint.yml)",
            at: .start, file: path)
        let report = FileReport(
            path: path, dossierId: nil, scheme: nil, profile: nil, findings: [Finding(parseError: error, file: path)],
            outcomes: [])
        return ScannedFile(outcome: .checked(report, parseError: error), summary: nil)
    }

    /// Checks one file like `check(path:data:requireSchema:)` and, for a dossier,
    /// also extracts its summary with `summarize` while the tree is in memory
    /// (for the repository rules). The file is parsed once.
    public func scan(path: String, data: [UInt8], requireSchema: Bool, summarize: DossierSummarizer?) -> ScannedFile {
        let document: Document
        do {
            document = try Document(path: path, data: data, limits: limits)
        } catch {
            let report = FileReport(
                path: path, dossierId: nil, scheme: nil, profile: nil,
                findings: [Finding(parseError: error, file: path)], outcomes: [])
            return ScannedFile(outcome: .checked(report, parseError: error), summary: nil)
        }
        let schema = document.root["schema"]?.scalarText
        if schema == registrySchema { return ScannedFile(outcome: .registry(path: path), summary: nil) }
        if schema != dossierSchema {
            if requireSchema { return ScannedFile(outcome: .skipped(path: path), summary: nil) }
            let schemaNode = document.root.entry(forKey: "schema")?.value
            let location = schemaNode?.location ?? document.root.location
            let end = schemaNode?.end ?? location
            let finding = Finding(
                rule: "schema", clause: "", pack: "", severity: .error, kind: .cannotVerify,
                message: Message(
                    zh: "文件不是 \(dossierSchema) 档案（缺少 `schema: \(dossierSchema)`）",
                    en: "the file is not an \(dossierSchema) dossier (`schema: \(dossierSchema)` is missing)"),
                file: path, location: location, endLocation: end, pointer: "/schema")
            let report = FileReport(
                path: path, dossierId: nil, scheme: nil, profile: nil, findings: [finding], outcomes: [])
            return ScannedFile(outcome: .checked(report, parseError: nil), summary: nil)
        }
        let dossier = Dossier(document: document, registryPersonnel: registryPersonnel)
        let judgingDay = asOf ?? dossier.asOf ?? today
        return ScannedFile(
            outcome: .checked(
                linter.check(dossier, judgingDay: judgingDay, keepingOutcomes: keepsRuleOutcomes), parseError: nil),
            summary: summarize?(dossier, judgingDay))
    }
}
