import DossierLintKit

/// ICASP25C 6.4.2.1 3): stage 1 usually takes at most one third of the total
/// person-days of the initial audit.
struct ICASStage1TimeShareRule: Rule {
    static let identifier = "icas-stage1-time-share"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        guard let stage2 = dossier.audits(ofType: "stage2").first,
            let stage1 = dossier.audits(ofType: "stage1").last
        else { return }
        guard let numerator = context.parameter("fraction_numerator"),
            let denominator = context.parameter("fraction_denominator"), denominator > 0,
            let stage1Days = context.number(stage1["time"]["days"]),
            let total = context.number(stage2["time"]["determined_days"])
        else { return }
        guard stage1Days * denominator > total * numerator + dayCountTolerance else { return }
        let fraction = "\(formatDays(numerator))/\(formatDays(denominator))"
        context.report(
            stage1["time"]["days"],
            Message(
                zh: "第一阶段审核 \(Audits.name(of: stage1)) 用时 \(formatDays(stage1Days)) 人日，超过总人日 "
                    + "\(formatDays(total))（第二阶段 \(Audits.name(of: stage2)) 确定的审核时间）的 \(fraction)",
                en: "stage 1 \(Audits.name(of: stage1)) took \(formatDays(stage1Days)) person-days, "
                    + "more than \(fraction) of the total of \(formatDays(total)) (the time determined on stage 2 "
                    + "\(Audits.name(of: stage2)))"))
    }
}
