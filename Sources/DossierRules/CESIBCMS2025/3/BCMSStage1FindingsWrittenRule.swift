import DossierLintKit

/// CESI BCMS 3.4.1, last paragraph: stage 1's findings, with the concerns
/// that could become nonconformities in stage 2, are given to the client in
/// writing, at the latest on the first day of the stage 2 that follows; a
/// missing record counts as not done once that day, or the stage 1's last day
/// plus `grace_days`, has passed.
struct BCMSStage1FindingsWrittenRule: Rule {
    static let identifier = "bcms-stage1-findings-written"

    func check(_ context: RuleContext) {
        let audits = context.dossier.audits
        for (index, audit) in audits.enumerated() where audit["type"].string == "stage1" {
            let name = Audits.name(of: audit)
            let conclusion = audit["stage1_conclusion"]
            var stage2Start: Day?
            if let stage2 = Audits.firstAudit(ofType: "stage2", after: index, in: audits) {
                guard let start = context.date(stage2["dates"]["start"]) else { continue }
                stage2Start = start
            }
            if conclusion.exists {
                if let written = context.bool(conclusion["written"]), !written {
                    context.report(
                        conclusion["written"],
                        Message(
                            zh: "第一阶段审核 \(name) 的审核发现未以文件方式告知受审核方",
                            en: "the findings of stage 1 \(name) were not given to the client in writing"))
                }
                if !conclusion["concerns"].exists {
                    context.cannotVerify(
                        conclusion["concerns"],
                        Message(
                            zh: "缺少\(context.name(conclusion["concerns"]).zh)（没有引起关注的问题时记为空列表）",
                            en: "\(conclusion["concerns"].path) is missing (an empty list when there are none)"))
                }
            }
            let notifiedField = conclusion["notified_on"]
            if notifiedField.exists {
                guard let notified = context.date(notifiedField), let stage2Start, notified > stage2Start else {
                    continue
                }
                context.report(
                    notifiedField,
                    Message(
                        zh: "第一阶段审核 \(name) 的审核发现于 \(notified) 才告知受审核方，晚于第二阶段审核首日（\(stage2Start)），"
                            + "应\(latestBy(stage2Start).zh)告知",
                        en: "the findings of stage 1 \(name) reached the client only on \(notified), after stage 2 "
                            + "began on \(stage2Start); they were due \(latestBy(stage2Start).en)"))
                continue
            }
            guard let (due, because) = Self.recordDue(of: audit, stage2Start: stage2Start, context: context),
                context.judgingDay > due
            else { continue }
            let field = conclusion.exists ? notifiedField : conclusion
            context.report(
                field,
                Message(
                    zh: "截至 \(context.judgingDay)，档案中没有第一阶段审核 \(name) 的审核发现以文件方式告知受审核方的记录"
                        + "（\(context.name(field).zh)），而\(because.zh)",
                    en: "as of \(context.judgingDay) the dossier has no record that the findings of stage 1 \(name) "
                        + "were given to the client in writing (\(field.path)), yet \(because.en)"))
        }
    }

    /// The day after which a missing notification counts as not done: stage 2's
    /// first day or the stage 1's last day plus `grace_days`, whichever comes first.
    private static func recordDue(of audit: Field, stage2Start: Day?, context: RuleContext)
        -> (Day, Message)?
    {
        guard let grace = context.wholeParameter("grace_days"), let end = context.date(audit["dates"]["end"])
        else { return nil }
        let graceEnd = end.adding(days: grace)
        if let stage2Start, stage2Start <= graceEnd {
            return (
                stage2Start,
                Message(zh: "第二阶段审核已于 \(stage2Start) 开始", en: "stage 2 began on \(stage2Start)")
            )
        }
        return (
            graceEnd,
            Message(
                zh: "第一阶段审核已于 \(end) 结束，已超过 \(grace) 日", en: "stage 1 ended on \(end), more than \(grace) days ago")
        )
    }
}
