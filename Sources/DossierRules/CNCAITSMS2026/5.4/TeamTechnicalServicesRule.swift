import DossierLintKit

/// 5.4.4.4 with 11.4.2: no team member gave the client technical services
/// within 2 years before the audit.
struct TeamTechnicalServicesRule: Rule {
    static let identifier = "team-technical-services"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        guard !dossier.audits.isEmpty, let years = context.parameter("barred_years"),
            let services = TechnicalServiceConflict.services(context), !services.isEmpty
        else { return }
        for audit in dossier.audits {
            let team = dossier.team(of: audit)
            let involved = team.filter { member in
                services.contains { $0.involves(id: member.personId, name: member.name) }
            }
            guard !involved.isEmpty, let start = context.date(audit["dates"]["start"]) else { continue }
            for member in involved {
                guard
                    let conflict = TechnicalServiceConflict.barringService(
                        services, id: member.personId, name: member.name, on: start, years: Int(years), context)
                else { continue }
                context.report(
                    member.entry["person"],
                    Message(
                        zh:
                            "\(member.label) 曾为认证委托人提供技术服务（\(conflict.service.provider)，至 \(conflict.ended)），\(Int(years)) 年内（至 \(conflict.barredUntil)，含当日）不应参加对该组织的审核；本次审核 \(start) 开始",
                        en:
                            "\(member.label) gave the client technical services (\(conflict.service.provider), until \(conflict.ended)) and must not audit it within \(Int(years)) years (until \(conflict.barredUntil) inclusive); this audit started \(start)"
                    ))
            }
        }
    }
}
