import DossierLintKit

/// ICASP25C 6.4.8: the client submits the plan for a major nonconformity
/// within 2 weeks after the on-site audit.
struct ICASMajorPlanDeadlineRule: Rule {
    static let identifier = "icas-major-plan-deadline"

    func check(_ context: RuleContext) {
        guard let weeks = context.parameter("maximum_plan_weeks") else { return }
        for audit in context.dossier.audits {
            let majors = audit["nonconformities"].elements.filter {
                Nonconformities.isMajor($0, context: context) == true
            }
            guard !majors.isEmpty, let end = context.date(audit["dates"]["end"]) else { continue }
            let deadline = end.adding(days: 7 * Int(weeks))
            let basis = Message(
                zh: "现场审核结束（\(end)）后 \(Int(weeks)) 周内，即最迟于 \(deadline)（含当日）",
                en: "within \(Int(weeks)) weeks of the on-site audit's end (\(end)), i.e. by \(deadline) at the latest")
            for nonconformity in majors {
                ICASNonconformitySteps.check(
                    nonconformity["plan_submitted_on"], deadline: deadline, basis: basis,
                    step: Message(zh: "整改计划", en: "corrective action plan"),
                    subject: ICASNonconformitySteps.label(
                        of: nonconformity, grade: Message(zh: "严重不符合", en: "major nonconformity"), in: audit,
                        context: context),
                    bounds: [
                        nonconformity["evidence_submitted_on"], nonconformity["verified_on"],
                        nonconformity["closure_confirmed_on"],
                    ],
                    shown: !nonconformity["corrective_action"].isBlank, context: context)
            }
        }
    }
}
