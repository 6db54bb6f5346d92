import DossierLintKit

/// ICASP25C 6.4.8: for a minor nonconformity of an initial or re-certification
/// audit the client submits the evidence of corrective action within 30 days;
/// of a surveillance, the corrective action (or, in special cases, a plan).
struct ICASMinorEvidenceDeadlineRule: Rule {
    static let identifier = "icas-minor-evidence-deadline"

    func check(_ context: RuleContext) {
        guard let days = context.parameter("maximum_evidence_days") else { return }
        let types = Set(context.listParameter("audit_types"))
        let planTypes = Set(context.listParameter("plan_allowed_audit_types"))
        for audit in context.dossier.audits {
            guard let type = audit["type"].string, types.contains(type) else { continue }
            let minors = audit["nonconformities"].elements.filter {
                Nonconformities.isMajor($0, context: context) == false
            }
            guard !minors.isEmpty, let end = context.date(audit["dates"]["end"]) else { continue }
            let deadline = end.adding(days: Int(days))
            let basis = Message(
                zh: "现场审核结束（\(end)）后 \(Int(days)) 日内，即最迟于 \(deadline)（含当日）",
                en: "within \(Int(days)) days of the on-site audit's end (\(end)), i.e. by \(deadline) at the latest")
            for nonconformity in minors {
                let subject = ICASNonconformitySteps.label(
                    of: nonconformity, grade: Message(zh: "轻微不符合", en: "minor nonconformity"), in: audit,
                    context: context)
                let bounds = [nonconformity["verified_on"], nonconformity["closure_confirmed_on"]]
                if planTypes.contains(type), nonconformity["plan_only"].bool.value == true {
                    ICASNonconformitySteps.check(
                        nonconformity["plan_submitted_on"], deadline: deadline, basis: basis,
                        step: Message(zh: "纠正措施计划", en: "corrective action plan"),
                        subject: subject, bounds: bounds, shown: true, context: context)
                } else {
                    ICASNonconformitySteps.check(
                        nonconformity["evidence_submitted_on"], deadline: deadline, basis: basis,
                        step: Message(zh: "纠正措施及实施效果证据", en: "evidence of corrective action and its effect"),
                        subject: subject, bounds: bounds, context: context)
                }
            }
        }
    }
}
