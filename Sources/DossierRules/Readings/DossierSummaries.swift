import DossierLintKit
import DossierSyntax

/// Extracts from a dossier what the repository rules and the internal audit
/// report need (`DossierSummary`), so whole dossiers need not stay in memory.
public enum DossierSummaries {
    /// A summarizer that reads tables and parameters from `packs` (by the dossier's scheme).
    public static func summarizer(packs: [String: RulePack]) -> DossierSummarizer {
        { dossier, judgingDay in summary(of: dossier, judgingDay: judgingDay, pack: packs[dossier.scheme]) }
    }

    /// The team roles whose members audit (their activities count for 3.10's auditor lists).
    static let auditingRoles: Set<String> = ["leader", "auditor", "domain_auditor"]

    /// The summary of one dossier judged on `judgingDay`.
    public static func summary(of dossier: Dossier, judgingDay: Day, pack: RulePack?) -> DossierSummary {
        let idField = dossier["dossier_id"]
        let client = dossier["client"]
        var summary = DossierSummary(
            path: dossier.path, dossierId: idField.string, dossierIdPlace: SummaryPlace(idField),
            scheme: dossier.scheme, judgingDay: judgingDay,
            clientKey: client["unified_social_credit_code"].string ?? client["name"].string,
            clientName: client["name"].string)
        summary.scopeCodes = dossier["application"]["scope_codes"].elements.compactMap { field in
            field.string.map { (code: $0, place: SummaryPlace(field)) }
        }
        summary.certificates = certificates(of: dossier, judgingDay: judgingDay, pack: pack)
        summary.definedPersons = dossier["personnel"].elements.compactMap { person in
            person["id"].string.map { PersonReference(id: $0, place: SummaryPlace(person["id"])) }
        }
        summary.referencedPersons = references(in: dossier)
        summary.onsiteDays = onsiteDays(in: dossier)
        let services = client["technical_services"]
        summary.technicalServicesRecorded = services.exists
        summary.technicalServices = services.elements.map { service in
            TechnicalServiceSummary(
                provider: service["provider"].string ?? "?", persons: service["persons"].texts.value ?? [],
                from: service["from"].date.value, to: service["to"].date.value, place: SummaryPlace(service))
        }
        summary.activities = activities(in: dossier)
        summary.deadlines = deadlines(of: dossier, judgingDay: judgingDay, pack: pack)
        return summary
    }

    // MARK: Certificates

    static func certificates(of dossier: Dossier, judgingDay: Day, pack: RulePack?) -> [CertificateSummary] {
        let timeline = CertificateTimeline(dossier: dossier)
        let grammar = pack.flatMap { try? $0.reading(AnnexCGrammar.OfPack.self).get() }
        var result: [CertificateSummary] = []
        for field in dossier["certificates"].elements {
            guard let number = field["number"].string else { continue }
            let status: CertificateStatus
            if let certificate = timeline.certificates.first(where: { $0.field.pointer == field.pointer }) {
                status = self.status(of: certificate, in: timeline, on: judgingDay)
            } else {
                status = .unknown
            }
            var sequenceKey: String?
            if let grammar, let parts = grammar.parts(of: number), parts.sequence.count == grammar.sequenceDigits,
                AnnexCGrammar.isDigits(parts.sequence)
            {
                sequenceKey = "\(parts.bodyCode)|\(parts.year)|\(parts.sequence)"
            }
            let replaces = field["replaces"]["number"].string ?? field["replaces"].string
            result.append(
                CertificateSummary(
                    number: number, place: SummaryPlace(field["number"]), issued: field["issued_on"].date.value,
                    expires: field["expires_on"].date.value, status: status, replaces: replaces,
                    sequenceKey: sequenceKey, auditors: auditors(of: field, in: dossier)))
        }
        return result
    }

    static func status(
        of certificate: CertificateTimeline.Certificate, in timeline: CertificateTimeline, on day: Day
    ) -> CertificateStatus {
        if day < certificate.issued { return .notYetIssued }
        if let successor = timeline.successor(of: certificate), successor.issued <= day { return .superseded }
        switch timeline.status(of: certificate, on: day) {
        case .notCertified: return .notYetIssued
        case .active: return .valid
        case .suspended: return .suspended
        case .withdrawn: return .withdrawn
        case .cancelled: return .cancelled
        case .expired: return .expired
        }
    }

    /// The auditors of the audits the certificate's decision relied on.
    static func auditors(of certificate: Field, in dossier: Dossier) -> [String] {
        guard let decisionId = certificate["decision"].string,
            let decision = dossier["decisions"].elements.first(where: { $0["id"].string == decisionId })
        else { return [] }
        var people = Set<String>()
        for auditId in decision["audits"].texts.value ?? [] {
            guard let audit = dossier.audit(withId: auditId) else { continue }
            for member in dossier.team(of: audit) where member.role.map(auditingRoles.contains) ?? false {
                if let id = member.personId { people.insert(id) }
            }
        }
        return people.sorted()
    }

    // MARK: People

