import DossierLintKit

/// Nonconformities (5.10): their grade, when a major one must be verified, and
/// whether the action was completed in time.
enum Nonconformities {
    /// Whether a nonconformity is graded major (`nil` after a "cannot verify" finding).
    static func isMajor(_ nonconformity: Field, context: RuleContext) -> Bool? {
        guard let grade = context.oneOf(nonconformity["grade"], ["major", "minor"], of: "nonconformity_grade") else {
            return nil
        }
        return grade == "major"
    }

    /// The last day by which a major nonconformity of the audit at `index`
    /// must be verified (5.10.3), with the basis for messages; `nil` when
    /// 5.10.3 sets no limit for the audit (a stage 1 not yet followed by a
    /// stage 2, a scope extension, a short-notice audit) or a date is missing
    /// (then after a "cannot verify" finding).
    static func majorVerificationDeadline(
        auditAt index: Int, in audits: [Field], context: RuleContext, initialMonths: Int, surveillanceMonths: Int
    ) -> (day: Day, basis: Message)? {
        let audit = audits[index]
        switch audit["type"].string {
        case "stage1", "stage2":
            let stage2 =
                audit["type"].string == "stage2"
                ? audit : Audits.firstAudit(ofType: "stage2", after: index, in: audits)
            guard let stage2, let end = context.date(stage2["dates"]["end"]) else { return nil }
            let day = end.adding(months: initialMonths)
            return (
                day,
                Message(
                    zh: "第二阶段审核 \(Audits.name(of: stage2)) 结束（\(end)）起 \(initialMonths) 个月内，即最迟于 \(day)（含当日）",
                    en: "within \(initialMonths) months of the end of stage 2 \(Audits.name(of: stage2)) (\(end)), "
                        + "i.e. by \(day) at the latest")
            )
        case "surveillance":
            guard let end = context.date(audit["dates"]["end"]) else { return nil }
            let day = end.adding(months: surveillanceMonths)
            return (
                day,
                Message(
                    zh: "监督审核结束（\(end)）起 \(surveillanceMonths) 个月内，即最迟于 \(day)（含当日）",
                    en:
                        "within \(surveillanceMonths) months of the surveillance's end (\(end)), i.e. by \(day) at the latest"
                )
            )
        case "recertification":
            guard let expiry = RenewedCertificate.expiryRenewed(by: audit, context: context) else { return nil }
            return (
                expiry,
                Message(
                    zh: "原认证证书到期（\(expiry)）前",
                    en: "on or before the certificate's last valid day (\(expiry))")
            )
        default:
            return nil
        }
    }

    /// Whether a nonconformity's action was completed by `day`: a major
    /// verified effective, a minor verified, on or before that day. `nil`
    /// after a "cannot verify" finding (verified without a result).
    static func isClosed(_ nonconformity: Field, major: Bool, by day: Day, context: RuleContext) -> Bool? {
        guard let verified = context.optional(nonconformity["verified_on"], { $0.date }) else { return false }
        guard verified <= day else { return false }
        guard major else { return true }
        guard let effective = context.bool(nonconformity["verified_effective"]) else { return nil }
        return effective
    }
}
