import DossierLintKit

/// 11.4.2: no one who gave the client technical services within 2 years takes
/// part in its certification decision.
struct DecisionMakerTechnicalServicesRule: Rule {
    static let identifier = "decision-maker-technical-services"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        let decisions = dossier["decisions"].elements
        guard !decisions.isEmpty, let years = context.parameter("barred_years"),
            let services = TechnicalServiceConflict.services(context), !services.isEmpty
        else { return }
        for decision in decisions {
            let deciders = decision["decided_by"].elements
            let involved = deciders.filter { field in
                let id = field.string
                let name = id.flatMap { dossier.person(withId: $0)?["name"].string }
                return services.contains { $0.involves(id: id, name: name) }
            }
            guard !involved.isEmpty, let date = context.date(decision["date"]) else { continue }
            for field in involved {
                let id = field.string
                let name = id.flatMap { dossier.person(withId: $0)?["name"].string }
                guard
                    let conflict = TechnicalServiceConflict.barringService(
                        services, id: id, name: name, on: date, years: Int(years), context)
                else { continue }
                let label = [id, name].compactMap { $0 }.joined(separator: " ")
                context.report(
                    field,
                    Message(
                        zh:
                            "认证决定人员 \(label) 曾为认证委托人提供技术服务（\(conflict.service.provider)，至 \(conflict.ended)），\(Int(years)) 年内（至 \(conflict.barredUntil)，含当日）不应参与对该组织的认证活动；决定日期 \(date)",
                        en:
                            "decision maker \(label) gave the client technical services (\(conflict.service.provider), until \(conflict.ended)) and must not take part in its certification within \(Int(years)) years (until \(conflict.barredUntil) inclusive); the decision was made \(date)"
                    ))
            }
        }
    }
}
