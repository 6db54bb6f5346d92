import DossierSyntax

extension Configuration {
    /// Checks the configuration against the rule packs (rule identifiers and
    /// clauses exist, parameters exist, have the pack's type and are not looser
    /// than the regulation, the profile exists) and adds it to `base`, the
    /// command line's settings, which keep precedence.
    public func ruleSettings(packs: [RulePack], base: RuleSettings = RuleSettings()) throws(ConfigurationError)
        -> RuleSettings
    {
        let problems = self.problems(packs: packs)
        if !problems.isEmpty { throw .invalid(problems) }
        var settings = base
        settings.selections =
            disable.map { RuleConfiguration(selector: $0.text, location: $0.location, enabled: false) }
            + enable.map { RuleConfiguration(selector: $0.text, location: $0.location, enabled: true) } + rules
            + base.selections
        if settings.cannotVerifySeverity == nil { settings.cannotVerifySeverity = cannotVerify }
        if settings.defaultProfile == nil { settings.defaultProfile = profile?.text }
        if case .required = asOf { settings.requiresAsOf = true }
        return settings
    }

    /// Everything wrong with the configuration, in file order: unknown keys and
    /// wrong values, unknown rules, clauses and profiles, parameters that do not
    /// exist, have the wrong type or are looser than the regulation.
    public func problems(packs: [RulePack]) -> [ConfigurationProblem] {
        var checker = Checker(configuration: self, packs: packs)
        checker.check()
        return (readProblems + checker.problems).sorted { $0.location < $1.location }
    }

    /// Checks selectors and parameters against the packs.
    private struct Checker {
        let configuration: Configuration
        let packs: [RulePack]
        let rules: [RuleDescription]
        var problems: [ConfigurationProblem] = []

        init(configuration: Configuration, packs: [RulePack]) {
            self.configuration = configuration
            self.packs = packs
            self.rules = packs.flatMap(\.rules)
        }

        mutating func problem(_ location: SourceLocation, zh: String, en: String) {
            problems.append(
                ConfigurationProblem(
                    file: configuration.path ?? "<configuration>", location: location, message: Message(zh: zh, en: en),
                    sourceLine: configuration.source?.line(location.line)))
        }

        mutating func check() {
            if let profile = configuration.profile,
                !packs.contains(where: { $0.identifier == profile.text && $0.base != nil })
            {
                let known = packs.filter { $0.base != nil }.map(\.identifier).sorted()
                let list = known.isEmpty ? "none" : known.joined(separator: ", ")
                problem(
                    profile.location, zh: "未知的认证机构配置 '\(profile.text)'；已知：\(known.isEmpty ? "无" : list)",
                    en: "unknown profile '\(profile.text)'; known profiles: \(list)")
            }
            for selector in configuration.disable + configuration.enable {
                checkSelector(selector.text, at: selector.location)
            }
            for rule in configuration.rules {
                guard checkSelector(rule.selector, at: rule.location) else { continue }
                if !rule.parameters.isEmpty { checkParameters(of: rule) }
            }
        }

        @discardableResult
        mutating func checkSelector(_ selector: String, at location: SourceLocation) -> Bool {
            if RuleSelector.selectsAny(selector, of: rules, otherIdentifiers: []) { return true }
            let close = RuleSelector.suggestions(for: selector, in: rules)
            let hint = close.isEmpty ? "" : "; did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?"
            let zhHint = close.isEmpty ? "" : "；是否应为 " + close.map { "'\($0)'" }.joined(separator: " 或 ") + "？"
            problem(
                location, zh: "未知的规则或条款 '\(selector)'\(zhHint)（`dossierlint rules` 列出全部规则）",
                en: "unknown rule or clause '\(selector)'\(hint) (`dossierlint rules` lists every rule)")
            return false
        }

        mutating func checkParameters(of rule: RuleConfiguration) {
            let described = rules.filter { $0.identifier == rule.selector }
            guard let description = described.first else {
                problem(
                    rule.location, zh: "参数只能按规则标识设置，'\(rule.selector)' 不是规则标识",
                    en: "parameters can only be set for a rule identifier; '\(rule.selector)' is not one")
                return
            }
            for entry in rule.parameters {
                guard let original = description.parameters.first(where: { $0.key == entry.key }) else {
                    let names = description.parameters.map(\.key)
                    let list = names.isEmpty ? "none" : names.joined(separator: ", ")
                    problem(
                        entry.keyLocation,
                        zh: "规则 \(rule.selector) 没有参数 '\(entry.key)'；其参数：\(names.isEmpty ? "无" : list)",
                        en: "rule \(rule.selector) has no parameter '\(entry.key)'; its parameters: \(list)")
                    continue
                }
                let expected = ParameterKind(original.value)
                let found = ParameterKind(entry.value)
                guard expected.accepts(found) else {
                    let name = "\(rule.selector).\(entry.key)"
                    let packValue = Self.render(original.value)
                    problem(
                        entry.value.location,
                        zh: "参数 \(name) 应为\(expected.zhName)（规则包中为 \(packValue)），实际为\(found.zhName)",
                        en: "parameter \(name) should be \(expected.name) (the pack has \(packValue)), "
                            + "found \(found.name)")
                    continue
                }
                checkStricter(rule: rule.selector, name: entry.key, original: original.value, override: entry.value)
            }
        }

