import DossierLintKit

/// Annex B, notes 1 and 2: the effective headcount includes every person in
/// scope, non-fixed and part-time staff as full-time equivalents:
/// `client.personnel.effective` is the sum of its parts.
struct EffectiveHeadcountRule: Rule {
    static let identifier = "effective-headcount"

    func check(_ context: RuleContext) {
        let personnel = context.dossier["client"]["personnel"]
        guard let fullTime = context.number(personnel["full_time"]) else { return }
        var sum = fullTime
        // The terms are worded only for a finding: most headcounts add up.
        var terms: [(zh: String, en: String, value: Double)] = [("全职", "full-time", fullTime)]
        let parts: [(key: String, zh: String, en: String)] = [
            ("part_time_fte", "兼职折算", "part-time FTE"),
            ("temporary_fte", "临时人员折算", "temporary FTE"),
            ("subcontractor_fte", "分包商人员折算", "subcontractor FTE"),
        ]
        for part in parts {
            guard let value = context.optional(personnel[part.key], { $0.number }) else { continue }
            sum += value
            terms.append((part.zh, part.en, value))
        }
        guard let effective = context.number(personnel["effective"]) else { return }
        // A fraction of a person may be rounded to the nearest whole person or up.
        let lowest = sum.rounded(.toNearestOrAwayFromZero)
        let highest = (sum - dayCountTolerance).rounded(.up)
        guard effective < min(lowest, sum) - dayCountTolerance || effective > max(highest, sum) + dayCountTolerance
        else { return }
        let termsZh = terms.map { "\($0.zh) \(formatDays($0.value))" }
        let termsEn = terms.map { "\($0.en) \(formatDays($0.value))" }
        context.report(
            personnel["effective"],
            Message(
                zh: "有效人数记为 \(formatDays(effective))，但 \(termsZh.joined(separator: " + ")) = \(formatDays(sum))",
                en:
                    "the effective headcount is recorded as \(formatDays(effective)), but \(termsEn.joined(separator: " + ")) = \(formatDays(sum))"
            ))
    }
}
