import DossierLintKit

/// CESI BCMS 3.4.1 e: no stage 2 unless the system has run more than 3 months
/// (超过 excludes the bound) on its first day, and the last stage 1 before it
/// found the client ready for stage 2.
struct BCMSStage2ReadinessRule: Rule {
    static let identifier = "bcms-stage2-readiness"

    func check(_ context: RuleContext) {
        let audits = context.dossier.audits
        let stage2s = audits.indices.filter { audits[$0]["type"].string == "stage2" }
        guard !stage2s.isEmpty, let months = context.wholeParameter("minimum_operating_months") else { return }
        let since = context.date(context.dossier["client"]["bcms_operating_since"])
        for index in stage2s {
            let stage2 = audits[index]
            let name = Audits.name(of: stage2)
            guard let start = context.date(stage2["dates"]["start"]) else { continue }
            if let since, start <= since.adding(months: months) {
                let earliest = since.adding(months: months).adding(days: 1)
                context.report(
                    stage2["dates"]["start"],
                    Message(
                        zh: "业务连续性管理体系自 \(since) 起运行，至第二阶段审核 \(name) 首日（\(start)）尚未超过 \(months) 个月"
                            + "（最早可于 \(earliest) 开始），不应实施第二阶段审核",
                        en:
                            "the BCMS has run since \(since): on the first day of stage 2 \(name) (\(start)) it had not "
                            + "run more than \(months) months (earliest start \(earliest))"))
            }
            guard let stage1 = audits[..<index].last(where: { $0["type"].string == "stage1" }) else {
                context.cannotVerify(
                    stage2["type"],
                    Message(
                        zh: "第二阶段审核 \(name) 之前没有第一阶段审核，无法确认受审核方具备第二阶段审核条件",
                        en: "stage 2 \(name) has no stage 1 before it, so the readiness for stage 2 cannot be confirmed"
                    ))
                continue
            }
            guard let ready = context.bool(stage1["stage1_conclusion"]["ready_for_stage2"]), !ready else { continue }
            context.report(
                stage2["dates"]["start"],
                Message(
                    zh: "第一阶段审核 \(Audits.name(of: stage1)) 的结论为不具备第二阶段审核条件，其后未重新实施第一阶段审核，"
                        + "不应实施第二阶段审核 \(name)（\(start) 开始）",
                    en: "stage 1 \(Audits.name(of: stage1)) found the client not ready for stage 2 and no stage 1 "
                        + "followed, yet stage 2 \(name) was carried out (started \(start))"))
        }
    }
}
