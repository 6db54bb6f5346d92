import DossierLintKit

/// 5.12.2 (2): a grant, renewal, scope extension (or maintenance) is decided
/// only after every major nonconformity of the decided audits was verified
/// effective and every minor one has an accepted corrective action or plan.
struct DecisionWithUnverifiedNonconformityRule: Rule {
    static let identifier = "decision-with-unverified-nonconformity"

    func check(_ context: RuleContext) {
        let kinds = context.listParameter("decision_kinds")
        let dossier = context.dossier
        for decision in dossier["decisions"].elements where kinds.contains(decision["kind"].string ?? "") {
            guard let date = context.date(decision["date"]),
                let identifiers = context.texts(decision["audits"])
            else { continue }
            let decisionName = decision["id"].string ?? decision.path
            let kind = decision["kind"].string ?? ""
            for (position, identifier) in identifiers.enumerated() {
                guard let audit = dossier.audit(withId: identifier) else {
                    context.cannotVerify(
                        decision["audits"][position],
                        Message(zh: "档案中没有编号为 \(identifier) 的审核", en: "the dossier has no audit with id \(identifier)"))
                    continue
                }
                for nonconformity in audit["nonconformities"].elements {
                    guard let major = Nonconformities.isMajor(nonconformity, context: context) else { continue }
                    let ncName = nonconformity["id"].string ?? nonconformity.path
                    if major {
                        guard
                            let closed = Nonconformities.isClosed(
                                nonconformity, major: true, by: date, context: context), !closed
                        else { continue }
                        context.report(
                            decision["date"],
                            Message(
                                zh:
                                    "认证决定 \(decisionName)（\(context.label(kind, of: "decision_kind").zh)，\(date)）作出时，审核 \(identifier) 的严重不符合 "
                                    + "\(ncName) 的纠正措施尚未验证有效",
                                en: "decision \(decisionName) (\(kind), \(date)) was made before the corrective "
                                    + "action of major nonconformity \(ncName) of audit \(identifier) was verified "
                                    + "effective"))
                    } else if nonconformity["corrective_action"].isBlank {
                        context.report(
                            decision["date"],
                            Message(
                                zh:
                                    "认证决定 \(decisionName)（\(context.label(kind, of: "decision_kind").zh)，\(date)）作出时，审核 \(identifier) 的轻微不符合 "
                                    + "\(ncName) 没有已接受的纠正措施或纠正措施计划",
                                en: "decision \(decisionName) (\(kind), \(date)) was made while minor nonconformity "
                                    + "\(ncName) of audit \(identifier) had no accepted corrective action or plan"))
                    }
                }
            }
        }
    }
}
