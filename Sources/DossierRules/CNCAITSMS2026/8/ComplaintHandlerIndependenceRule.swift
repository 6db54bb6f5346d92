import DossierLintKit

/// 8.3: the decision on an appeal or complaint is made, or reviewed and
/// approved, by people not involved in the matter: not members of the audit
/// teams nor decision makers concerned.
struct ComplaintHandlerIndependenceRule: Rule {
    static let identifier = "complaint-handler-independence"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        for complaint in dossier["complaints"].elements {
            let approvers = complaint["approved_by"]
            let field = approvers.exists ? approvers : complaint["handled_by"]
            guard let people = context.texts(field) else { continue }
            guard !people.isEmpty else {
                context.cannotVerify(
                    field, Message(zh: "\(context.name(field).zh)未列出任何人员", en: "\(field.path) names nobody"))
                continue
            }
            let involvement = involvedPeople(in: complaint, context: context)
            for (index, person) in people.enumerated() {
                guard let roles = involvement[person] else { continue }
                let name = dossier.person(withId: person)?["name"].string.map { "\(person)（\($0)）" } ?? person
                let nameEn = dossier.person(withId: person)?["name"].string.map { "\(person) (\($0))" } ?? person
                context.report(
                    field[index],
                    Message(
                        zh: "\(name) 与申诉（投诉）事项有关（\(roles.map(\.zh).joined(separator: "、"))），不应作出或批准其处理决定",
                        en: "\(nameEn) is involved in the matter (\(roles.map(\.en).joined(separator: ", "))) "
                            + "and must not make or approve the decision on it"))
            }
        }
    }

    /// The people involved in the matter, with how: the teams of the audits
    /// concerned and the makers of the decisions concerned (by default, every
    /// audit and decision of the dossier).
    private func involvedPeople(in complaint: Field, context: RuleContext) -> [String: [Message]] {
        let dossier = context.dossier
        let auditIds = context.optional(complaint["audits"]) { $0.texts }
        let decisionIds = context.optional(complaint["decisions"]) { $0.texts }
        var involved: [String: [Message]] = [:]
        for audit in dossier.audits {
            let identifier = audit["id"].string ?? audit.path
            if let auditIds, !auditIds.contains(identifier) { continue }
            for member in audit["team"].elements {
                guard let person = member["person"].string else { continue }
                involved[person, default: []].append(
                    Message(zh: "审核 \(identifier) 的审核组成员", en: "member of the team of audit \(identifier)"))
            }
        }
        for decision in dossier["decisions"].elements {
            let identifier = decision["id"].string ?? decision.path
            if let decisionIds, !decisionIds.contains(identifier) { continue }
            for person in decision["decided_by"].texts.value ?? [] {
                involved[person, default: []].append(
                    Message(zh: "认证决定 \(identifier) 的决定人员", en: "decision maker of \(identifier)"))
            }
        }
        return involved
    }
}
