import DossierLintKit
import DossierRules
import DossierSyntax

/// `dossierlint schema`: the JSON Schema of a dossier, of `check --format json` or of the audit report.
enum SchemaCommand {
    /// The command, as the table lists it.
    static let command = Command(
        name: "schema",
        abstract: "print the JSON Schema of dossiers (for editors), of findings or of the audit report",
        synopsis:
            "schema [\(JSONSchemas.Kind.allCases.map(\.rawValue).joined(separator: "|"))] \(scheme.synopsis) \(language.synopsis)",
        usage: """
            USAGE: dossierlint schema [KIND] [options]
                   dossierlint schema --as-json FILE

            Prints a JSON Schema (draft-07) on standard output. KIND is
              dossier        the dossier format of a scheme, every field and value with its
                             label and clause (the default); for editors:
                               dossierlint schema > dossier.schema.json
                             and a dossier's first line
                               # yaml-language-server: $schema=dossier.schema.json
              findings       the output of check --format json
              audit-report   the JSON report of audit (schema: itsms-audit-report/1)

            OPTIONS:
            """,
        epilogue: """

            Validating a dossier against the schema from the command line:
              dossierlint schema --as-json dossier.yaml > dossier.json
              python3 -m jsonschema -i dossier.json dossier.schema.json

            """,
        options: [scheme, language, asJSON], body: run)

    private static let scheme = OptionSpecification(
        "scheme", value: "NAME",
        allowed: ((try? BuiltInRules.packs.get()) ?? []).filter { $0.base == nil }.map(\.identifier).sorted(),
        help: "the scheme of the dossier schema (default \(DossierSchema.defaultScheme))")
    private static let language = OptionSpecification.language(help: "language of the descriptions")
    private static let asJSON = OptionSpecification(
        "as-json", value: "FILE",
        help: "print the dossier FILE (YAML or JSON; - for standard input) as JSON, typed as a YAML 1.2 editor reads it"
    )

    /// Prints the schema asked for, or a dossier as JSON.
    static func run(_ parsed: ParsedArguments, environment: CommandEnvironment) throws(UsageError) -> Int32 {
        if let path = parsed.value("as-json") {
            guard parsed.positionals.isEmpty, parsed.value("scheme") == nil else {
                throw UsageError("--as-json takes a FILE and no KIND or --scheme")
            }
            return printJSON(path, environment: environment)
        }
        guard parsed.positionals.count <= 1 else { throw UsageError("schema takes one KIND") }
        let name = parsed.positionals.first ?? JSONSchemas.Kind.dossier.rawValue
        guard let kind = JSONSchemas.Kind(rawValue: name) else {
            throw UsageError(
                "unknown schema '\(name)'; one of \(JSONSchemas.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let language = environment.language(parsed)
        switch kind {
        case .dossier:
            guard let packs = environment.builtInPacks() else { return ExitStatus.failure }
            do {
                environment.writeOutput(
                    try DossierSchema.json(
                        data: BuiltInRules.dossierSchema.get(), packs: packs,
                        scheme: parsed.value("scheme") ?? DossierSchema.defaultScheme, language: language))
            } catch {
                environment.writeError(error.description + "\n")
                return ExitStatus.failure
            }
        case .findings, .auditReport:
            guard parsed.value("scheme") == nil else { throw UsageError("--scheme applies to the dossier schema") }
            environment.writeOutput(
                kind == .findings ? JSONSchemas.findings(language) : JSONSchemas.auditReport(language))
        }
        return ExitStatus.success
    }

    /// Prints the dossier at `path` (`-`: standard input) as JSON.
    private static func printJSON(_ path: String, environment: CommandEnvironment) -> Int32 {
        let limit = SourceText.Limits.standard.maximumBytes
        let read: BoundedRead
        if path == "-" {
            let bytes = environment.files.standardInput(limit + 1)
            read = bytes.count > limit ? .tooLarge(size: nil) : .bytes(bytes)
        } else {
            read = environment.files.read(
                ConfigurationLocator.absolute(path, from: environment.currentDirectory), limit)
        }
        switch read {
        case .failed(let reason):
            environment.writeError("dossierlint: error: cannot read \(path): \(reason ?? "unknown reason")\n")
            return ExitStatus.failure
        case .tooLarge(let size):
            environment.writeError(
                "dossierlint: error: \(path) is \(size.map { "\($0) bytes" } ?? "too large"); the limit is \(limit) bytes\n"
            )
            return ExitStatus.failure
        case .bytes(let bytes):
            do {
                let document = try Document(path: path, data: bytes)
                environment.writeOutput(DossierJSON.text(of: document.root))
                return ExitStatus.success
            } catch {
                environment.writeError(error.description + "\n")
                return ExitStatus.failure
            }
        }
    }
}
