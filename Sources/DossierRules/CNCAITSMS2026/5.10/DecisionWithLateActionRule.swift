import DossierLintKit

/// 5.10.4: no grant, maintain or renew decision while the action on a
/// nonconformity was not completed within its time limit.
struct DecisionWithLateActionRule: Rule {
    static let identifier = "decision-with-late-action"

    /// A nonconformity whose action was not completed by its time limit.
    private struct LateAction {
        let label: Message
        let deadline: Day
        let basis: Message
    }

    func check(_ context: RuleContext) {
        guard let initialMonths = context.parameter("initial_months"),
            let surveillanceMonths = context.parameter("surveillance_months")
        else { return }
        let kinds = context.listParameter("decision_kinds")
        let dossier = context.dossier
        let decisions = dossier["decisions"].elements.filter { kinds.contains($0["kind"].string ?? "") }
        guard !decisions.isEmpty, let nextTypes = context.requiredListParameter("next_audit_types") else { return }
        let late = lateActions(
            context, initialMonths: Int(initialMonths), surveillanceMonths: Int(surveillanceMonths),
            nextTypes: nextTypes)
        guard !late.isEmpty else { return }
        for decision in decisions {
            guard let date = context.date(decision["date"]) else { continue }
            let decisionName = decision["id"].string ?? decision.path
            let kind = decision["kind"].string ?? ""
            for action in late where action.deadline < date {
                context.report(
                    decision["date"],
                    Message(
                        zh:
                            "认证决定 \(decisionName)（\(context.label(kind, of: "decision_kind").zh)，\(date)）作出时，\(action.label.zh)未在规定时限"
                            + "（\(action.basis.zh)）内完成",
                        en: "decision \(decisionName) (\(kind), \(date)) was made although \(action.label.en) "
                            + "was not completed in time (limit: \(action.basis.en))"))
            }
        }
    }

    /// Every nonconformity not closed by its limit: a major verified effective
    /// within 5.10.3's limit, a minor verified by the end of the next audit.
    private func lateActions(
        _ context: RuleContext, initialMonths: Int, surveillanceMonths: Int, nextTypes: [String]
    ) -> [LateAction] {
        let audits = context.dossier.audits
        var result: [LateAction] = []
        for (index, audit) in audits.enumerated() {
            let nonconformities = audit["nonconformities"].elements
            guard !nonconformities.isEmpty else { continue }
            let auditName = Audits.name(of: audit)
            let graded = nonconformities.map { ($0, Nonconformities.isMajor($0, context: context)) }
            let majorDeadline =
                graded.contains { $0.1 == true }
                ? Nonconformities.majorVerificationDeadline(
                    auditAt: index, in: audits, context: context, initialMonths: initialMonths,
                    surveillanceMonths: surveillanceMonths) : nil
            let minorDeadline =
                graded.contains { $0.1 == false }
                ? nextAuditEnd(after: index, in: audits, types: nextTypes) : nil
            for (nonconformity, grade) in graded {
                guard let major = grade else { continue }
                let deadline = major ? majorDeadline : minorDeadline
                guard let deadline,
                    Nonconformities.isClosed(nonconformity, major: major, by: deadline.day, context: context) == false
                else { continue }
                let identifier = nonconformity["id"].string ?? nonconformity.path
                result.append(
                    LateAction(
                        label: Message(
                            zh: "审核 \(auditName) 的\(major ? "严重" : "轻微")不符合 \(identifier) ",
                            en: "\(major ? "major" : "minor") nonconformity \(identifier) of audit \(auditName)"),
                        deadline: deadline.day, basis: deadline.basis))
            }
        }
        return result
    }

    /// The end of the next audit (5.10.2) after the one at `index`: the limit for verifying a minor's action.
    private func nextAuditEnd(after index: Int, in audits: [Field], types: [String]) -> (day: Day, basis: Message)? {
        guard let next = Audits.nextAudit(after: index, in: audits, ofTypes: types),
            let end = next["dates"]["end"].date.value
        else { return nil }
        let name = Audits.name(of: next)
        return (
            end,
            Message(
                zh: "至迟在下一次审核 \(name)（\(end) 结束）时验证，即\(latestBy(end).zh)",
                en: "verified at the latest at the next audit \(name), ended \(end)")
        )
    }
}
