import DossierLintKit

/// ICASP25C 6.4.8: when the evidence of corrective action for a minor
/// nonconformity of an initial or re-certification audit has not come within
/// 30 days, a certified client's certificate is suspended, then withdrawn when
/// the evidence is still missing after at most six months; an initial client
/// is refused certification once those six months have passed.
struct ICASMinorLateEvidenceConsequenceRule: Rule {
    static let identifier = "icas-minor-late-evidence-consequence"

    /// When a late minor's evidence came: on `day`, or not yet (`nil`) on the judging day.
    private struct Lateness {
        let nonconformity: Field
        let submitted: Day?
    }

    func check(_ context: RuleContext) {
        guard let days = context.parameter("maximum_evidence_days"),
            let months = context.parameter("correction_period_months")
        else { return }
        let initialTypes = Set(context.listParameter("initial_audit_types"))
        let certifiedTypes = Set(context.listParameter("certified_audit_types"))
        for audit in context.dossier.audits {
            guard let type = audit["type"].string, initialTypes.contains(type) || certifiedTypes.contains(type)
            else { continue }
            let minors = audit["nonconformities"].elements.filter {
                Nonconformities.isMajor($0, context: context) == false
            }
            guard !minors.isEmpty, let end = context.date(audit["dates"]["end"]) else { continue }
            let deadline = end.adding(days: Int(days))
            let late = minors.compactMap { lateness(of: $0, deadline: deadline, context: context) }
            // The minor whose evidence came last (or never) decides every consequence.
            guard
                let latest = late.max(by: { first, second in
                    guard let firstDay = first.submitted else { return false }
                    guard let secondDay = second.submitted else { return true }
                    return firstDay < secondDay
                })
            else { continue }
            let subject = ICASNonconformitySteps.label(
                of: latest.nonconformity, grade: Message(zh: "轻微不符合", en: "minor nonconformity"), in: audit,
                context: context)
            let came =
                latest.submitted.map { Message(zh: "于 \($0) 才提交", en: "came only on \($0)") }
                ?? Message(zh: "截至 \(context.judgingDay) 仍未提交", en: "had not come as of \(context.judgingDay)")
            let basis = Message(
                zh: "\(subject.zh)的纠正措施及实施效果证据应在现场审核结束（\(end)）后 \(Int(days)) 日内"
                    + "（\(latestBy(deadline).zh)）提交，却\(came.zh)",
                en: "the evidence of corrective action and its effect for \(subject.en), due within \(Int(days)) days "
                    + "of the on-site audit's end (\(end)), \(latestBy(deadline).en), \(came.en)")
            let correctionMonths = Int(months)
            if initialTypes.contains(type) {
                let periodEnd = deadline.adding(months: correctionMonths)
                guard stillMissing(latest, after: periodEnd, context: context) else { continue }
                checkRefused(
                    audit: audit, periodEnd: periodEnd, months: correctionMonths, basis: basis, context: context)
            } else {
                checkSuspendedThenWithdrawn(
                    latest, deadline: deadline, months: correctionMonths, basis: basis, context: context)
            }
        }
    }

    /// The minor's lateness; `nil` when the evidence came in time, is not yet due, or cannot be told.
    private func lateness(of nonconformity: Field, deadline: Day, context: RuleContext) -> Lateness? {
        let field = nonconformity["evidence_submitted_on"]
        if field.exists {
            guard let day = context.optional(field, { $0.date }), day > deadline else { return nil }
            return Lateness(nonconformity: nonconformity, submitted: day)
        }
        let later = [nonconformity["verified_on"], nonconformity["closure_confirmed_on"]].compactMap { $0.date.value }
        if let earliest = later.min() {
            guard earliest > deadline else { return nil }
            context.cannotVerify(
                field,
                Message(
                    zh: "档案没有记录\(context.name(field).zh)，其验证或关闭晚于 \(deadline)，"
                        + "无法判断是否应暂停、撤销证书或作不发证决定",
                    en: "\(field.path) is not recorded and the verification or closure came after \(deadline), so "
                        + "whether the certificate must be suspended or withdrawn, or certification refused, cannot "
                        + "be judged"))
            return nil
        }
        guard context.judgingDay > deadline else { return nil }
        return Lateness(nonconformity: nonconformity, submitted: nil)
    }

