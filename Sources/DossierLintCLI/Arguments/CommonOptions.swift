import DossierLintKit

extension OptionSpecification {
    /// `--help`, which every command takes.
    static let helpFlag = OptionSpecification("help", short: "h", help: "show this help")

    /// `--disable RULE`, repeatable.
    static let disable = OptionSpecification(
        "disable", value: "RULE", repeatable: true, help: "do not run RULE (id or clause); repeatable")

    /// `--calendar`: a working-day calendar file merged into the shipped one.
    static let calendar = OptionSpecification(
        "calendar", value: "FILE",
        help: "add years' holiday notices from FILE (format of Rules/calendars/cn-workdays.yaml)")

    /// `--lang`: a message language of `Language`.
    static func language(help: String) -> OptionSpecification {
        OptionSpecification("lang", value: "LANG", allowed: Language.allCases.map(\.rawValue), help: help)
    }

    /// `--fail-on`: a threshold of `FailThreshold`.
    static func failOn(help: String) -> OptionSpecification {
        OptionSpecification("fail-on", value: "LEVEL", allowed: FailThreshold.allCases.map(\.rawValue), help: help)
    }

    /// How the option reads in a synopsis: `[--format text|json]`, `[--config FILE]`, `[--print]`.
    var synopsis: String {
        guard takesValue else { return "[--\(name)]" }
        return "[--\(name) \(allowedValues?.joined(separator: "|") ?? valueName)]"
    }
}
