import DossierLintKit

/// 5.12.6: a certification is maintained on the team leader's positive
/// conclusion, without a separate decision, only after a surveillance that
/// found no major nonconformity and no change of the certification; any
/// other surveillance needs a decision of its own.
struct SurveillanceSeparateDecisionRule: Rule {
    static let identifier = "surveillance-separate-decision"

    func check(_ context: RuleContext) {
        guard let dueMonths = context.parameter("decision_due_months") else { return }
        let decisionKinds = context.listParameter("decision_kinds")
        let eventKinds = context.listParameter("event_kinds")
        let dossier = context.dossier
        let audits = dossier.audits
        for (index, audit) in audits.enumerated() where audit["type"].string == "surveillance" {
            let majors = audit["nonconformities"].elements.filter {
                Nonconformities.isMajor($0, context: context) == true
            }
            let changed = changedCertification(audit["scope_changed"], context)
            guard !majors.isEmpty || changed else { continue }
            guard let end = context.date(audit["dates"]["end"]) else { continue }
            let decided = Audits.decisions(referringTo: audit["id"].string, in: dossier).contains {
                decisionKinds.contains($0["kind"].string ?? "")
            }
            let acted = dossier["certificate_events"].elements.contains {
                guard eventKinds.contains($0["kind"].string ?? ""), let on = $0["decided_on"].date.value else {
                    return false
                }
                return on >= end
            }
            guard !decided && !acted else { continue }
            let name = Audits.name(of: audit)
            let dueDay = end.adding(months: Int(dueMonths))
            var due: Message?
            if context.judgingDay > dueDay {
                due = Message(
                    zh: "认证决定应在审核结束（\(end)）后 \(Int(dueMonths)) 个月内、\(latestBy(dueDay).zh)作出，该期限已过",
                    en: "the decision was due within \(Int(dueMonths)) months of the audit's end (\(end)), "
                        + "\(latestBy(dueDay).en), and that day has passed")
            } else if let next = Audits.audit(after: index, in: audits),
                let start = next["dates"]["start"].date.value, start <= context.judgingDay
            {
                let nextName = Audits.name(of: next)
                due = Message(zh: "下一次审核 \(nextName) 已开始", en: "the next audit \(nextName) has started")
            }
            guard let due else { continue }
            let why =
                !majors.isEmpty
                ? Message(
                    zh: "发现了 \(majors.count) 项严重不符合",
                    en: "found \(majors.count) major nonconformit\(majors.count == 1 ? "y" : "ies")")
                : Message(zh: "记录了认证信息或认证范围的变更", en: "records a change of the certification or its scope")
            let kinds = decisionKinds.joined(separator: "/")
            context.report(
                audit,
                Message(
                    zh:
                        "监督审核 \(name) \(why.zh)，不能仅凭审核组长的结论保持认证，但没有引用该审核的认证决定（\(context.labels(decisionKinds, of: "decision_kind").zh)），"
                        + "而\(due.zh)",
                    en: "surveillance audit \(name) \(why.en), so the certification cannot be maintained on the "
                        + "team leader's conclusion alone, yet no decision (\(kinds)) refers to it and \(due.en)"))
        }
    }

    /// Whether the audit records a change (`scope_changed`): `false` when absent; a
    /// value that is not a boolean is a "cannot verify" finding and reads `false`.
    private func changedCertification(_ field: Field, _ context: RuleContext) -> Bool {
        switch field.bool {
        case .value(let changed): return changed
        case .missing: return false
        case .invalid(let message):
            let found = message.zh.firstRange(of: "实际为 ").map { String(message.zh[$0.upperBound...]) } ?? ""
            context.cannotVerify(
                field,
                Message(
                    zh: "\(context.name(field).zh)应为布尔值（“true”或“false”），实际为 \(found)", en: message.en))
            return false
        }
    }
}