        /// A `minimum_*` number may only grow, a `maximum_*` number only shrink:
        /// a certification body may be stricter than the regulation, never looser.
        mutating func checkStricter(rule: String, name: String, original: Node, override: Node) {
            guard let old = ParameterKind.number(original), let new = ParameterKind.number(override) else { return }
            let text = Self.render(original)
            let found = Self.render(override)
            let parameter = "\(rule).\(name)"
            if name.hasPrefix("minimum_") && new < old {
                problem(
                    override.location, zh: "参数 \(parameter) 只能比规则更严格（不小于 \(text)），实际为 \(found)",
                    en: "parameter \(parameter) may only be stricter than the rules (at least \(text)), found \(found)")
            } else if name.hasPrefix("maximum_") && new > old {
                problem(
                    override.location, zh: "参数 \(parameter) 只能比规则更严格（不大于 \(text)），实际为 \(found)",
                    en: "parameter \(parameter) may only be stricter than the rules (at most \(text)), found \(found)")
            }
        }

        static func render(_ node: Node) -> String {
            switch node.content {
            case .scalar(let text, _): return text
            case .sequence(let elements): return "[" + elements.map(render).joined(separator: ", ") + "]"
            case .mapping(let entries):
                return "{" + entries.map { "\($0.key): \(render($0.value))" }.joined(separator: ", ") + "}"
            }
        }
    }
}

/// The type of a rule parameter's value, for checking configured values.
indirect enum ParameterKind: Equatable {
    case number, date, boolean, text, null, mapping
    case list(ParameterKind?)

    init(_ node: Node) {
        switch node.content {
        case .scalar(let text, let style):
            if node.isNull {
                self = .null
            } else if style.isUnquoted, ParameterKind.number(node) != nil {
                self = .number
            } else if style.isUnquoted, Node.boolean(text) != nil {
                self = .boolean
            } else if Day(text) != nil {
                self = .date
            } else {
                self = .text
            }
        case .sequence(let elements):
            let kinds = elements.map(ParameterKind.init)
            if kinds.isEmpty {
                self = .list(nil)
            } else if let first = kinds.first, kinds.allSatisfy({ $0 == first }) {
                self = .list(first)
            } else {
                self = .list(
                    kinds.contains(where: { if case .list = $0 { return true } else { return $0 == .mapping } })
                        ? nil : .text)
            }
        case .mapping:
            self = .mapping
        }
    }

    /// The number an unquoted scalar holds, if any.
    static func number(_ node: Node) -> Double? {
        guard let text = node.scalarText, node.scalarStyle?.isUnquoted == true, !text.hasPrefix("0x"),
            !text.hasPrefix("+"), let value = Double(text), value.isFinite
        else { return nil }
        return value
    }

    /// Whether a configured value of kind `found` may replace a pack value of this kind.
    func accepts(_ found: ParameterKind) -> Bool {
        switch (self, found) {
        case (.null, _): return true
        case (.text, .number), (.text, .date), (.text, .boolean), (.text, .text): return true
        case (.list(let expected), .list(let actual)):
            guard let expected, let actual else { return true }
            return expected.accepts(actual)
        default: return self == found
        }
    }

    var name: String {
        switch self {
        case .number: return "a number"
        case .date: return "a date YYYY-MM-DD"
        case .boolean: return "a boolean true/false"
        case .text: return "text"
        case .null: return "nothing"
        case .mapping: return "a mapping"
        case .list(let element): return element.map { "a list of \($0.pluralName)" } ?? "a list"
        }
    }

    var pluralName: String {
        switch self {
        case .number: return "numbers"
        case .date: return "dates"
        case .boolean: return "booleans"
        case .text: return "texts"
        default: return "values"
        }
    }

    var zhName: String {
        switch self {
        case .number: return "数字"
        case .date: return "日期（YYYY-MM-DD）"
        case .boolean: return "布尔值（true/false）"
        case .text: return "文本"
        case .null: return "空值"
        case .mapping: return "映射"
        case .list: return "列表"
        }
    }
}
