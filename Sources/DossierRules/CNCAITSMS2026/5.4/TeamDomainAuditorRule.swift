import DossierLintKit

/// 5.4.4.1 (2): every team includes ITSMS domain auditors matching the client's
/// scope: each scope code is among the domain codes of a formal auditor of the team.
struct TeamDomainAuditorRule: Rule {
    static let identifier = "team-domain-auditor"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        guard !dossier.audits.isEmpty else { return }
        let applicationCodes = dossier["application"]["scope_codes"]
        for audit in dossier.audits {
            let codesField = audit["scope_codes"].exists ? audit["scope_codes"] : applicationCodes
            guard let scopeCodes = context.texts(codesField) else {
                if audit["scope_codes"].exists { continue } else { return }
            }
            let auditors = dossier.team(of: audit).filter(\.isFormalAuditor)
            let covered = Set(auditors.flatMap(\.domainCodes))
            let missing = scopeCodes.filter { !covered.contains($0) }
            guard !missing.isEmpty else { continue }
            let scope = scopeCodes.joined(separator: ", ")
            let absent = missing.joined(separator: ", ")
            context.report(
                audit["team"],
                Message(
                    zh: "审核组中没有专业代码覆盖 \(absent) 的 ITSMS 专业领域审核员（认证业务范围：\(scope)）",
                    en: "no ITSMS domain auditor of the team has the domain codes \(absent) (scope: \(scope))"))
        }
    }
}
