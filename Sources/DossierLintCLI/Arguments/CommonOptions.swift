import DossierLintKit
import DossierRules

extension OptionSpecification {
    /// `--help`, which every command takes.
    static let helpFlag = OptionSpecification("help", short: "h", help: "show this help", zh: "显示本帮助")

    /// `--disable RULE`, repeatable.
    static let disable = OptionSpecification(
        "disable", value: "RULE", repeatable: true, completes: .values(BuiltInNames.rules),
        help: "do not run RULE (id or clause); repeatable", zh: "不运行规则 RULE（规则编号或条款号）；可重复")

    /// `--calendar`: a working-day calendar file merged into the shipped one.
    static let calendar = OptionSpecification(
        "calendar", value: "FILE",
        help: "add years' holiday notices from FILE (format of Rules/calendars/cn-workdays.yaml)",
        zh: "从 FILE 加入各年的节假日安排通知（格式同 Rules/calendars/cn-workdays.yaml）")

    /// `--rules DIR`: rule packs added or overridden from a folder.
    static let rules = OptionSpecification(
        "rules", value: "DIR", help: "add or override rule packs from DIR (laid out as Rules/)",
        zh: "从 DIR 加入或替换规则包（目录结构同 Rules/）")

    /// `--lang`: a message language of `Language`.
    static func language(help: String, zh: String) -> OptionSpecification {
        OptionSpecification(
            "lang", value: "LANG", allowed: Language.allCases.map(\.rawValue), help: help, zh: zh)
    }

    /// `--fail-on`: a threshold of `FailThreshold`.
    static func failOn(help: String, zh: String) -> OptionSpecification {
        OptionSpecification(
            "fail-on", value: "LEVEL", allowed: FailThreshold.allCases.map(\.rawValue), help: help, zh: zh)
    }

    /// How the option reads in a synopsis: `[--format text|json]`, `[--config FILE]`, `[--print]`.
    var synopsis: String {
        guard takesValue else { return "[--\(name)]" }
        return "[--\(name) \(allowedValues?.joined(separator: "|") ?? valueName)]"
    }
}

/// Names the compiled-in packs define, for the values shells complete.
enum BuiltInNames {
    /// The compiled-in packs (none when they do not load: the commands say so when run).
    static let packs: [RulePack] = (try? BuiltInRules.packs.get()) ?? []

    /// Every pack's id, schemes and profiles, sorted.
    static let packIdentifiers: [String] = packs.map(\.identifier).sorted()

    /// The profiles' ids (packs layered on a scheme), sorted.
    static let profiles: [String] = packs.filter { $0.base != nil }.map(\.identifier).sorted()

    /// Every rule id of every pack, sorted.
    static let rules: [String] = Set(packs.flatMap(\.rules).map(\.identifier)).sorted()
}