    /// Whether the evidence had still not come when the period ending on `periodEnd` (included) ran out.
    private func stillMissing(_ lateness: Lateness, after periodEnd: Day, context: RuleContext) -> Bool {
        if let day = lateness.submitted { return day > periodEnd }
        return context.judgingDay > periodEnd
    }

    /// Initial certification: once the six months have passed without evidence, a refusal is due and no grant may stand.
    private func checkRefused(audit: Field, periodEnd: Day, months: Int, basis: Message, context: RuleContext) {
        let decisions = Audits.decisions(referringTo: audit["id"].string, in: context.dossier)
        let refuse = context.label("refuse", of: "decision_kind")
        let period = Message(
            zh: "已超过时限届满后最长 \(months) 个月的期间（\(latestBy(periodEnd).zh)）",
            en: "past the period of at most \(months) months after the limit (\(latestBy(periodEnd).en))")
        for decision in decisions where decision["kind"].string == "grant" {
            context.report(
                decision["kind"],
                Message(
                    zh: "\(basis.zh)，\(period.zh)，初次认证应作不发证决定（\(refuse.zh)），"
                        + "却作出了\(context.label("grant", of: "decision_kind").zh)的决定",
                    en: "\(basis.en), \(period.en): an initial client is refused certification, yet the decision "
                        + "grants it"))
        }
        if decisions.contains(where: { $0["kind"].string == "refuse" || $0["kind"].string == "grant" }) { return }
        context.report(
            context.dossier["decisions"],
            Message(
                zh: "\(basis.zh)，\(period.zh)，初次认证应作不发证决定（\(refuse.zh)），档案没有记录该决定",
                en: "\(basis.en), \(period.en): an initial client is refused certification, and no refusal is "
                    + "recorded"))
    }

    /// Re-certification: a suspension after the limit, then a withdrawal once the suspension period has run out.
    private func checkSuspendedThenWithdrawn(
        _ lateness: Lateness, deadline: Day, months: Int, basis: Message, context: RuleContext
    ) {
        let events = context.dossier["certificate_events"]
        func decided(_ kind: String) -> [Day] {
            events.elements.compactMap { event in
                guard event["kind"].string == kind, let day = event["decided_on"].date.value, day > deadline
                else { return nil }
                return day
            }
        }
        let suspensions = decided("suspension")
        let withdrawn = !decided("withdrawal").isEmpty
        let suspension = context.label("suspension", of: "certificate_event_kind")
        let withdrawal = context.label("withdrawal", of: "certificate_event_kind")
        if suspensions.isEmpty && !withdrawn {
            context.report(
                events,
                Message(
                    zh: "\(basis.zh)，已获证客户应作暂停证书处理，截至 \(context.judgingDay) 证书事件中没有时限届满后作出的"
                        + "\(suspension.zh)",
                    en: "\(basis.en): a certified client's certificate is suspended, yet as of \(context.judgingDay) "
                        + "no suspension decided after the limit is recorded"))
        }
        let start = suspensions.min() ?? deadline
        let periodEnd = start.adding(months: months)
        guard stillMissing(lateness, after: periodEnd, context: context), !withdrawn else { return }
        let from =
            suspensions.min().map { Message(zh: "暂停（\($0)）", en: "the suspension (\($0))") }
            ?? Message(zh: "时限届满", en: "the limit")
        context.report(
            events,
            Message(
                zh: "\(basis.zh)，已超过自\(from.zh)起最长 \(months) 个月的期间（\(latestBy(periodEnd).zh)），"
                    + "已获证客户应作撤销证书处理，截至 \(context.judgingDay) 证书事件中没有时限届满后作出的\(withdrawal.zh)",
                en: "\(basis.en), past the period of at most \(months) months from \(from.en) "
                    + "(\(latestBy(periodEnd).en)): a certified client's certificate is withdrawn, yet as of "
                    + "\(context.judgingDay) no withdrawal decided after the limit is recorded"))
    }
}
