import DossierLintKit

/// 5.6.2.3: the written conclusion of stage 1 (ready for stage 2 or not,
/// with the concerns found) is sent to the client before stage 2.
struct Stage1ConclusionNotifiedRule: Rule {
    static let identifier = "stage1-conclusion-notified"

    func check(_ context: RuleContext) {
        let audits = context.dossier.audits
        for (index, audit) in audits.enumerated() where audit["type"].string == "stage1" {
            let name = Audits.name(of: audit)
            let stage2 = Audits.firstAudit(ofType: "stage2", after: index, in: audits)
            let conclusion = audit["stage1_conclusion"]
            guard conclusion.exists else {
                if let stage2 {
                    context.report(
                        conclusion,
                        Message(
                            zh: "第一阶段审核 \(name) 没有书面结论记录，但已实施第二阶段审核 \(Audits.name(of: stage2))",
                            en: "stage 1 \(name) has no written conclusion, yet stage 2 "
                                + "\(Audits.name(of: stage2)) took place"))
                }
                continue
            }
            if let written = context.bool(conclusion["written"]), !written {
                context.report(
                    conclusion["written"],
                    Message(
                        zh: "第一阶段审核 \(name) 的结论未以书面形式告知认证委托人",
                        en: "the conclusion of stage 1 \(name) was not given to the client in writing"))
            }
            if !conclusion["concerns"].exists {
                context.cannotVerify(
                    conclusion["concerns"],
                    Message(
                        zh: "缺少\(context.name(conclusion["concerns"]).zh)（没有需引起关注的问题时记为空列表）",
                        en: "\(conclusion["concerns"].path) is missing (the concerns identified; "
                            + "an empty list when there are none)"))
            }
            guard let stage2 else { continue }
            let stage2Name = Audits.name(of: stage2)
            guard let stage2Start = context.date(stage2["dates"]["start"]) else { continue }
            let notifiedField = conclusion["notified_on"]
            guard let notified = context.optional(notifiedField, { $0.date }) else {
                if !notifiedField.exists {
                    context.report(
                        notifiedField,
                        Message(
                            zh: "第一阶段审核 \(name) 的结论没有告知日期，无证据表明在第二阶段审核 \(stage2Name)"
                                + "（\(stage2Start) 开始）前已告知认证委托人",
                            en: "the conclusion of stage 1 \(name) has no notification date: nothing shows it "
                                + "reached the client before stage 2 \(stage2Name) (started \(stage2Start))"))
                }
                continue
            }
            if notified >= stage2Start {
                context.report(
                    notifiedField,
                    Message(
                        zh: "第一阶段审核 \(name) 的结论于 \(notified) 告知，未在第二阶段审核 \(stage2Name)"
                            + "（\(stage2Start) 开始）前告知，应\(latestBy(stage2Start.adding(days: -1)).zh)告知",
                        en: "the conclusion of stage 1 \(name) was notified on \(notified), not before stage 2 "
                            + "\(stage2Name) (started \(stage2Start))"))
            }
        }
    }
}