    static func references(in dossier: Dossier) -> [PersonReference] {
        var result: [PersonReference] = []
        func add(_ field: Field) {
            if let id = field.string { result.append(PersonReference(id: id, place: SummaryPlace(field))) }
        }
        add(dossier["application_review"]["reviewer"])
        for audit in dossier.audits {
            for entry in audit["team"].elements { add(entry["person"]) }
            add(audit["report"]["leader"])
        }
        for decision in dossier["decisions"].elements {
            for person in decision["decided_by"].elements { add(person) }
        }
        for complaint in dossier["complaints"].elements {
            for person in complaint["handled_by"].elements { add(person) }
        }
        return result
    }

    static func onsiteDays(in dossier: Dossier) -> [OnsiteDays] {
        var result: [OnsiteDays] = []
        for audit in dossier.audits where audit["onsite"].bool.value != false {
            let start = audit["dates"]["start"].date.value
            let end = audit["dates"]["end"].date.value
            let calendarDays = start.flatMap { start in end.map { Double(start.days(until: $0) + 1) } }
            let auditName = audit["id"].string ?? audit.path
            for entry in audit["team"].elements {
                guard let person = entry["person"].string else { continue }
                let days = entry["days"].number.value
                result.append(
                    OnsiteDays(
                        person: person, role: entry["role"].string, audit: auditName, start: start,
                        days: days ?? calendarDays, fromDates: days == nil, place: SummaryPlace(entry)))
            }
        }
        return result
    }

    static func activities(in dossier: Dossier) -> [CertificationActivity] {
        var result: [CertificationActivity] = []
        func name(_ id: String) -> String? { dossier.person(withId: id)?["name"].string }
        for audit in dossier.audits {
            guard let start = audit["dates"]["start"].date.value else { continue }
            let subject = audit["id"].string ?? audit.path
            for entry in audit["team"].elements {
                guard let id = entry["person"].string else { continue }
                result.append(
                    CertificationActivity(
                        person: id, name: name(id), kind: .audit, subject: subject, day: start,
                        place: SummaryPlace(entry["person"])))
            }
        }
        for decision in dossier["decisions"].elements {
            guard let date = decision["date"].date.value else { continue }
            let subject = decision["id"].string ?? decision.path
            for person in decision["decided_by"].elements {
                guard let id = person.string else { continue }
                result.append(
                    CertificationActivity(
                        person: id, name: name(id), kind: .decision, subject: subject, day: date,
                        place: SummaryPlace(person)))
            }
        }
        return result
    }

    // MARK: Deadlines

    /// The scheme's rule of a concept the deadlines read limits from: `name` itself, or
    /// `name` behind the scheme's prefix (`bcms-surveillance-interval`).
    static func rule(_ name: String, of pack: RulePack?) -> RuleDescription? {
        pack?.rule(name) ?? pack?.rules.first { $0.identifier.hasSuffix("-" + name) }
    }

    static func deadlines(of dossier: Dossier, judgingDay: Day, pack: RulePack?) -> [Deadline] {
        var result: [Deadline] = []
        let timeline = CertificateTimeline(dossier: dossier)
        let interval =
            rule("surveillance-interval", of: pack)?.parameter("maximum_interval_months").integer.value ?? 12
        let maximumSuspension =
            rule("suspension-period", of: pack)?.parameter("maximum_suspension_months").integer.value ?? 6
        if let current = timeline.certificate(on: judgingDay) {
            let number = current.field["number"].string ?? current.field.path
            let place = SummaryPlace(current.field["number"])
            let status = timeline.status(of: current, on: judgingDay)
            let inForce: Bool
            switch status {
            case .active, .suspended: inForce = true
            default: inForce = false
            }
            if inForce {
                let surveillances = dossier.audits(ofType: "surveillance").filter { audit in
                    guard !audit["terminated"].exists, let start = audit["dates"]["start"].date.value else {
                        return false
                    }
                    return start >= current.issued && start <= current.expires
                }.compactMap { $0["dates"]["end"].date.value }.sorted()
                var expected = 0
                while interval > 0 && current.issued.adding(months: interval * (expected + 1)) < current.expires {
                    expected += 1
                }
                if surveillances.count < expected {
                    let due = (surveillances.last ?? current.issued).adding(months: interval)
                    if due >= judgingDay {
                        result.append(Deadline(kind: .surveillanceDue, day: due, subject: number, place: place))
                    }
                }
                if timeline.successor(of: current) == nil && current.expires >= judgingDay {
                    result.append(
                        Deadline(kind: .certificateExpires, day: current.expires, subject: number, place: place))
                }
            }
            if case .suspended(let event) = status {
                let months = event.field["period_months"].integer.value ?? maximumSuspension
                let ends = event.decided.adding(months: months)
                if ends >= judgingDay {
                    result.append(
                        Deadline(kind: .suspensionEnds, day: ends, subject: number, place: SummaryPlace(event.field)))
                }
            }
        }
        var earliest: (day: Day, kind: String, field: Field)?
        let records = dossier["records"]
        for kind in records.keys {
            let record = records[kind]
            guard record.isMapping, record["present"].bool.value != false,
                let kept = record["kept_until"].date.value, kept >= judgingDay
            else { continue }
            if earliest == nil || kept < earliest!.day { earliest = (kept, kind, record["kept_until"]) }
        }
        if let earliest {
            result.append(
                Deadline(
                    kind: .recordsRetentionEnds, day: earliest.day, subject: earliest.kind,
                    place: SummaryPlace(earliest.field)))
        }
        return result.sorted { ($0.day, $0.kind.rawValue) < ($1.day, $1.kind.rawValue) }
    }
}
