import DossierSyntax

/// The example dossier `dossierlint init` writes: a pack's clean example
/// dossier of the kind asked for, as YAML with a comment on every field (its
/// label, its value's label, its clause, from the glossary and the tree of
/// `Rules/schema/itsms-dossier.yaml`) and the editor's schema line on top.
///
/// The tree written is the example's, unchanged (a test reads it back), so
/// `check` on it gives what the pack's tests give the example: nothing, as of
/// the day its `as_of` records.
public enum DossierTemplate {
    /// The kinds of dossier `init` writes.
    public enum Cycle: String, Sendable, CaseIterable {
        /// An initial certification: application, two-stage audit, decision, certificate.
        case initial
        /// An initial certification with its surveillance audits.
        case surveillance
        /// A re-certification cycle.
        case recertification
        /// A transfer from another body.
        case transfer

        /// The kind's name in `language`.
        func name(in language: Language) -> String {
            switch (self, language) {
            case (.initial, .zh): return "初次认证"
            case (.surveillance, .zh): return "初次认证及监督审核"
            case (.recertification, .zh): return "再认证"
            case (.transfer, .zh): return "认证转换"
            case (.initial, .en): return "an initial certification"
            case (.surveillance, .en): return "an initial certification with its surveillance"
            case (.recertification, .en): return "a re-certification"
            case (.transfer, .en): return "a transfer"
            }
        }
    }

    /// Why no dossier can be written for a choice.
    public struct Unavailable: Error, Sendable {
        /// What to tell the user.
        public var message: Message
    }

    /// The file name `init` names in the schema line, as `schema --scheme` would be saved beside the dossier.
    public static func schemaFileName(scheme: String) -> String {
        scheme == DossierSchema.defaultScheme ? "dossier.schema.json" : "dossier.\(scheme).schema.json"
    }

    /// The dossier's text: the example for `cycle` of `profile` (if any), else of `scheme`.
    public static func text(
        cycle: Cycle, scheme: String, profile: String?, language: Language, packs: [RulePack], data: DossierSchemaData
    ) throws(Unavailable) -> String {
        guard let schemePack = packs.first(where: { $0.identifier == scheme && $0.base == nil }) else {
            throw Unavailable(message: Message(zh: "没有认证方案 \(scheme)", en: "no scheme \(scheme)"))
        }
        var source = schemePack
        if let profile {
            guard let profilePack = packs.first(where: { $0.identifier == profile && $0.base == scheme }) else {
                throw Unavailable(
                    message: Message(
                        zh: "机构程序 \(profile) 不是叠加在 \(scheme) 上的机构程序",
                        en: "\(profile) is no profile of the scheme \(scheme)"))
            }
            source = profilePack
        }
        guard let name = source.initExamples[cycle.rawValue], var root = source.exampleDossiers[name] else {
            let available = Cycle.allCases.filter { source.initExamples[$0.rawValue] != nil }.map(\.rawValue)
                .joined(separator: ", ")
            throw Unavailable(
                message: Message(
                    zh: "\(source.identifier) 没有 --cycle \(cycle.rawValue) 的示例档案；可用：\(available)",
                    en:
                        "\(source.identifier) has no example dossier for --cycle \(cycle.rawValue); available: \(available)"
                ))
        }
        if let profile, root["profile"] == nil, case .mapping(var entries) = root.content {
            let index = (entries.firstIndex { $0.key == "scheme" } ?? 0) + 1
            entries.insert(
                MappingEntry(
                    key: "profile", keyLocation: root.location,
                    value: Node(.scalar(profile, .plain), at: root.location)), at: min(index, entries.count))
            root.content = .mapping(entries)
        }
        let profiles = packs.filter { $0.base == scheme }.map(\.identifier)
        let tree: DossierField
        do {
            tree = try data.tree(scheme: scheme, profiles: profiles)
        } catch {
            throw Unavailable(message: Message(zh: error.description, en: error.description))
        }
        let title = schemePack.title.text(in: language)
        let file = schemaFileName(scheme: scheme)
        let command =
            "dossierlint schema"
            + (scheme == DossierSchema.defaultScheme ? "" : " --scheme \(scheme)") + " --lang \(language.rawValue)"
        let asOf = root["as_of"]?.scalarText ?? "—"
        let header: [String]
        switch language {
        case .zh:
            header = [
                "# yaml-language-server: $schema=\(file)",
                "# 示例档案（\(cycle.name(in: language))，\(title)\(profile.map { "，机构程序 \($0)" } ?? "")），由 dossierlint init 生成。",
                "# 上一行让 VS Code（Red Hat YAML 扩展）等使用 YAML language server 的编辑器补全字段、悬停显示说明并标出错误；",
                "# 模式文件 \(file) 与本文件放在同一文件夹，用以下命令生成：\(command) > \(file)",
                "# 档案按 as_of（\(asOf)）判定：dossierlint check 本文件应没有问题。每个字段后的注释是它的含义和条款。",
            ]
        case .en:
            header = [
                "# yaml-language-server: $schema=\(file)",
                "# An example dossier (\(cycle.name(in: language)), \(title)\(profile.map { ", profile \($0)" } ?? "")), written by dossierlint init.",
                "# The line above gives completion, hover help and inline errors in VS Code (Red Hat YAML extension)",
                "# and other editors using the YAML language server; make the schema file, in this file's folder, with",
                "#   \(command) > \(file)",
                "# Judged as of as_of (\(asOf)): dossierlint check on this file reports nothing. The comment after each",
                "# field gives its meaning and clause.",
            ]
        }
        let glossary = schemePack.glossary
        let titles = Dictionary(packs.map { ($0.identifier, $0.title) }, uniquingKeysWith: { first, _ in first })
        var writer = Writer(glossary: glossary, packTitles: titles, language: language)
        writer.mapping(root, field: tree, indent: 0, firstPrefix: nil, topLevel: true)
        return header.joined(separator: "\n") + "\n" + writer.lines.joined(separator: "\n") + "\n"
    }

