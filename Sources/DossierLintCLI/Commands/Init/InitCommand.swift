import DossierLintKit
import DossierRules

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `dossierlint init`: writes a complete example dossier to start from.
enum InitCommand {
    /// The command, as the table lists it.
    static let command = Command(
        name: "init", abstract: "write a complete example dossier with a comment on every field",
        abstractZh: "写出一份完整的示例档案，每个字段附注释",
        synopsis: "init FILE \(cycle.synopsis) \(scheme.synopsis) \(profile.synopsis) \(language.synopsis)",
        usage: """
            USAGE: dossierlint init FILE [options]

            Writes to FILE (which must not exist) a complete, consistent example dossier of
            the kind asked for, in YAML: the rule pack's own clean example, judged as of the
            day its as_of records, with a comment on every field (its meaning and clause, in
            --lang) and the line '# yaml-language-server: $schema=…' for editors on top.
            `dossierlint check FILE` reports nothing on it.

            OPTIONS:
            """,
        usageZh: """
            用法：dossierlint init FILE [选项]

            向 FILE（不得已存在）写出一份所要类型的完整、一致的 YAML 示例档案：规则包自己的无问题
            示例，按其 as_of 记录的日期判定，每个字段附注释（含义和条款，语言由 --lang 决定），
            首行为供编辑器使用的 '# yaml-language-server: $schema=…'。
            `dossierlint check FILE` 对它不报告任何问题。

            选项：
            """,
        arguments: .files, options: [cycle, scheme, profile, language], body: run)

    private static let packs = (try? BuiltInRules.packs.get()) ?? []
    private static let cycle = OptionSpecification(
        "cycle", value: "CYCLE", allowed: DossierTemplate.Cycle.allCases.map(\.rawValue),
        help: "the kind of dossier (default initial)", zh: "档案类型（默认 initial）")
    private static let scheme = OptionSpecification(
        "scheme", value: "NAME", allowed: packs.filter { $0.base == nil }.map(\.identifier).sorted(),
        help: "the scheme (default \(DossierSchema.defaultScheme))", zh: "认证方案（默认 \(DossierSchema.defaultScheme)）")
    private static let profile = OptionSpecification(
        "profile", value: "NAME", allowed: packs.filter { $0.base != nil }.map(\.identifier).sorted(),
        help: "a profile layered on the scheme", zh: "叠加在认证方案上的机构配置")
    private static let language = OptionSpecification.language(help: "language of the comments", zh: "注释的语言")

    /// Writes the example dossier asked for to a new file.
    static func run(_ parsed: ParsedArguments, environment: CommandEnvironment) throws(UsageError) -> Int32 {
        guard parsed.positionals.count == 1, let path = parsed.positionals.first, path != "-" else {
            throw UsageError("init takes one FILE to write")
        }
        guard let packs = environment.builtInPacks() else { return ExitStatus.failure }
        let language = environment.language(parsed)
        let cycle = parsed.value("cycle").flatMap(DossierTemplate.Cycle.init(rawValue:)) ?? .initial
        let scheme = parsed.value("scheme") ?? DossierSchema.defaultScheme
        let data: DossierSchemaData
        do {
            data = try BuiltInRules.dossierSchema.get()
        } catch {
            environment.writeError(error.description + "\n")
            return ExitStatus.failure
        }
        let text: String
        do throws(DossierTemplate.Unavailable) {
            text = try DossierTemplate.text(
                cycle: cycle, scheme: scheme, profile: parsed.value("profile"), language: language, packs: packs,
                data: data)
        } catch {
            throw UsageError(error.message.text(in: language))
        }
        // Anything at the path (a file, a folder, a link even to nothing) is refused, before and,
        // should it appear meanwhile, when the file is linked into place.
        let exists =
            "dossierlint: error: \(path) exists; init writes a new file only (choose another name or remove it)\n"
        let target = ConfigurationLocator.absolute(path, from: environment.currentDirectory)
        var info = stat()
        if lstat(target, &info) == 0 {
            environment.writeError(exists)
            return ExitStatus.failure
        }
        do throws(WriteError) {
            try AtomicWriter.create(text, at: target)
        } catch {
            environment.writeError(
                error.code == EEXIST ? exists : "dossierlint: error: cannot write \(path): \(error.reason)\n")
            return ExitStatus.failure
        }
        let kind = [cycle.rawValue, scheme] + (parsed.value("profile").map { [$0] } ?? [])
        environment.writeOutput(
            "wrote \(path) (\(kind.joined(separator: ", "))); check it with: dossierlint check \(path)\n")
        return ExitStatus.success
    }
}
