import DossierSyntax

/// Reads a configuration file into a `Configuration`, checking its keys and
/// the types of its values. The problems found are kept in the configuration
/// and reported, together with those of its rule identifiers and parameters
/// (checked against the rule packs), by `Configuration.ruleSettings`.
public enum ConfigurationReader {
    /// The top-level keys, in the order they are documented and printed.
    public static let keys = [
        "profile", "as_of", "fail_on", "cannot_verify", "include", "exclude", "baseline", "calendar", "limits",
        "disable", "enable", "rules",
    ]
    /// The keys of the `limits` mapping, with what each sets.
    public static let limitKeys: [(key: String, path: WritableKeyPath<SourceText.Limits, Int> & Sendable)] = [
        ("file_bytes", \.maximumBytes), ("nesting", \.maximumDepth), ("keys_per_mapping", \.maximumKeysPerMapping),
        ("scalar_bytes", \.maximumScalarBytes),
    ]
    /// The keys of a mapping under `rules`.
    public static let ruleKeys = ["enabled", "severity", "parameters"]

    /// Reads the file at display path `path` whose bytes are `data`; `directory`
    /// is the absolute folder it lies in. Throws only when the file is not
    /// valid YAML or JSON.
    public static func read(path: String, data: [UInt8], directory: String) throws(ConfigurationError) -> Configuration
    {
        let document: Document
        do {
            document = try Document(path: path, data: data)
        } catch {
            throw .malformed(error)
        }
        var reader = Reader(path: path, source: document.source)
        var configuration = Configuration(directory: directory)
        configuration.path = path
        configuration.source = document.source
        reader.read(document.root, into: &configuration)
        configuration.readProblems = reader.problems
        return configuration
    }

    /// Collects the problems of one file.
    struct Reader {
        let path: String
        let source: SourceText
        var problems: [ConfigurationProblem] = []

        mutating func problem(_ location: SourceLocation, zh: String, en: String) {
            problems.append(
                ConfigurationProblem(
                    file: path, location: location, message: Message(zh: zh, en: en),
                    sourceLine: source.line(location.line)
                ))
        }

        mutating func read(_ root: Node, into configuration: inout Configuration) {
            if root.isNull { return }  // an empty file: the defaults
            guard let entries = root.mapping else {
                problem(
                    root.location, zh: "配置文件的顶层应为映射（键: 值）",
                    en: "the configuration's top level should be a mapping (key: value)")
                return
            }
            for entry in entries {
                let value = entry.value
                switch entry.key {
                case "profile":
                    if value.isNull { continue }
                    if let text = scalar(value, key: "profile") {
                        configuration.profile = LocatedText(text, at: value.location)
                    }
                case "as_of":
                    guard let text = scalar(value, key: "as_of") else { continue }
                    if let policy = AsOfPolicy(text) {
                        configuration.asOf = policy
                    } else {
                        problem(
                            value.location, zh: "as_of 应为 dossier、today、required 或日期 YYYY-MM-DD，实际为 '\(text)'",
                            en: "as_of should be dossier, today, required or a date YYYY-MM-DD, found '\(text)'")
                    }
                case "fail_on":
                    guard let text = scalar(value, key: "fail_on") else { continue }
                    if let threshold = FailThreshold(rawValue: text) {
                        configuration.failOn = threshold
                    } else {
                        problem(
                            value.location, zh: "fail_on 应为 error、warning、info 或 never，实际为 '\(text)'",
                            en: "fail_on should be error, warning, info or never, found '\(text)'")
                    }
                case "cannot_verify":
                    guard let text = scalar(value, key: "cannot_verify") else { continue }
                    if text == "rule" {
                        configuration.cannotVerify = nil
                    } else if let severity = Severity(rawValue: text) {
                        configuration.cannotVerify = severity
                    } else {
                        problem(
                            value.location, zh: "cannot_verify 应为 rule、error、warning 或 info，实际为 '\(text)'",
                            en: "cannot_verify should be rule, error, warning or info, found '\(text)'")
                    }
                case "include":
                    configuration.include = texts(value, key: "include").map(\.text)
                case "exclude":
                    configuration.exclude = texts(value, key: "exclude").map(\.text)
                case "baseline":
                    if value.isNull { continue }
                    configuration.baseline = scalar(value, key: "baseline")
                case "calendar":
                    if value.isNull { continue }
                    configuration.calendar = scalar(value, key: "calendar")
                case "limits":
                    configuration.limits = limits(value)
                case "disable":
                    configuration.disable = texts(value, key: "disable")
                case "enable":
                    configuration.enable = texts(value, key: "enable")
                case "rules":
                    configuration.rules = rules(value)
                default:
                    unknownKey(entry, known: ConfigurationReader.keys, in: nil)
                }
            }
            for enabled in configuration.enable where configuration.disable.contains(where: { $0.text == enabled.text })
            {
                problem(
                    enabled.location, zh: "'\(enabled.text)' 同时出现在 disable 和 enable 中",
                    en: "'\(enabled.text)' is both in disable and in enable")
            }
            for rule in configuration.rules {
                guard let enabled = rule.enabled else { continue }
                let contradicting = enabled ? configuration.disable : configuration.enable
                if contradicting.contains(where: { $0.text == rule.selector }) {
                    let list = enabled ? "disable" : "enable"
                    problem(
                        rule.location, zh: "'\(rule.selector)' 在 rules 中的启用状态与 \(list) 矛盾",
                        en: "'\(rule.selector)' is \(enabled ? "enabled" : "disabled") in rules but listed in \(list)")
                }
            }
        }

