import DossierLintKit

/// Annex B (with 5.4.2.2): every determination's `annex_b_days` is the Annex B
/// audit time for its `effective_personnel`.
struct AnnexBDaysRule: Rule {
    static let identifier = "annex-b-days"

    func check(_ context: RuleContext) {
        let judged = context.dossier.judgedAudits
        guard !judged.isEmpty, let table = AnnexBTable.of(context) else { return }
        for audit in judged {
            let time = audit.time
            guard let personnel = context.number(time["effective_personnel"]),
                let recorded = context.number(time["annex_b_days"])
            else { continue }
            guard let expected = table.days(forEffectivePersonnel: personnel) else {
                context.cannotVerify(
                    time["effective_personnel"],
                    Message(
                        zh: "有效人数 \(formatDays(personnel)) 不是正数，附录 B 无对应审核时间",
                        en:
                            "the effective headcount \(formatDays(personnel)) is not positive; Annex B has no time for it"
                    ))
                continue
            }
            guard abs(recorded - expected) > dayCountTolerance else { continue }
            context.report(
                time["annex_b_days"],
                Message(
                    zh:
                        "附录 B 对有效人数 \(formatDays(personnel)) 规定的审核时间为 \(formatDays(expected)) 人日，记录为 \(formatDays(recorded)) 人日",
                    en:
                        "Annex B gives \(formatDays(expected)) person-days for an effective headcount of \(formatDays(personnel)); \(formatDays(recorded)) are recorded"
                ))
        }
    }
}
