import DossierLintKit

/// 11.4.2 across dossiers: someone who gave a client technical services (as
/// recorded in any dossier of that client) is not assigned to its audits or
/// other certification activities within 2 years, in any of its dossiers.
struct RepositoryTechnicalServicesRule: RepositoryRule {
    static let identifier = "repository-technical-services"

    func check(_ context: RepositoryContext) {
        guard let years = context.parameter("barred_years") else { return }
        var byClient: [String: [DossierSummary]] = [:]
        for dossier in context.repository.dossiers {
            if let key = dossier.clientKey { byClient[key, default: []].append(dossier) }
        }
        for key in byClient.keys.sorted() {
            let dossiers = byClient[key]!
            guard dossiers.count > 1, dossiers.contains(where: { !$0.technicalServices.isEmpty }) else { continue }
            // The client's services by the person they name, in dossier and service order: an
            // activity looks up its person's services, not every dossier's (linear in the dossiers).
            var servicesByPerson: [String: [ServicePlace]] = [:]
            for (dossierIndex, dossier) in dossiers.enumerated() {
                for (serviceIndex, service) in dossier.technicalServices.enumerated() {
                    for person in Set(service.persons) {
                        servicesByPerson[person, default: []].append(ServicePlace(dossierIndex, serviceIndex))
                    }
                }
            }
            for dossier in dossiers {
                for activity in dossier.activities {
                    // The dossier's own records are judged by the dossier rules (5.4.4.4, 11.4.2).
                    if barring(dossier.technicalServices, activity, years: Int(years)) != nil { continue }
                    var candidates = servicesByPerson[activity.person] ?? []
                    if let name = activity.name, name != activity.person, let named = servicesByPerson[name] {
                        candidates = Array(Set(candidates + named)).sorted()
                    }
                    // The first service of another dossier that bars the activity, as a walk of the
                    // other dossiers in order would find it.
                    for place in candidates where dossiers[place.dossier].path != dossier.path {
                        let other = dossiers[place.dossier]
                        let service = other.technicalServices[place.service]
                        guard let until = barUntil(service, activity, years: Int(years)) else { continue }
                        let label = [activity.person, activity.name].compactMap { $0 }.joined(separator: " ")
                        let ended = service.to.map(String.init(describing:)) ?? "?"
                        let what =
                            activity.kind == .audit
                            ? Message(
                                zh: "参加审核 \(activity.subject)（\(activity.day) 开始）",
                                en: "audit \(activity.subject) (started \(activity.day))")
                            : Message(
                                zh: "参与认证决定 \(activity.subject)（\(activity.day)）",
                                en: "decision \(activity.subject) (\(activity.day))")
                        context.report(
                            file: dossier.path, activity.place,
                            Message(
                                zh:
                                    "\(label) 曾为该组织提供技术服务（\(service.provider)，至 \(ended)，"
                                    + "见 \(other.path)），\(Int(years)) 年内（至 \(until)）不应被安排\(what.zh)",
                                en: "\(label) gave the client technical services (\(service.provider), until "
                                    + "\(ended), recorded in \(other.path)) and must not "
                                    + "take part in \(what.en) within \(Int(years)) years (until \(until))"))
                        break
                    }
                }
            }
        }
    }

    /// A service of one of a client's dossiers: the dossier's and the service's positions.
    private struct ServicePlace: Hashable, Comparable {
        var dossier: Int
        var service: Int

        init(_ dossier: Int, _ service: Int) {
            self.dossier = dossier
            self.service = service
        }

        static func < (a: ServicePlace, b: ServicePlace) -> Bool { (a.dossier, a.service) < (b.dossier, b.service) }
    }

    /// The first service that bars the activity's person on its day, with the end of the bar.
    private func barring(
        _ services: [TechnicalServiceSummary], _ activity: CertificationActivity, years: Int
    ) -> (TechnicalServiceSummary, Day)? {
        for service in services where service.involves(id: activity.person, name: activity.name) {
            if let until = barUntil(service, activity, years: years) { return (service, until) }
        }
        return nil
    }

    /// The end of the bar `service` puts on the activity's day, when it bars it (the
    /// service's person is the caller's to match).
    private func barUntil(_ service: TechnicalServiceSummary, _ activity: CertificationActivity, years: Int) -> Day? {
        if let from = service.from, from > activity.day { return nil }
        guard let to = service.to else { return nil }
        let until = to.adding(years: years)
        return activity.day <= until ? until : nil
    }
}
