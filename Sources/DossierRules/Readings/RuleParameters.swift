import DossierLintKit

/// Parameters the rule cannot work without, and parameters of other types than numbers and lists.
extension RuleContext {
    /// A list parameter that the rule cannot work without: when the pack lacks
    /// it, a "cannot verify" finding and `nil`.
    func requiredListParameter(_ name: String) -> [String]? {
        guard description.parameter(name).exists else {
            cannotVerify(
                dossier.root,
                Message(zh: "规则包缺少参数“\(name)”", en: "the rule pack lacks the parameter \(name)"))
            return nil
        }
        return listParameter(name)
    }

    /// A whole-number parameter (months, days), or `nil` after a "cannot verify" finding.
    func wholeParameter(_ name: String) -> Int? {
        parameter(name).map { Int($0) }
    }

    /// A date parameter of the rule (`in_force_from: 2026-03-01`); a missing or
    /// malformed one is reported as "cannot verify" and gives `nil`.
    func dateParameter(_ name: String) -> Day? {
        if let day = description.parameter(name).date.value { return day }
        cannotVerify(
            dossier.root,
            Message(zh: "规则包缺少日期参数“\(name)”", en: "the rule pack lacks the date parameter \(name)"))
        return nil
    }
}
