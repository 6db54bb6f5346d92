import DossierLintKit

/// One technical service the client received (`client.technical_services[]`), for 11.4.2.
struct TechnicalService {
    /// The entry.
    let field: Field

    /// The people who gave the service (person ids or names).
    var persons: [String] { field["persons"].texts.value ?? [] }
    /// The provider, for messages.
    var provider: String { field["provider"].string ?? "?" }

    /// Whether `person` (by id or name) gave this service.
    func involves(id: String?, name: String?) -> Bool {
        persons.contains { person in person == id || (name != nil && person == name) }
    }
}

/// The shared reading of 5.4.4.4 and 11.4.2: someone who gave the client
/// technical services is not assigned to its audits or other certification
/// activities within 2 years after the service ended.
enum TechnicalServiceConflict {
    /// The client's technical services; "cannot verify" and `nil` when the list is absent.
    static func services(_ context: RuleContext) -> [TechnicalService]? {
        let field = context.dossier["client"]["technical_services"]
        guard field.exists else {
            context.cannotVerify(
                field,
                Message(
                    zh: "缺少认证委托人接受技术服务的记录（未接受过技术服务时写空列表 []）",
                    en: "the record of technical services the client received (\(field.path); [] if none) is missing"))
            return nil
        }
        return field.elements.map(TechnicalService.init)
    }

    /// The first service that bars `id`/`name` from an activity on `day`: it began
    /// on or before `day` (or has no start) and `day` is within `years` years after it ended.
    static func barringService(
        _ services: [TechnicalService], id: String?, name: String?, on day: Day, years: Int, _ context: RuleContext
    ) -> (service: TechnicalService, ended: Day, barredUntil: Day)? {
        for service in services where service.involves(id: id, name: name) {
            if let from = context.optional(service.field["from"], { $0.date }), from > day { continue }
            guard let ended = context.date(service.field["to"]) else { continue }
            let barredUntil = ended.adding(years: years)
            if day <= barredUntil { return (service, ended, barredUntil) }
        }
        return nil
    }
}
