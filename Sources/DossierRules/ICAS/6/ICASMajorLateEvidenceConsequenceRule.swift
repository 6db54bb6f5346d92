import DossierLintKit

/// ICASP25C 6.4.8: when the evidence of corrective action for a major
/// nonconformity has not come within 3 months, an initial client is refused
/// certification and a certified client's certificate is withdrawn.
struct ICASMajorLateEvidenceConsequenceRule: Rule {
    static let identifier = "icas-major-late-evidence-consequence"

    func check(_ context: RuleContext) {
        guard let months = context.parameter("maximum_evidence_months") else { return }
        let initialTypes = Set(context.listParameter("initial_audit_types"))
        let certifiedTypes = Set(context.listParameter("certified_audit_types"))
        for audit in context.dossier.audits {
            guard let type = audit["type"].string, initialTypes.contains(type) || certifiedTypes.contains(type)
            else { continue }
            let majors = audit["nonconformities"].elements.filter {
                Nonconformities.isMajor($0, context: context) == true
            }
            guard !majors.isEmpty, let end = context.date(audit["dates"]["end"]) else { continue }
            let deadline = end.adding(months: Int(months))
            guard let late = majors.first(where: { isLate($0, deadline: deadline, context: context) }) else {
                continue
            }
            let subject = ICASNonconformitySteps.label(
                of: late, grade: Message(zh: "严重不符合", en: "major nonconformity"), in: audit, context: context)
            let basis = Message(
                zh: "\(subject.zh)的整改措施实施有效性证据未在现场审核结束（\(end)）后 \(Int(months)) 个月内"
                    + "（\(latestBy(deadline).zh)）提交",
                en: "the evidence of effective corrective action for \(subject.en) did not come within \(Int(months)) "
                    + "months of the on-site audit's end (\(end)), \(latestBy(deadline).en)")
            if initialTypes.contains(type) {
                checkRefused(audit: audit, basis: basis, context: context)
            } else {
                checkWithdrawn(after: deadline, basis: basis, context: context)
            }
        }
    }

    /// Whether the evidence had not come by the deadline; `false` when it is not yet due or cannot be told.
    private func isLate(_ nonconformity: Field, deadline: Day, context: RuleContext) -> Bool {
        let field = nonconformity["evidence_submitted_on"]
        if field.exists {
            guard let day = context.optional(field, { $0.date }) else { return false }
            return day > deadline
        }
        let later = [nonconformity["verified_on"], nonconformity["closure_confirmed_on"]].compactMap { $0.date.value }
        if let earliest = later.min() {
            guard earliest > deadline else { return false }
            context.cannotVerify(
                field,
                Message(
                    zh: "档案没有记录\(context.name(field).zh)，其验证晚于 \(deadline)，无法判断是否应作不发证决定或撤销证书",
                    en: "\(field.path) is not recorded and the verification came after \(deadline), so whether "
                        + "certification must be refused or the certificate withdrawn cannot be judged"))
            return false
        }
        return context.judgingDay > deadline
    }

    /// Initial certification: a refusal is due, and no grant nor certificate may follow.
    private func checkRefused(audit: Field, basis: Message, context: RuleContext) {
        let decisions = Audits.decisions(referringTo: audit["id"].string, in: context.dossier)
        let refuse = context.label("refuse", of: "decision_kind")
        for decision in decisions where decision["kind"].string == "grant" {
            context.report(
                decision["kind"],
                Message(
                    zh:
                        "\(basis.zh)，初次认证应作不发证决定（\(refuse.zh)），却作出了\(context.label("grant", of: "decision_kind").zh)的决定",
                    en: "\(basis.en): an initial client is refused certification, yet the decision grants it"))
        }
        if decisions.contains(where: { $0["kind"].string == "refuse" }) { return }
        if decisions.contains(where: { $0["kind"].string == "grant" }) { return }
        context.report(
            context.dossier["decisions"],
            Message(
                zh: "\(basis.zh)，初次认证应作不发证决定（\(refuse.zh)），档案没有记录该决定",
                en: "\(basis.en): an initial client is refused certification, and no refusal is recorded"))
    }

    /// Surveillance and re-certification: the certificate is withdrawn once the limit has passed.
    private func checkWithdrawn(after deadline: Day, basis: Message, context: RuleContext) {
        let withdrawn = context.dossier["certificate_events"].elements.contains { event in
            guard event["kind"].string == "withdrawal", let day = event["decided_on"].date.value else { return false }
            return day > deadline
        }
        guard !withdrawn else { return }
        let withdrawal = context.label("withdrawal", of: "certificate_event_kind")
        context.report(
            context.dossier["certificate_events"],
            Message(
                zh: "\(basis.zh)，已认证客户应作撤销证书处理，截至 \(context.judgingDay) 证书事件中没有时限届满后作出的\(withdrawal.zh)",
                en: "\(basis.en): a certified client's certificate is withdrawn, yet as of \(context.judgingDay) no "
                    + "withdrawal decided after the limit is recorded"))
    }
}
