import DossierLintKit

/// Readings shared by the audit, nonconformity, report and decision rules of
/// 5.6–5.12: which audit follows which, which certificate a re-certification
/// renews, when a nonconformity's action is due.
enum AuditRuleSupport {
    /// Whether a field is absent, null or a text of blanks only.
    static func isBlank(_ field: Field) -> Bool {
        guard field.exists else { return true }
        if let text = field.string { return text.allSatisfy(\.isWhitespace) }
        return false
    }

    /// A short name of an audit for messages: its id, else its position.
    static func name(of audit: Field) -> String {
        audit["id"].string ?? audit.path
    }

    /// The audit listed right after the audit at `index` (audits are in time order).
    static func audit(after index: Int, in audits: [Field]) -> Field? {
        audits.indices.contains(index + 1) ? audits[index + 1] : nil
    }

    /// The first audit of `type` listed after the audit at `index`.
    static func firstAudit(ofType type: String, after index: Int, in audits: [Field]) -> Field? {
        guard index + 1 < audits.count else { return nil }
        return audits[(index + 1)...].first { $0["type"].string == type }
    }

    /// The decisions whose `audits` list names `auditIdentifier`.
    static func decisions(referringTo auditIdentifier: String?, in dossier: Dossier) -> [Field] {
        guard let auditIdentifier else { return [] }
        return dossier["decisions"].elements.filter {
            ($0["audits"].texts.value ?? []).contains(auditIdentifier)
        }
    }

    /// The audits a decision names, resolved; unknown ids are skipped.
    static func audits(decidedBy decision: Field, in dossier: Dossier) -> [Field] {
        (decision["audits"].texts.value ?? []).compactMap { dossier.audit(withId: $0) }
    }

    /// The certificate a re-certification (audit or decision) renews: the one
    /// issued last on or before `day`, leaving out the certificate issued on
    /// the decision `excludingDecision` (the new certificate).
    static func certificate(
        issuedOnOrBefore day: Day, in dossier: Dossier, excludingDecision: String? = nil
    ) -> Field? {
        var best: (field: Field, issued: Day)?
        for certificate in dossier["certificates"].elements {
            guard let issued = certificate["issued_on"].date.value, issued <= day else { continue }
            if let excludingDecision, certificate["decision"].string == excludingDecision { continue }
            if let current = best, issued < current.issued { continue }
            best = (certificate, issued)
        }
        return best?.field
    }

    /// The certificate the client held before `day` (the one a re-certification
    /// renews): its number and its `expires_on` field. That is the certificate
    /// of the dossier issued last on or before `day` (leaving out the one issued
    /// on the decision `excludingDecision`), else the earlier cycle's
    /// certificate that a certificate of the dossier describes in `replaces:
    /// {number, issued_on, expires_on}`; `nil` when there is neither.
    static func heldCertificate(
        before day: Day, in dossier: Dossier, excludingDecision: String? = nil
    ) -> (number: String, expiresOn: Field)? {
        if let held = certificate(issuedOnOrBefore: day, in: dossier, excludingDecision: excludingDecision) {
            return (held["number"].string ?? held.path, held["expires_on"])
        }
        for certificate in dossier["certificates"].elements {
            let replaces = certificate["replaces"]
            guard replaces.node?.mapping != nil else { continue }
            if let issued = replaces["issued_on"].date.value, issued > day { continue }
            return (replaces["number"].string ?? replaces.path, replaces["expires_on"])
        }
        return nil
    }

    /// The expiry of the certificate renewed by the re-certification audit
    /// `audit`, or `nil` after a "cannot verify" finding.
    static func expiryRenewed(by audit: Field, context: RuleContext) -> Day? {
        guard let start = context.date(audit["dates"]["start"]) else { return nil }
        guard let held = heldCertificate(before: start, in: context.dossier) else {
            context.cannotVerify(
                context.dossier["certificates"],
                Message(
                    zh: "档案中没有再认证审核 \(name(of: audit))（\(start) 开始）所更新的认证证书（certificates 中此前颁发的证书，"
                        + "或 certificates[].replaces 所述的上一周期证书），无法确定其到期日",
                    en: "the dossier holds no certificate renewed by re-certification audit \(name(of: audit)) "
                        + "(started \(start)): neither one issued earlier in certificates nor the previous cycle's "
                        + "described in certificates[].replaces, so its expiry is unknown"))
            return nil
        }
        return context.date(held.expiresOn)
    }