        mutating func unknownKey(_ entry: MappingEntry, known: [String], in parent: String?) {
            let close = known.filter { editDistance($0, entry.key, limit: 2) <= 2 }
            let hint = close.first.map { " (did you mean '\($0)'?)" } ?? ""
            let zhHint = close.first.map { "（是否应为 '\($0)'？）" } ?? ""
            let place = parent.map { " under \($0)" } ?? ""
            let zhPlace = parent.map { "\($0) 下" } ?? ""
            problem(
                entry.keyLocation,
                zh: "\(zhPlace)未知的配置键 '\(entry.key)'\(zhHint)；可用的键：\(known.joined(separator: "、"))",
                en: "unknown key '\(entry.key)'\(place)\(hint); known keys: \(known.joined(separator: ", "))")
        }

        /// A non-null scalar's text, else a problem.
        mutating func scalar(_ node: Node, key: String) -> String? {
            if let text = node.scalarText, !node.isNull { return text }
            problem(
                node.location, zh: "\(key) 应为文本，实际为 \(zhKind(node))",
                en: "\(key) should be text, found a \(node.kindName)")
            return nil
        }

        /// The `limits` mapping: each key a whole number of at least 1.
        mutating func limits(_ node: Node) -> SourceText.Limits {
            var limits = SourceText.Limits.standard
            if node.isNull { return limits }
            guard let entries = node.mapping else {
                problem(
                    node.location, zh: "limits 应为映射，实际为 \(zhKind(node))",
                    en: "limits should be a mapping, found a \(node.kindName)")
                return limits
            }
            for entry in entries {
                guard let path = ConfigurationReader.limitKeys.first(where: { $0.key == entry.key })?.path else {
                    unknownKey(entry, known: ConfigurationReader.limitKeys.map(\.key), in: "limits")
                    continue
                }
                guard let text = entry.value.scalarText, let number = Int(text), number >= 1 else {
                    problem(
                        entry.value.location, zh: "limits.\(entry.key) 应为正整数",
                        en: "limits.\(entry.key) should be a whole number of at least 1")
                    continue
                }
                limits[keyPath: path] = number
            }
            return limits
        }

