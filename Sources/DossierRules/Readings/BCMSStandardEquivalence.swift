import DossierLintKit

/// Standard numbers that name the same standard: GB/T 30146-2023 is the identical
/// adoption (IDT) of ISO 22301:2019. Groups of equivalent numbers come from a rule
/// parameter (a list of lists); numbers compare without spaces, with full-width
/// colons and dash variants made ASCII, case-insensitively.
struct BCMSStandardEquivalence {
    /// Groups of equivalent numbers, normalised.
    let groups: [[String]]

    /// Reads the groups from the parameter `name`; `nil` after a "cannot verify" when the pack lacks it.
    init?(parameter name: String, context: RuleContext) {
        let field = context.description.parameter(name)
        guard field.isSequence else {
            context.cannotVerify(
                context.dossier.root,
                Message(zh: "规则包缺少参数“\(name)”", en: "the rule pack lacks the parameter \(name)"))
            return nil
        }
        groups = field.elements.map { ($0.texts.value ?? []).map(BCMSStandardEquivalence.normalised) }
    }

    /// How two standard numbers relate.
    enum Relation {
        /// The same number, or numbers of one group.
        case same
        /// Different, and at least one of them is in a group: they name different standards or editions.
        case different
        /// Different, and neither is in a group: the table cannot tell.
        case unknown
    }

    /// How `first` and `second` relate.
    func relation(_ first: String, _ second: String) -> Relation {
        let one = BCMSStandardEquivalence.normalised(first)
        let other = BCMSStandardEquivalence.normalised(second)
        if one == other { return .same }
        if groups.contains(where: { $0.contains(one) && $0.contains(other) }) { return .same }
        let known = groups.contains { $0.contains(one) || $0.contains(other) }
        return known ? .different : .unknown
    }

    /// A number without spaces, `：` as `:`, dash variants as `-`, upper-cased.
    static func normalised(_ number: String) -> String {
        AnnexCGrammar.normalised(number).map { $0 == "：" ? ":" : $0 }.map(String.init).joined().uppercased()
    }
}
