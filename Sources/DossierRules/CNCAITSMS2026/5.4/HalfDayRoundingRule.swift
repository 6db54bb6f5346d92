import DossierLintKit

/// 5.4.2.3: person-day counts with a fraction are adjusted to the nearest half
/// person-day, so every recorded audit-time count is a multiple of 0.5.
struct HalfDayRoundingRule: Rule {
    static let identifier = "half-day-rounding"

    /// The counts checked, as paths under an audit's `time`.
    private static let paths: [[String]] = [
        ["days"], ["onsite_days"], ["annex_b_days"], ["reduction_days"], ["determined_days"],
        ["determined_onsite_days"], ["combined", "separate_total_days"], ["combined", "combined_days"],
    ]

    func check(_ context: RuleContext) {
        guard let step = context.parameter("step_days"), step > 0 else { return }
        for audit in context.dossier.audits {
            for path in Self.paths {
                let field = path.reduce(audit["time"]) { $0[$1] }
                guard let value = context.optional(field, { $0.number }), !isMultiple(value, of: step) else { continue }
                let nearest = (value / step).rounded(.toNearestOrAwayFromZero) * step
                context.report(
                    field,
                    Message(
                        zh:
                            "审核 \(Audits.name(of: audit)) 的\(path == ["days"] ? context.label("time").zh : path.map { context.label($0).zh }.joined(separator: "的"))为 "
                            + "\(formatDays(value)) 人日，应调整为最接近的半人日数 \(formatDays(nearest))",
                        en:
                            "\(field.path) is \(formatDays(value)) person-days; it should be adjusted to the nearest half day, \(formatDays(nearest))"
                    ))
            }
        }
    }
}
