import DossierLintKit

/// ICASP25C 6.4.11: when the corrective actions of a nonconformity do not meet
/// the requirements, the client is contacted and told what is required that same day.
struct ICASShortfallClientContactedRule: Rule {
    static let identifier = "icas-shortfall-client-contacted"

    func check(_ context: RuleContext) {
        guard let limit = context.parameter("maximum_days_after_verification") else { return }
        let days = Int(limit)
        for audit in context.dossier.audits {
            for nonconformity in audit["nonconformities"].elements {
                guard nonconformity["plan_only"].bool.value != true,
                    nonconformity["verified_effective"].bool.value == false
                else { continue }
                let subject = ICASNonconformitySteps.label(
                    of: nonconformity, grade: Message(zh: "不符合", en: "nonconformity"), in: audit, context: context)
                let verifiedField = nonconformity["verified_on"]
                let contactField = nonconformity["client_contacted_on"]
                guard verifiedField.exists else {
                    context.cannotVerify(
                        verifiedField,
                        Message(
                            zh: "\(subject.zh)的纠正措施验证为无效，但档案没有记录\(context.label("verified_on").zh)，"
                                + "无法判断是否当天联系客户说明要求",
                            en: "\(subject.en): the corrective actions were found not effective, but the dossier does "
                                + "not record when (\(verifiedField.path)), so the same-day contact cannot be judged"))
                    continue
                }
                guard let verified = context.optional(verifiedField, { $0.date }) else { continue }
                let last = verified.adding(days: days)
                if contactField.exists {
                    guard let contacted = context.optional(contactField, { $0.date }), contacted > last else {
                        continue
                    }
                    context.report(
                        contactField,
                        Message(
                            zh: "\(subject.zh)的纠正措施于 \(verified) 验证为不满足要求，\(contacted) 才联系客户说明要求："
                                + "应\(latestBy(last).zh)联系",
                            en: "\(subject.en): the corrective actions were found not to meet the requirements on "
                                + "\(verified) but the client was contacted only on \(contacted) (\(latestBy(last).en))"
                        ))
                } else if context.judgingDay > last {
                    context.report(
                        contactField,
                        Message(
                            zh: "\(subject.zh)的纠正措施于 \(verified) 验证为不满足要求，截至 \(context.judgingDay) "
                                + "没有联系客户说明要求的记录（\(context.label("client_contacted_on").zh)）："
                                + "应\(latestBy(last).zh)联系",
                            en: "\(subject.en): the corrective actions were found not to meet the requirements on "
                                + "\(verified) and no contact with the client is recorded as of \(context.judgingDay) "
                                + "(\(contactField.path)): it was due \(latestBy(last).en)"))
                }
            }
        }
    }
}
