import DossierLintKit

/// The least time of a surveillance (5.7.4) or re-certification (5.8.4) audit:
/// a fraction of the Annex B initial time, rounded to the half day (5.4.2.3).
enum MinimumAuditTime {
    /// Reports when an audit's time, or its determined time, is below a
    /// fraction of the Annex B initial time for its effective headcount
    /// (5.7.4, 5.8.4), rounded to the nearest half day (5.4.2.3).
    static func check(_ context: RuleContext, ofType type: String, kind: Message) {
        guard let numerator = context.parameter("fraction_numerator"),
            let denominator = context.parameter("fraction_denominator"), denominator > 0
        else { return }
        let audits = context.dossier.audits(ofType: type)
        guard !audits.isEmpty else { return }
        guard let table = context.pack.reading(AnnexBTable.OfPack.self) else {
            context.cannotVerify(
                context.dossier.root,
                Message(zh: "规则包没有可用的附录 B 审核时间表", en: "the rule pack has no usable Annex B table"))
            return
        }
        let fraction = "\(formatDays(numerator))/\(formatDays(denominator))"
        for audit in audits {
            let time = audit["time"]
            guard let headcountValue = context.number(time["effective_personnel"]) else { continue }
            // A fraction of a person counts as one more person (150.2 → the band of 151).
            guard headcountValue > 0, headcountValue < 1e9,
                let annexB = table.days(forEffectiveHeadcount: Int((headcountValue - 1e-9).rounded(.up)))
            else {
                context.cannotVerify(
                    time["effective_personnel"],
                    Message(
                        zh: "有效人数 \(formatDays(headcountValue)) 不是正数，附录 B 无对应审核时间",
                        en: "the effective headcount \(formatDays(headcountValue)) is not positive; Annex B has no "
                            + "time for it"))
                continue
            }
            let headcount = Int((headcountValue - 1e-9).rounded(.up))
            let minimum = roundedToHalfDay(annexB * numerator / denominator)
            let basisZh =
                "下限 \(formatDays(minimum)) 人日（有效人数 \(headcount) 人对应附录 B 初次认证审核时间 "
                + "\(formatDays(annexB)) 人日的 \(fraction)，按半人日取整）"
            let basisEn =
                "the floor of \(formatDays(minimum)): \(fraction) of the Annex B initial time for "
                + "\(headcount) people (\(formatDays(annexB)) person-days), rounded to the half day"
            for (key, zhLabel, enLabel) in [
                ("days", "实际审核时间", "took"), ("determined_days", "确定的审核时间", "was determined at"),
            ] {
                guard let days = context.number(time[key]), days < minimum else { continue }
                context.report(
                    time[key],
                    Message(
                        zh: "\(kind.zh) \(Audits.name(of: audit)) 的\(zhLabel)为 \(formatDays(days)) 人日，少于\(basisZh)",
                        en: "\(kind.en) \(Audits.name(of: audit)) \(enLabel) \(formatDays(days)) person-days, "
                            + "below \(basisEn)"))
            }
        }
    }
}