    /// Writes a tree as block YAML with comments.
    private struct Writer {
        let glossary: Glossary
        /// The packs' titles, by identifier: the labels of `scheme` and `profile`.
        let packTitles: [String: Message]
        let language: Language
        var lines: [String] = []

        /// The field a mapping's `key` is, with its label.
        func child(_ key: String, of field: DossierField?) -> (DossierField?, Message?) {
            guard let field else { return (nil, nil) }
            if case .either(let alternatives) = field.kind {
                for alternative in alternatives {
                    if case .mapping = alternative.kind { return child(key, of: alternative) }
                }
                return (nil, nil)
            }
            guard case .mapping(let fields, let keys, let each, let open) = field.kind else { return (nil, nil) }
            if let named = fields.first(where: { $0.key == key }) {
                return (named, glossary.fields[named.label])
            }
            if let keys, let label = glossary.vocabularies[keys]?[key] { return (each, label) }
            return (open ? each : nil, nil)
        }

        /// The element field of a list field.
        func element(of field: DossierField?) -> DossierField? {
            guard let field else { return nil }
            switch field.kind {
            case .list(let element): return element
            case .either(let alternatives):
                for alternative in alternatives {
                    if case .list(let element) = alternative.kind { return element }
                }
                return nil
            default: return nil
            }
        }

        /// The label of an enumerated value of `field`, if it is one.
        func valueLabel(_ value: Node, of field: DossierField?) -> Message? {
            guard let field, let text = value.scalarText else { return nil }
            switch field.kind {
            case .scheme, .profile: return packTitles[text]
            default: break
            }
            guard case .values(let vocabularies, _) = field.kind else { return nil }
            for vocabulary in vocabularies {
                if let label = glossary.value(text, of: vocabulary) { return label }
            }
            return nil
        }

