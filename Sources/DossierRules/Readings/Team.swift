import DossierLintKit

/// The roles an audit team member can hold (`audits[].team[].role`) and the
/// qualifications of personnel records (`personnel[].qualification`).
enum TeamRole {
    /// The team leader.
    static let leader = "leader"
    /// A domain (专业领域) auditor.
    static let domainAuditor = "domain_auditor"
    /// A technical expert.
    static let technicalExpert = "technical_expert"
    /// A trainee auditor.
    static let trainee = "trainee"
    /// An observer.
    static let observer = "observer"
    /// The roles in which a member audits (5.4.4.1).
    static let auditingRoles: Set<String> = ["leader", "auditor", "domain_auditor"]
    /// The qualifications of formal (registered) auditors.
    static let formalQualifications: Set<String> = ["auditor", "lead_auditor"]
}

/// One member of an audit team (`audits[].team[]`) with the personnel record
/// it refers to (the dossier's `personnel`, else the repository registry). A class: the
/// teams are read once per dossier and handed to a dozen rules, and copying a member then
/// counts one reference, not those of its two fields and three texts.
final class TeamMember {
    /// The team entry.
    let entry: Field
    /// The personnel record, when one exists for the entry's `person`.
    let person: Field?
    /// The person id the entry refers to.
    let personId: String?
    /// The role the member holds in this audit.
    let role: String?
    /// The qualification of the person's record.
    let qualification: String?
    /// The person's name, if known.
    var name: String? { person?["name"].string }

    /// The member of team entry `entry`, with the personnel record `person(id)` gives.
    init(entry: Field, person: (String) -> Field?) {
        self.entry = entry
        personId = entry["person"].string
        self.person = personId.flatMap(person)
        role = entry["role"].string
        qualification = self.person?["qualification"].string
    }

    /// "P001 李娜" for messages.
    var label: String {
        switch (personId, name) {
        case let (id?, name?): return "\(id) \(name)"
        case let (id?, nil): return id
        case let (nil, name?): return name
        case (nil, nil): return "?"
        }
    }

    /// A technical expert by role or by qualification.
    var isTechnicalExpert: Bool { role == TeamRole.technicalExpert || qualification == TeamRole.technicalExpert }
    /// A trainee auditor by role or by qualification.
    var isTrainee: Bool { role == TeamRole.trainee || qualification == TeamRole.trainee }
    /// An observer by role or by qualification.
    var isObserver: Bool { role == TeamRole.observer || qualification == TeamRole.observer }
    /// Holds a role in which members audit (leader, auditor, domain auditor).
    var actsAsAuditor: Bool { role.map { TeamRole.auditingRoles.contains($0) } ?? false }

    /// A formal auditor: audits in an auditing role and is neither a technical
    /// expert, a trainee nor an observer by qualification. Only formal auditors'
    /// days count toward audit time (5.4.4.2, 5.4.4.3).
    var isFormalAuditor: Bool { actsAsAuditor && !isTechnicalExpert && !isTrainee && !isObserver }

    /// The member's on-site person-days in this audit (`days`).
    var days: Field { entry["days"] }

    /// The person's domain codes (`personnel[].domain_codes`), empty when unknown.
    var domainCodes: [String] { person?["domain_codes"].texts.value ?? [] }

    /// Whether the person is full-time staff of the body, when recorded.
    var isFullTime: Bool? { person?["full_time"].bool.value }
}

/// Sums of the team's on-site person-days by kind of member.
struct TeamDays {
    /// Days of formal auditors (these count toward audit time).
    var formalAuditors: Double = 0
    /// Days of technical experts.
    var technicalExperts: Double = 0
    /// Days of trainees.
    var trainees: Double = 0
    /// Days of observers.
    var observers: Double = 0
    /// Formal auditors whose `days` is absent or not a number.
    var formalAuditorsWithoutDays: [TeamMember] = []
}

extension Dossier {
    /// The members of an audit's team, in file order.
    func team(of audit: Field) -> [TeamMember] {
        for (candidate, team) in reading(AuditTeams.self) where candidate.isSamePlace(as: audit) { return team }
        return readTeam(of: audit)
    }

    /// The members of an audit's team, read from the dossier.
    fileprivate func readTeam(of audit: Field) -> [TeamMember] {
        audit["team"].elements.map { entry in TeamMember(entry: entry, person: person(withId:)) }
    }

    /// The team's on-site person-days by kind of member.
    func teamDays(of audit: Field) -> TeamDays {
        var result = TeamDays()
        for member in team(of: audit) {
            let days = member.days.number.value
            if member.isTechnicalExpert {
                result.technicalExperts += days ?? 0
            } else if member.isTrainee {
                result.trainees += days ?? 0
            } else if member.isObserver {
                result.observers += days ?? 0
            } else if member.isFormalAuditor {
                if let days { result.formalAuditors += days } else { result.formalAuditorsWithoutDays.append(member) }
            }
        }
        return result
    }
}

/// The teams of the dossier's audits, read once per dossier: a dozen rules ask for them.
enum AuditTeams: DossierReading {
    static func read(_ dossier: Dossier) -> [(audit: Field, team: [TeamMember])] {
        dossier.audits.map { ($0, dossier.readTeam(of: $0)) }
    }
}
