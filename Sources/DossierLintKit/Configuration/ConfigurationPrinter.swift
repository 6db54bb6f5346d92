import DossierSyntax

/// Writes the effective configuration (`dossierlint config --print`): every
/// key with its value or default, and under `rules` each rule whose settings
/// differ from its pack's (the `disable`, `enable` and clause selectors
/// resolved to rule identifiers). The output is itself a valid configuration
/// that configures the same run.
public enum ConfigurationPrinter {
    /// A value to print.
    indirect enum Value {
        case null
        case text(String)
        case node(Node)
        case list([Value])
        case map([(String, Value)])
    }

    /// The effective configuration as YAML, with a comment naming its file.
    public static func yaml(_ configuration: Configuration?, settings: RuleSettings, packs: [RulePack]) -> String {
        var output =
            configuration?.path.map { "# dossierlint configuration: \($0)\n" }
            ?? "# no configuration file found: the defaults\n"
        for (key, value) in model(configuration, settings: settings, packs: packs) {
            switch value {
            case .map(let entries) where !entries.isEmpty:
                output += "\(key):\n"
                for (name, inner) in entries { output += "  \(yamlKey(name)): \(yaml(inner))\n" }
            default:
                output += "\(key): \(yaml(value))\n"
            }
        }
        return output
    }

    /// The effective configuration as JSON: one key per line, and under `rules`
    /// one rule per line.
    public static func json(_ configuration: Configuration?, settings: RuleSettings, packs: [RulePack]) -> String {
        let entries = model(configuration, settings: settings, packs: packs)
        let members = entries.map { key, value in
            switch value {
            case .map(let rules) where !rules.isEmpty:
                return JSONWriter.Member(key, .object(rules.map { JSONWriter.Member($0.0, .oneLine(json($0.1))) }))
            default:
                return JSONWriter.Member(key, .oneLine(json(value)))
            }
        }
        return JSONWriter.write(.object(members))
    }

    static func model(_ configuration: Configuration?, settings: RuleSettings, packs: [RulePack]) -> [(String, Value)] {
        let configuration = configuration ?? Configuration(directory: "")
        var rules: [(String, Value)] = []
        var seen = Set<String>()
        for description in packs.flatMap(\.rules).sorted(by: { $0.identifier < $1.identifier })
        where seen.insert(description.identifier).inserted {
            var entries: [(String, Value)] = []
            if !settings.isEnabled(description) {
                entries.append(("enabled", .node(Node(.scalar("false", .plain), at: .start))))
            }
            if let severity = settings.severity(for: description), severity != description.severity {
                entries.append(("severity", .text(severity.rawValue)))
            }
            let configured = settings.configured(description).parameters
            let changed = configured.filter { entry in
                description.parameters.first(where: { $0.key == entry.key })?.value != entry.value
            }
            if !changed.isEmpty {
                entries.append(("parameters", .map(changed.map { ($0.key, .node($0.value)) })))
            }
            if !entries.isEmpty { rules.append((description.identifier, .map(entries))) }
        }
        return [
            ("profile", configuration.profile.map { .text($0.text) } ?? .null),
            ("as_of", .text(configuration.asOf.description)),
            ("fail_on", .text((configuration.failOn ?? .error).rawValue)),
            ("cannot_verify", .text(configuration.cannotVerify?.rawValue ?? "rule")),
            ("include", .list(configuration.include.map(Value.text))),
            ("exclude", .list(configuration.exclude.map(Value.text))),
            ("baseline", configuration.baseline.map(Value.text) ?? .null),
            ("calendar", configuration.calendar.map(Value.text) ?? .null),
            (
                "limits",
                .map(
                    ConfigurationReader.limitKeys.map { limit in
                        (limit.key, .text(String(configuration.limits[keyPath: limit.path])))
                    })
            ),
            ("rules", .map(rules)),
        ]
    }

    // MARK: - YAML

    static func yaml(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .text(let text): return yamlScalar(text)
        case .node(let node): return yaml(node)
        case .list(let values): return "[" + values.map(yaml).joined(separator: ", ") + "]"
        case .map(let entries):
            return "{" + entries.map { "\(yamlKey($0.0)): \(yaml($0.1))" }.joined(separator: ", ") + "}"
        }
    }

    static func yaml(_ node: Node) -> String {
        switch node.content {
        case .scalar(let text, let style):
            if node.isNull { return "null" }
            return style.isUnquoted && isPlainSafe(text) ? text : Escaping.jsonString(text)
        case .sequence(let elements): return "[" + elements.map(yaml).joined(separator: ", ") + "]"
        case .mapping(let entries):
            return "{" + entries.map { "\(yamlKey($0.key)): \(yaml($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    static func yamlKey(_ text: String) -> String { isPlainSafe(text) ? text : Escaping.jsonString(text) }

    /// Text as a plain scalar where that reads back as the same text, else double-quoted.
    static func yamlScalar(_ text: String) -> String {
        isPlainSafe(text) && !["null", "~", "true", "false"].contains(text) ? text : Escaping.jsonString(text)
    }

    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last, last != " " else {
            return false
        }
        func allowed(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_.-/ ".unicodeScalars.contains(scalar))
        }
        guard
            first.properties.isAlphabetic || ("0"..."9").contains(first) || first == "_" || first == "." || first == "/"
        else { return false }
        return text.unicodeScalars.allSatisfy(allowed) && !text.contains(" -") && !text.contains(": ")
    }

    // MARK: - JSON

    static func json(_ value: Value) -> JSONWriter.Value {
        switch value {
        case .null: return .null
        case .text(let text): return .string(text)
        case .node(let node): return json(node)
        case .list(let values): return .array(values.map(json))
        case .map(let entries): return .object(entries.map { JSONWriter.Member($0.0, json($0.1)) })
        }
    }

    /// A node as JSON: unquoted numbers (in JSON's form) and booleans as such, other scalars as strings.
    static func json(_ node: Node) -> JSONWriter.Value {
        switch node.content {
        case .scalar(let text, let style):
            if node.isNull { return .null }
            if style.isUnquoted {
                if ParameterKind.number(node) != nil, !text.hasPrefix("."), !text.hasSuffix("."),
                    !(text.count > 1 && text.hasPrefix("0") && !text.hasPrefix("0."))
                {
                    return .number(text)
                }
                if ["true", "false"].contains(text.lowercased()) { return .bool(text.lowercased() == "true") }
            }
            return .string(text)
        case .sequence(let elements): return .array(elements.map(json))
        case .mapping(let entries): return .object(entries.map { JSONWriter.Member($0.key, json($0.value)) })
        }
    }
}
