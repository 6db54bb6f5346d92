import DossierLintKit

/// 5.12.3: the decision on an initial certification is made within 6 months
/// of the on-site audit (stage 2); otherwise another stage 2 is needed first.
struct InitialDecisionDeadlineRule: Rule {
    static let identifier = "initial-decision-deadline"

    func check(_ context: RuleContext) {
        guard let months = context.parameter("maximum_months") else { return }
        let dossier = context.dossier
        let stage2Audits = dossier.audits(ofType: "stage2")
        guard !stage2Audits.isEmpty else { return }
        let kinds = context.listParameter("decision_kinds")
        let decisions = dossier["decisions"].elements.filter { kinds.contains($0["kind"].string ?? "") }
        for decision in decisions {
            guard let date = context.date(decision["date"]) else { continue }
            let named = Audits.audits(decidedBy: decision, in: dossier).filter {
                $0["type"].string == "stage2"
            }
            // A grant without named audits is judged on every stage 2; a refusal only on those it names.
            let candidates = named.isEmpty && decision["kind"].string == "grant" ? stage2Audits : named
            var basis: (audit: Field, end: Day)?
            for audit in candidates {
                guard let end = audit["dates"]["end"].date.value, end <= date else { continue }
                if let current = basis, end < current.end { continue }
                basis = (audit, end)
            }
            guard let basis else { continue }
            let deadline = basis.end.adding(months: Int(months))
            guard date > deadline else { continue }
            let decisionName = decision["id"].string ?? decision.path
            let auditName = Audits.name(of: basis.audit)
            context.report(
                decision["date"],
                Message(
                    zh: "认证决定 \(decisionName) 于 \(date) 作出，超过第二阶段审核 \(auditName) 结束（\(basis.end)）后 "
                        + "\(Int(months)) 个月（\(deadline)）；应再实施一次第二阶段审核",
                    en: "decision \(decisionName) was made on \(date), more than \(Int(months)) months after stage 2 "
                        + "\(auditName) ended (\(basis.end), limit \(deadline)); another stage 2 is needed first"))
        }
        guard let last = stage2Audits.last, let end = context.date(last["dates"]["end"]) else { return }
        let deadline = end.adding(months: Int(months))
        guard context.judgingDay > deadline else { return }
        // A decision that names the last stage 2, is dated after it, or has no readable date settles it.
        let lastIdentifier = last["id"].string
        let decided = decisions.contains { decision in
            if let lastIdentifier, (decision["audits"].texts.value ?? []).contains(lastIdentifier) { return true }
            guard let date = decision["date"].date.value else { return true }
            return date >= end
        }
        guard !decided else { return }
        let auditName = Audits.name(of: last)
        context.report(
            dossier["decisions"],
            Message(
                zh: "第二阶段审核 \(auditName) 于 \(end) 结束，截至 \(context.judgingDay) 超过 \(Int(months)) 个月"
                    + "（\(deadline)）仍未作出认证决定；推荐注册前应再实施一次第二阶段审核",
                en: "stage 2 \(auditName) ended on \(end) and no decision was made within \(Int(months)) months "
                    + "(by \(deadline) at the latest) as of \(context.judgingDay); another stage 2 is needed before a grant"
            ))
    }
}
