import DossierLintKit

/// 5.4.1.2: the programme of an initial certification plans the two-stage
/// initial audit, the surveillance audits and the re-certification audit before
/// expiry; the programme of a re-certification plans the re-certification
/// audit, the surveillance audits and the next re-certification audit.
struct ProgrammeContentRule: Rule {
    static let identifier = "programme-content"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        let programme = dossier["programme"]
        guard programme.exists || !dossier.audits.isEmpty else { return }
        guard
            let cycle = context.oneOf(
                programme["cycle"], ["initial", "recertification", "transfer"], of: "programme_cycle")
        else { return }
        let parameterName: String
        let cycleName: Message
        switch cycle {
        case "initial":
            parameterName = "initial_cycle_audits"
            cycleName = Message(zh: "初次认证", en: "initial certification")
        case "recertification":
            parameterName = "recertification_cycle_audits"
            cycleName = Message(zh: "再认证", en: "re-certification")
        default:
            return
        }
        guard let required = context.requiredListParameter(parameterName),
            let planned = context.list(programme["planned"])
        else { return }
        var remaining = planned.compactMap { $0["audit"].string }
        var missing: [String] = []
        for audit in required {
            if let index = remaining.firstIndex(of: audit) {
                remaining.remove(at: index)
            } else {
                missing.append(audit)
            }
        }
        for audit in missing {
            let count = required.filter { $0 == audit }.count
            let times = count > 1 ? Message(zh: "（需 \(count) 次）", en: " (\(count) needed)") : Message(zh: "", en: "")
            context.report(
                programme["planned"],
                Message(
                    zh: "\(cycleName.zh)的审核方案未策划\(context.label(audit, of: "planned_audit").zh)\(times.zh)",
                    en: "the \(cycleName.en) programme does not plan a \(audit) audit\(times.en)"))
        }
    }
}
