import DossierLintKit

/// ICASP25C 6.7.1.5: a re-certification audit without a stage 1 takes at
/// least 70 % of the person-days calculated for the initial audit.
struct ICASRecertificationTimeRule: Rule {
    static let identifier = "icas-recertification-time"

    func check(_ context: RuleContext) {
        guard let percent = context.parameter("minimum_percent"), let rounding = floorRounding(context) else { return }
        let audits = context.dossier.audits
        for (index, audit) in audits.enumerated() where audit["type"].string == "recertification" {
            guard !hasStage1(before: index, in: audits) else { continue }
            let time = audit["time"]
            guard let initial = context.number(time["annex_b_days"]) else { continue }
            let literal = initial * percent / 100
            let minimum = rounding == "half_day" ? roundedToHalfDay(literal) : literal
            let how = rounding == "half_day" ? (zh: "，按半人日取整", en: ", rounded to the half day") : (zh: "", en: "")
            let name = Audits.name(of: audit)
            for (key, zhLabel, enLabel) in [
                ("days", "实际审核时间", "took"), ("determined_days", "确定的审核时间", "was determined at"),
            ] {
                guard let days = context.number(time[key]), days < minimum - dayCountTolerance else { continue }
                context.report(
                    time[key],
                    Message(
                        zh: "未实施第一阶段的再认证审核 \(name) 的\(zhLabel)为 \(formatDays(days)) 人日，少于下限 "
                            + "\(formatDays(minimum)) 人日（初审计算人日 \(formatDays(initial)) 的 "
                            + "\(formatDays(percent)) %\(how.zh)）",
                        en: "re-certification audit \(name) without a stage 1 \(enLabel) \(formatDays(days)) "
                            + "person-days, below the floor of \(formatDays(minimum)): \(formatDays(percent)) % of "
                            + "the initial audit's \(formatDays(initial)) person-days\(how.en)"))
            }
        }
    }

    /// How the floor is rounded (`floor_rounding`): `half_day` (to the nearest half day, as
    /// CNCA 5.4.2.3 adjusts computed person-days) or `none` (the literal figure).
    private func floorRounding(_ context: RuleContext) -> String? {
        let value = context.description.parameter("floor_rounding").string
        if let value, ["half_day", "none"].contains(value) { return value }
        context.cannotVerify(
            context.dossier.root,
            Message(
                zh: "规则包中下限的取整方式参数缺失或无效（应为按半人日取整或不取整）",
                en: "the rule pack's floor_rounding parameter is missing or not half_day or none"))
        return nil
    }

    /// Whether a stage 1 audit belongs to the re-certification at `index`: one listed after the
    /// previous stage 2, surveillance or re-certification audit.
    private func hasStage1(before index: Int, in audits: [Field]) -> Bool {
        for audit in audits[..<index].reversed() {
            switch audit["type"].string {
            case "stage1": return true
            case "stage2", "surveillance", "recertification": return false
            default: continue
            }
        }
        return false
    }
}
