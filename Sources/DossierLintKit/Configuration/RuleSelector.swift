/// Selects rules by identifier or clause, in configuration files, suppression
/// comments and `--disable`:
///
/// - a rule identifier (`stage-gap`) selects that rule;
/// - a clause (`5.6.1`, `Annex B`) selects the rules of that clause, and a
///   shorter clause selects its sub-clauses too (`5.6` selects 5.6.1 and
///   5.6.2.1; `5` selects all of chapter 5);
/// - `*` selects every rule.
///
/// When several selectors of one configuration select a rule, the most
/// specific wins: an identifier before a clause, a longer clause before a
/// shorter one, any clause before `*`.
public enum RuleSelector {
    /// The selector that selects every rule.
    public static let all = "*"

    /// How specifically `selector` selects the rule `identifier` of `clause`, or
    /// `nil` when it does not select it. Higher is more specific.
    public static func specificity(of selector: String, rule identifier: String, clause: String) -> Int? {
        if selector == identifier { return 10_000 }
        if selector == all { return 0 }
        guard !clause.isEmpty, !selector.isEmpty else { return nil }
        if clause == selector || clause.hasPrefix(selector + ".") {
            return 2 * selector.split(separator: ".").count + (clause == selector ? 1 : 0)
        }
        return nil
    }

    /// Whether `selector` selects the rule `identifier` of `clause`.
    public static func matches(_ selector: String, rule identifier: String, clause: String) -> Bool {
        specificity(of: selector, rule: identifier, clause: clause) != nil
    }

    /// Whether `selector` selects at least one of `rules` (or is `*`, or one of
    /// `otherIdentifiers`, the engine's own checks such as `parse`).
    public static func selectsAny(
        _ selector: String, of rules: [RuleDescription], otherIdentifiers: Set<String> = engineRuleIdentifiers
    ) -> Bool {
        if selector == all || otherIdentifiers.contains(selector) { return true }
        return rules.contains { matches(selector, rule: $0.identifier, clause: $0.clause) }
    }

    /// The identifiers of findings the engine reports itself (not rules of a pack).
    public static let engineRuleIdentifiers: Set<String> = [
        "parse", "schema", "scheme", "profile", "as-of", "suppression",
    ]

    /// Up to three rule identifiers or clauses close to `selector`, for "did you mean" hints.
    static func suggestions(for selector: String, in rules: [RuleDescription]) -> [String] {
        var candidates = Set(rules.map(\.identifier))
        for rule in rules { candidates.insert(rule.clause) }
        let target = Array(selector)
        let limit = max(2, target.count / 3)
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            guard abs(candidate.count - target.count) <= limit else { return nil }  // no copy for the far ones
            let distance = editDistance(Array(candidate), target, limit: limit)
            return distance <= limit ? (candidate, distance) : nil
        }
        .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        return scored.prefix(3).map(\.0)
    }
}

/// Levenshtein distance between two strings, in characters, for "did you mean" hints.
/// With a `limit`, any distance above it is reported as `limit + 1`, and strings whose
/// lengths differ by more than the limit are not compared at all.
public func editDistance(_ a: String, _ b: String, limit: Int = .max) -> Int {
    editDistance(Array(a), Array(b), limit: limit)
}

/// `editDistance(_:_:limit:)` of two strings' characters.
func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
    let above = limit == .max ? limit : limit + 1  // what "above the limit" is reported as
    if abs(a.count - b.count) > limit { return above }
    if a.isEmpty { return min(b.count, above) }
    if b.isEmpty { return min(a.count, above) }
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        var smallest = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            smallest = min(smallest, current[j])
        }
        if smallest > limit { return above }  // every later row is at least this
        swap(&previous, &current)
    }
    return min(previous[b.count], above)
}