        /// A list of texts (a single text counts as a list of one).
        mutating func texts(_ node: Node, key: String) -> [LocatedText] {
            if node.isNull { return [] }
            if let text = node.scalarText { return [LocatedText(text, at: node.location)] }
            guard let elements = node.sequence else {
                problem(
                    node.location, zh: "\(key) 应为文本列表，实际为 \(zhKind(node))",
                    en: "\(key) should be a list of texts, found a \(node.kindName)")
                return []
            }
            var result: [LocatedText] = []
            for element in elements {
                if let text = element.scalarText, !element.isNull {
                    result.append(LocatedText(text, at: element.location))
                } else {
                    problem(
                        element.location, zh: "\(key) 的元素应为文本，实际为 \(zhKind(element))",
                        en: "the elements of \(key) should be texts, found a \(element.kindName)")
                }
            }
            return result
        }

        mutating func rules(_ node: Node) -> [RuleConfiguration] {
            if node.isNull { return [] }
            guard let entries = node.mapping else {
                problem(
                    node.location, zh: "rules 应为映射（规则或条款: 设置），实际为 \(zhKind(node))",
                    en: "rules should be a mapping (rule or clause: settings), found a \(node.kindName)")
                return []
            }
            var result: [RuleConfiguration] = []
            for entry in entries {
                var rule = RuleConfiguration(selector: entry.key, location: entry.keyLocation)
                let value = entry.value
                if let text = value.scalarText, !value.isNull {
                    if !setLevel(text, of: &rule, at: value.location, key: "rules.\(entry.key)") { continue }
                } else if let settings = value.mapping {
                    for setting in settings {
                        switch setting.key {
                        case "enabled":
                            let text = setting.value.scalarText ?? ""
                            if let enabled = Node.boolean(text) {
                                rule.enabled = enabled
                            } else {
                                problem(
                                    setting.value.location, zh: "enabled 应为 true 或 false，实际为 '\(text)'",
                                    en: "enabled should be true or false, found '\(text)'")
                            }
                        case "severity":
                            guard let text = scalar(setting.value, key: "severity") else { continue }
                            if text == "on" || text == "true" {
                                problem(
                                    setting.value.location, zh: "severity 应为 error、warning、info 或 off，实际为 '\(text)'",
                                    en: "severity should be error, warning, info or off, found '\(text)'")
                            } else {
                                _ = setLevel(text, of: &rule, at: setting.value.location, key: "severity")
                            }
                        case "parameters":
                            if let parameters = setting.value.mapping {
                                rule.parameters = parameters
                            } else if !setting.value.isNull {
                                let kind = setting.value.kindName
                                problem(
                                    setting.value.location, zh: "parameters 应为映射（参数名: 值）",
                                    en: "parameters should be a mapping (name: value), found a \(kind)")
                            }
                        default:
                            unknownKey(setting, known: ConfigurationReader.ruleKeys, in: "rules.\(entry.key)")
                        }
                    }
                } else {
                    let key = "rules.\(entry.key)"
                    problem(
                        value.location, zh: "\(key) 应为 off、error、warning、info 或映射",
                        en: "\(key) should be off, error, warning, info or a mapping, found a \(value.kindName)")
                    continue
                }
                result.append(rule)
            }
            return result
        }

        /// Applies `off`, `on`, `error`, `warning` or `info`; false (with a problem) for anything else.
        mutating func setLevel(
            _ text: String, of rule: inout RuleConfiguration, at location: SourceLocation, key: String
        ) -> Bool {
            switch text {
            case "off", "false": rule.enabled = false
            case "on", "true": rule.enabled = true
            default:
                guard let severity = Severity(rawValue: text) else {
                    problem(
                        location, zh: "\(key) 应为 off、on、error、warning 或 info，实际为 '\(text)'",
                        en: "\(key) should be off, on, error, warning or info, found '\(text)'")
                    return false
                }
                rule.severity = severity
            }
            return true
        }

        func zhKind(_ node: Node) -> String {
            switch node.content {
            case .scalar: return node.isNull ? "空值" : "文本"
            case .sequence: return "列表"
            case .mapping: return "映射"
            }
        }
    }
}
