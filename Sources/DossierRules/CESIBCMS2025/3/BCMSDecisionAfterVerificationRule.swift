import DossierLintKit

/// CESI BCMS 3.5: before a grant or renewal, every nonconformity of the audits
/// it rests on, whatever its grade, has had its corrective action completed
/// and verified as satisfactory by the team leader, on or before the decision's date.
struct BCMSDecisionAfterVerificationRule: Rule {
    static let identifier = "bcms-decision-after-verification"

    func check(_ context: RuleContext) {
        guard let decisions = BCMSCertificationDecisions.all(context) else { return }
        for decision in decisions {
            let audits = BCMSCertificationDecisions.audits(of: decision, context: context)
            guard audits.contains(where: { !$0["nonconformities"].elements.isEmpty }),
                let date = context.date(decision["date"])
            else { continue }
            let decisionName = BCMSCertificationDecisions.name(of: decision, date: date, context: context)
            for audit in audits {
                for nonconformity in audit["nonconformities"].elements {
                    guard let problem = Self.problem(of: nonconformity, by: date, context: context) else { continue }
                    let name = BCMSNonconformities.name(of: nonconformity, in: audit)
                    context.report(
                        decision["date"],
                        Message(
                            zh: "\(decisionName.zh)作出时，\(name.zh) \(problem.zh)：存在不符合项的，须由受审核方完成纠正措施"
                                + "并由审核组长验证合格后才能审批",
                            en: "\(decisionName.en) was made although \(name.en) \(problem.en): the corrective action "
                                + "of every nonconformity must be completed and verified by the team leader first"))
                }
            }
        }
    }

    /// What stands in the way of a decision on `date`, or `nil` when the
    /// nonconformity was verified effective by then (or after a "cannot verify").
    private static func problem(of nonconformity: Field, by date: Day, context: RuleContext) -> Message? {
        let verifiedField = nonconformity["verified_on"]
        guard verifiedField.exists else {
            return Message(zh: "尚未验证", en: "was not verified")
        }
        guard let verified = context.date(verifiedField) else { return nil }
        if verified > date {
            return Message(zh: "于 \(verified) 才验证", en: "was verified only on \(verified)")
        }
        guard let effective = context.bool(nonconformity["verified_effective"]), !effective else { return nil }
        return Message(zh: "的纠正措施经验证无效", en: "had its corrective action verified not effective")
    }
}
