import DossierLintKit
import DossierRules
import DossierSyntax

/// `dossierlint schema`: the JSON Schema of a dossier, of `check --format json` or of the audit report.
enum SchemaCommand {
    /// The command, as the table lists it.
    static let command = Command(
        name: "schema",
        abstract: "print the JSON Schema of dossiers (for editors), of findings or of the audit report",
        abstractZh: "输出档案（供编辑器使用）、检查结果或内部审核报告的 JSON Schema",
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
        usageZh: """
            用法：dossierlint schema [KIND] [选项]
                  dossierlint schema --as-json FILE

            在标准输出上输出 JSON Schema（draft-07）。KIND 为
              dossier        某一认证方案的档案格式，每个字段和值附其名称和条款（默认）；
                             供编辑器使用：
                               dossierlint schema > dossier.schema.json
                             并在档案第一行写
                               # yaml-language-server: $schema=dossier.schema.json
              findings       check --format json 的输出
              audit-report   audit 的 JSON 报告（schema: itsms-audit-report/1）

            选项：
            """,
        epilogue: """

            Validating a dossier against the schema from the command line:
              dossierlint schema --as-json dossier.yaml > dossier.json
              python3 -m jsonschema -i dossier.json dossier.schema.json

            """,
        epilogueZh: """

            在命令行按 schema 校验档案：
              dossierlint schema --as-json dossier.yaml > dossier.json
              python3 -m jsonschema -i dossier.json dossier.schema.json

            """,
        arguments: .values(JSONSchemas.Kind.allCases.map(\.rawValue)), options: [scheme, language, asJSON], body: run)

    private static let scheme = OptionSpecification(
        "scheme", value: "NAME",
        allowed: ((try? BuiltInRules.packs.get()) ?? []).filter { $0.base == nil }.map(\.identifier).sorted(),
        help: "the scheme of the dossier schema (default \(DossierSchema.defaultScheme))",
        zh: "档案 schema 的认证方案（默认 \(DossierSchema.defaultScheme)）")
    private static let language = OptionSpecification.language(help: "language of the descriptions", zh: "说明的语言")
    private static let asJSON = OptionSpecification(
        "as-json", value: "FILE",
        completes: .files,
        help:
            "print the dossier FILE (YAML or JSON; - for standard input) as JSON, typed as a YAML 1.2 editor reads it",
        zh: "把档案 FILE（YAML 或 JSON；- 为标准输入）按 YAML 1.2 编辑器读取的类型输出为 JSON")

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
