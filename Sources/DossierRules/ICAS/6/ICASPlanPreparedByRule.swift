import DossierLintKit

/// ICASP25C 6.4.2.2 h): the team leader or the leader's designee prepares the
/// audit plan; a plan prepared by someone else the company designated is signed
/// by the leader on site.
struct ICASPlanPreparedByRule: Rule {
    static let identifier = "icas-plan-prepared-by"

    func check(_ context: RuleContext) {
        for audit in context.dossier.audits {
            let plan = audit["plan"]
            guard plan.exists else { continue }
            let name = Audits.name(of: audit)
            guard let preparer = context.text(plan["prepared_by"]) else { continue }
            let team = context.dossier.team(of: audit)
            guard let leader = team.first(where: { $0.role == TeamRole.leader }) else {
                context.cannotVerify(
                    audit["team"],
                    Message(
                        zh: "审核 \(name) 的审核组中没有审核组长，无法判断审核计划的编制人是否为审核组长",
                        en: "the team of audit \(name) has no leader: whether the leader prepared the plan "
                            + "cannot be told"))
                continue
            }
            if preparer == leader.personId { continue }
            if context.optional(plan["designated_by_leader"], { $0.bool }) == true { continue }
            guard let start = context.date(audit["dates"]["start"]), let end = context.date(audit["dates"]["end"])
            else { continue }
            let signedField = plan["leader_signed_on"]
            if signedField.exists {
                guard let signed = context.optional(signedField, { $0.date }), signed < start || signed > end
                else { continue }
                context.report(
                    signedField,
                    Message(
                        zh: "审核 \(name) 的审核计划由 \(preparer) 编制，审核组长 \(leader.label) 于 \(signed) 签字确认，"
                            + "不在现场审核期间（\(start) 至 \(end)）：应于现场在审核计划上签字确认",
                        en: "the plan of audit \(name) was prepared by \(preparer) and the leader \(leader.label) "
                            + "signed it on \(signed), not during the on-site audit (\(start) to \(end)): the leader "
                            + "signs it on site"))
                continue
            }
            guard end < context.judgingDay else { continue }
            context.report(
                plan,
                Message(
                    zh: "审核 \(name) 的审核计划由 \(preparer) 编制，既不是审核组长 \(leader.label)，也没有记录为其指定的人员；"
                        + "审核已于 \(end) 结束，没有审核组长于现场签字确认的记录",
                    en: "the plan of audit \(name) was prepared by \(preparer), neither the leader \(leader.label) "
                        + "nor recorded as the leader's designee, and the audit ended on \(end) with no record of the "
                        + "leader signing the plan on site"))
        }
    }
}