        /// The comment after a field: `# label：value label（clause）`.
        func comment(label: Message?, field: DossierField?, value: Node?) -> String {
            var parts = label?.text(in: language) ?? ""
            if let value, let valueLabel = valueLabel(value, of: field) {
                parts += (parts.isEmpty ? "" : (language == .zh ? "：" : ": ")) + valueLabel.text(in: language)
            } else if let note = field?.note, label != nil {
                parts += (language == .zh ? "：" : ": ") + note.text(in: language)
            }
            if let clause = field?.clause {
                let text = JSONSchemaText.clause(clause, in: language)
                parts += language == .zh ? "（\(text)）" : " (\(text))"
            }
            return parts.isEmpty ? "" : "  # " + parts
        }

        static func indentation(_ level: Int) -> String { String(repeating: "  ", count: level) }

        /// A scalar as written in the example: plain stays plain, anything else double-quoted.
        static func scalar(_ node: Node) -> String {
            guard case .scalar(let text, let style) = node.content else { return "" }
            switch style {
            case .plain, .jsonNumber, .jsonBoolean, .jsonNull: return text
            case .singleQuoted, .doubleQuoted, .literal, .folded: return Escaping.jsonString(text)
            }
        }

        /// A collection of scalars (or empty collection) on one line: `[a, b]`, `{}`.
        static func flow(_ node: Node) -> String? {
            switch node.content {
            case .scalar: return scalar(node)
            case .sequence(let elements):
                var items: [String] = []
                for element in elements {
                    guard element.scalarText != nil else { return nil }
                    items.append(scalar(element))
                }
                return "[" + items.joined(separator: ", ") + "]"
            case .mapping(let entries): return entries.isEmpty ? "{}" : nil
            }
        }

        /// The entries of a mapping at `indent`; the first line starts with `firstPrefix` (`- `) when given.
        mutating func mapping(_ node: Node, field: DossierField?, indent: Int, firstPrefix: String?, topLevel: Bool) {
            guard let entries = node.mapping else { return }
            var previousWasCollection = false
            for (index, entry) in entries.enumerated() {
                let prefix = index == 0 ? firstPrefix ?? Self.indentation(indent) : Self.indentation(indent)
                let key = ConfigurationPrinter.yamlKey(entry.key)
                let (childField, label) = child(entry.key, of: field)
                let isCollection = entry.value.scalarText == nil && Self.flow(entry.value) == nil
                if topLevel && index > 0 && (isCollection || previousWasCollection) { lines.append("") }
                previousWasCollection = isCollection
                value(entry.value, line: prefix + key + ":", field: childField, label: label, indent: indent)
            }
        }

        /// `value` after `line` (`key:` or `-`), its nested lines at `indent + 1`.
        mutating func value(_ node: Node, line: String, field: DossierField?, label: Message?, indent: Int) {
            let note = comment(label: label, field: field, value: node)
            if let elements = node.sequence, !elements.isEmpty, let element = element(of: field),
                case .values = element.kind, elements.allSatisfy({ $0.scalarText != nil })
            {
                // Enumerated values one a line, each with its label.
                lines.append(line + note)
                for item in elements {
                    lines.append(
                        Self.indentation(indent + 1) + "- " + Self.scalar(item)
                            + comment(label: nil, field: element, value: item))
                }
                return
            }
            if let flow = Self.flow(node) {
                lines.append(line + (flow.isEmpty ? "" : " " + flow) + note)
                return
            }
            lines.append(line + note)
            switch node.content {
            case .mapping:
                mapping(node, field: field, indent: indent + 1, firstPrefix: nil, topLevel: false)
            case .sequence(let elements):
                let elementField = element(of: field)
                for item in elements {
                    if item.mapping?.isEmpty == false {
                        mapping(
                            item, field: elementField, indent: indent + 2,
                            firstPrefix: Self.indentation(indent + 1) + "- ", topLevel: false)
                    } else {
                        value(
                            item, line: Self.indentation(indent + 1) + "-", field: elementField, label: nil,
                            indent: indent + 1)
                    }
                }
            case .scalar: break
            }
        }
    }
}
