import DossierLintKit

/// 5.10.3: a major nonconformity is verified effective within 6 months of
/// stage 2's end (initial), within 3 months of the audit's end
/// (surveillance), before the certificate expires (re-certification).
struct MajorVerificationDeadlineRule: Rule {
    static let identifier = "major-verification-deadline"

    func check(_ context: RuleContext) {
        guard let initialMonths = context.parameter("initial_months"),
            let surveillanceMonths = context.parameter("surveillance_months")
        else { return }
        let audits = context.dossier.audits
        for (index, audit) in audits.enumerated() {
            let majors = audit["nonconformities"].elements.filter {
                Nonconformities.isMajor($0, context: context) == true
            }
            guard !majors.isEmpty,
                let deadline = Nonconformities.majorVerificationDeadline(
                    auditAt: index, in: audits, context: context, initialMonths: Int(initialMonths),
                    surveillanceMonths: Int(surveillanceMonths))
            else { continue }
            let auditName = Audits.name(of: audit)
            for nonconformity in majors {
                let identifier = nonconformity["id"].string ?? nonconformity.path
                let label = Message(
                    zh: "审核 \(auditName) 的严重不符合 \(identifier) ",
                    en: "major nonconformity \(identifier) of audit \(auditName)")
                let verifiedField = nonconformity["verified_on"]
                if let verified = context.optional(verifiedField, { $0.date }) {
                    if verified > deadline.day {
                        context.report(
                            verifiedField,
                            Message(
                                zh: "\(label.zh)于 \(verified) 验证，超出时限（\(deadline.basis.zh)）",
                                en: "\(label.en) was verified on \(verified), outside the limit "
                                    + "(\(deadline.basis.en))"))
                        continue
                    }
                    guard let effective = context.bool(nonconformity["verified_effective"]) else { continue }
                    if !effective && context.judgingDay > deadline.day {
                        context.report(
                            nonconformity["verified_effective"],
                            Message(
                                zh: "\(label.zh)的纠正措施经验证无效，时限（\(deadline.basis.zh)）已过仍未关闭",
                                en: "\(label.en) was verified not effective and is still open after the limit "
                                    + "(\(deadline.basis.en))"))
                    }
                } else if !verifiedField.exists && context.judgingDay > deadline.day {
                    context.report(
                        verifiedField,
                        Message(
                            zh: "\(label.zh)截至 \(context.judgingDay) 未验证，超出时限（\(deadline.basis.zh)）",
                            en: "\(label.en) is not verified as of \(context.judgingDay), past the limit "
                                + "(\(deadline.basis.en))"))
                }
            }
        }
    }
}
