import DossierLintKit

/// ICASP25C 6.4.2.2 j): the same audit team does not audit the same client
/// for two cycles in a row.
struct ICASTeamRotationRule: Rule {
    static let identifier = "icas-team-rotation"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        let audits = dossier.audits
        let recorded = dossier["programme"]["previous_cycle_team"]
        for (index, audit) in audits.enumerated() where audit["type"].string == "recertification" {
            let previous: (people: Set<String>, source: Message)
            if recorded.exists {
                guard let people = context.optional(recorded, { $0.texts }) else { return }
                previous = (Set(people), Message(zh: "审核方案中的记录", en: recorded.path))
            } else if let stage2 = audits[..<index].last(where: { $0["type"].string == "stage2" }) {
                let name = Audits.name(of: stage2)
                previous = (
                    auditors(of: stage2, in: dossier),
                    Message(zh: "\(context.label("stage2", of: "audit_type").zh) \(name)", en: name)
                )
            } else if dossier["programme"]["cycle"].string == "transfer" {
                continue
            } else {
                context.cannotVerify(
                    recorded,
                    Message(
                        zh: "审核方案中没有记录上一认证周期的审核组，无法判断再认证审核 "
                            + "\(Audits.name(of: audit)) 的审核组是否与之相同",
                        en: "the dossier does not record the previous cycle's audit team "
                            + "(programme.previous_cycle_team), so whether re-certification audit "
                            + "\(Audits.name(of: audit)) has the same team cannot be judged"))
                continue
            }
            let current = auditors(of: audit, in: dossier)
            guard !current.isEmpty, current == previous.people else { continue }
            let sorted = current.sorted()
            context.report(
                audit["team"],
                Message(
                    zh: "再认证审核 \(Audits.name(of: audit)) 的审核组（\(sorted.joined(separator: "、"))）与上一认证周期的"
                        + "审核组（\(previous.source.zh)）相同：同一审核组连续两个周期审核同一客户",
                    en:
                        "re-certification audit \(Audits.name(of: audit)) has the same team (\(sorted.joined(separator: ", "))) "
                        + "as the previous cycle (\(previous.source.en)): one team audits the client for two cycles in a row"
                ))
        }
    }

    /// The people who audit in an audit's team (formal auditors, trainees in an auditing role left out).
    private func auditors(of audit: Field, in dossier: Dossier) -> Set<String> {
        Set(dossier.team(of: audit).filter(\.isFormalAuditor).compactMap(\.personId))
    }
}
