import DossierLintKit

/// ICASP25C 6.4.8: the client submits the evidence of effective corrective
/// action for a major nonconformity within 3 months after the on-site audit.
struct ICASMajorEvidenceDeadlineRule: Rule {
    static let identifier = "icas-major-evidence-deadline"

    func check(_ context: RuleContext) {
        guard let months = context.parameter("maximum_evidence_months") else { return }
        for audit in context.dossier.audits {
            let majors = audit["nonconformities"].elements.filter {
                Nonconformities.isMajor($0, context: context) == true
            }
            guard !majors.isEmpty, let end = context.date(audit["dates"]["end"]) else { continue }
            let deadline = end.adding(months: Int(months))
            let basis = Message(
                zh: "现场审核结束（\(end)）后 \(Int(months)) 个月内，即最迟于 \(deadline)（含当日）",
                en:
                    "within \(Int(months)) months of the on-site audit's end (\(end)), i.e. by \(deadline) at the latest"
            )
            for nonconformity in majors {
                ICASNonconformitySteps.check(
                    nonconformity["evidence_submitted_on"], deadline: deadline, basis: basis,
                    step: Message(zh: "整改措施实施有效性证据", en: "evidence of effective corrective action"),
                    subject: ICASNonconformitySteps.label(
                        of: nonconformity, grade: Message(zh: "严重不符合", en: "major nonconformity"), in: audit,
                        context: context),
                    bounds: [nonconformity["verified_on"], nonconformity["closure_confirmed_on"]], context: context)
            }
        }
    }
}