    /// Whether a nonconformity is graded major (`nil` after a "cannot verify" finding).
    static func isMajor(_ nonconformity: Field, context: RuleContext) -> Bool? {
        guard let grade = context.require(nonconformity["grade"], { $0.oneOf(["major", "minor"]) }) else {
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
                ? audit : firstAudit(ofType: "stage2", after: index, in: audits)
            guard let stage2, let end = context.date(stage2["dates"]["end"]) else { return nil }
            let day = end.adding(months: initialMonths)
            return (
                day,
                Message(
                    zh: "第二阶段审核 \(name(of: stage2)) 结束（\(end)）起 \(initialMonths) 个月内，即 \(day) 前",
                    en: "within \(initialMonths) months of the end of stage 2 \(name(of: stage2)) (\(end)), "
                        + "i.e. by \(day)")
            )
        case "surveillance":
            guard let end = context.date(audit["dates"]["end"]) else { return nil }
            let day = end.adding(months: surveillanceMonths)
            return (
                day,
                Message(
                    zh: "监督审核结束（\(end)）起 \(surveillanceMonths) 个月内，即 \(day) 前",
                    en: "within \(surveillanceMonths) months of the surveillance's end (\(end)), i.e. by \(day)")
            )
        case "recertification":
            guard let expiry = expiryRenewed(by: audit, context: context) else { return nil }
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

    /// Reports the content items an audit's `coverage` lacks, for every audit
    /// of `type`, against the rule's `required_items` parameter.
    static func checkCoverage(_ context: RuleContext, ofType type: String, kind: Message) {
        let required = context.listParameter("required_items")
        guard !required.isEmpty else {
            context.cannotVerify(
                context.dossier.root,
                Message(zh: "规则包缺少参数 required_items", en: "the rule pack lacks the parameter required_items"))
            return
        }
        for audit in context.dossier.audits(ofType: type) {
            guard let covered = context.texts(audit["coverage"]) else { continue }
            let missing = required.enumerated().filter { !covered.contains($0.element) }
            guard !missing.isEmpty else { continue }
            let list = missing.map { "(\($0.offset + 1)) \($0.element)" }.joined(separator: ", ")
            context.report(
                audit["coverage"],
                Message(
                    zh: "\(kind.zh) \(name(of: audit)) 的审核内容未覆盖：\(list)",
                    en: "\(kind.en) \(name(of: audit)) does not cover: \(list)"))
        }
    }

    /// Reports when an audit's time, or its determined time, is below a
    /// fraction of the Annex B initial time for its effective headcount
    /// (5.7.4, 5.8.4), rounded to the nearest half day (5.4.2.3).
    static func checkMinimumTime(_ context: RuleContext, ofType type: String, kind: Message) {
        guard let numerator = context.parameter("fraction_numerator"),
            let denominator = context.parameter("fraction_denominator"), denominator > 0
        else { return }
        let audits = context.dossier.audits(ofType: type)
        guard !audits.isEmpty else { return }
        guard let table = AnnexBTable(pack: context.pack) else {
            context.cannotVerify(
                context.dossier.root,
                Message(zh: "规则包没有可用的附录 B 审核时间表", en: "the rule pack has no usable Annex B table"))
            return
        }
        let fraction = "\(formatDays(numerator))/\(formatDays(denominator))"
        for audit in audits {
            let time = audit["time"]
            guard let headcountValue = context.number(time["effective_personnel"]) else { continue }
            // A fraction of a person counts as one more person (150.2 → the band of 151).
            guard headcountValue > 0, headcountValue < 1e9,
                let annexB = table.days(forEffectiveHeadcount: Int((headcountValue - 1e-9).rounded(.up)))
            else {
                context.cannotVerify(
                    time["effective_personnel"],
                    Message(
                        zh: "有效人数 \(formatDays(headcountValue)) 不是正数，附录 B 无对应审核时间",
                        en: "the effective headcount \(formatDays(headcountValue)) is not positive; Annex B has no "
                            + "time for it"))
                continue
            }
            let headcount = Int((headcountValue - 1e-9).rounded(.up))
            let minimum = roundedToHalfDay(annexB * numerator / denominator)
            let basisZh =
                "下限 \(formatDays(minimum)) 人日（有效人数 \(headcount) 人对应附录 B 初次认证审核时间 "
                + "\(formatDays(annexB)) 人日的 \(fraction)，按半人日取整）"
            let basisEn =
                "the floor of \(formatDays(minimum)): \(fraction) of the Annex B initial time for "
                + "\(headcount) people (\(formatDays(annexB)) person-days), rounded to the half day"
            for (key, zhLabel, enLabel) in [
                ("days", "实际审核时间", "took"), ("determined_days", "确定的审核时间", "was determined at"),
            ] {
                guard let days = context.number(time[key]), days < minimum else { continue }
                context.report(
                    time[key],
                    Message(
                        zh: "\(kind.zh) \(name(of: audit)) 的\(zhLabel)为 \(formatDays(days)) 人日，少于\(basisZh)",
                        en: "\(kind.en) \(name(of: audit)) \(enLabel) \(formatDays(days)) person-days, "
                            + "below \(basisEn)"))
            }
        }
    }
}
