import DossierSyntax

/// A place in a file that a repository finding can point at: a JSON Pointer
/// and its source range. The file is the summary's (or the registry's).
public struct SummaryPlace: Hashable, Sendable {
    /// RFC 6901 JSON Pointer.
    public var pointer: String
    /// The 1-based line and column where it starts.
    public var location: SourceLocation
    /// Where it ends: the position just after its last character.
    public var end: SourceLocation

    /// Creates a place; without `end`, an empty range at `location`.
    public init(pointer: String, location: SourceLocation, end: SourceLocation? = nil) {
        self.pointer = pointer
        self.location = location
        self.end = end ?? location
    }

    /// The place of a field, with its range.
    public init(_ field: Field) {
        let range = field.range
        self.init(pointer: field.pointer, location: range.start, end: range.end)
    }
}

/// A person id written in a dossier: where it is defined or referred to.
public struct PersonReference: Hashable, Sendable {
    /// The person id.
    public var id: String
    /// Where it is written.
    public var place: SummaryPlace

    /// Creates a reference.
    public init(id: String, place: SummaryPlace) {
        self.id = id
        self.place = place
    }
}

/// One team member's on-site days in one on-site audit (3.9).
public struct OnsiteDays: Hashable, Sendable {
    /// The person id (`audits[].team[].person`).
    public var person: String
    /// The member's role in the audit (`audits[].team[].role`).
    public var role: String?
    /// The audit's id, for messages.
    public var audit: String
    /// The first on-site day of the audit, which decides the calendar year; `nil` when unreadable.
    public var start: Day?
    /// The member's on-site days: `days`, else the audit's calendar days; `nil` when neither is readable.
    public var days: Double?
    /// Whether `days` was counted from the audit's dates because the team entry has no `days`.
    public var fromDates: Bool
    /// The team entry.
    public var place: SummaryPlace

    /// Creates an entry.
    public init(
        person: String, role: String?, audit: String, start: Day?, days: Double?, fromDates: Bool, place: SummaryPlace
    ) {
        self.person = person
        self.role = role
        self.audit = audit
        self.start = start
        self.days = days
        self.fromDates = fromDates
        self.place = place
    }
}

/// A technical service the client received (`client.technical_services[]`, 11.4.2).
public struct TechnicalServiceSummary: Hashable, Sendable {
    /// The provider, for messages.
    public var provider: String
    /// The people who gave it: person ids or names.
    public var persons: [String]
    /// `from`, if readable.
    public var from: Day?
    /// `to`, if readable.
    public var to: Day?
    /// The entry.
    public var place: SummaryPlace

    /// Creates a summary.
    public init(provider: String, persons: [String], from: Day?, to: Day?, place: SummaryPlace) {
        self.provider = provider
        self.persons = persons
        self.from = from
        self.to = to
        self.place = place
    }

    /// Whether the person (by id or name) gave the service.
    public func involves(id: String?, name: String?) -> Bool {
        persons.contains { $0 == id || (name != nil && $0 == name) }
    }
}

/// A certification activity of one person for the client: a place on an
/// audit team or in a certification decision (11.4.2).
public struct CertificationActivity: Hashable, Sendable {
    /// What the activity is.
    public enum Kind: String, Sendable {
        /// A member of an audit team; the day is the audit's first day.
        case audit
        /// A decision maker; the day is the decision's date.
        case decision
    }

    /// The person id.
    public var person: String
    /// The person's name, when known.
    public var name: String?
    /// The kind of activity.
    public var kind: Kind
    /// The audit's or decision's id, for messages.
    public var subject: String
    /// The day of the activity.
    public var day: Day
    /// Where the person is named.
    public var place: SummaryPlace

    /// Creates an activity.
    public init(person: String, name: String?, kind: Kind, subject: String, day: Day, place: SummaryPlace) {
        self.person = person
        self.name = name
        self.kind = kind
        self.subject = subject
        self.day = day
        self.place = place
    }
}

/// The status of a certificate on the judging day.
public enum CertificateStatus: String, Sendable, CaseIterable, Comparable {
    /// In force.
    case valid
    /// Suspended (temporarily not valid).
    case suspended
    /// Withdrawn (撤销).
    case withdrawn
    /// Cancelled (注销).
    case cancelled
    /// Past its expiry date.
    case expired
    /// A later certificate of the same dossier was issued.
    case superseded
    /// Issued after the judging day.
    case notYetIssued = "not_yet_issued"
    /// Its dates cannot be read.
    case unknown

    /// Display order.
    public static func < (lhs: CertificateStatus, rhs: CertificateStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The status's name in `language`.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.valid, .zh): return "有效"
        case (.suspended, .zh): return "暂停"
        case (.withdrawn, .zh): return "撤销"
        case (.cancelled, .zh): return "注销"
        case (.expired, .zh): return "过期"
        case (.superseded, .zh): return "已换发"
        case (.notYetIssued, .zh): return "尚未签发"
        case (.unknown, .zh): return "未知"
        case (.notYetIssued, .en): return "not yet issued"
        default: return rawValue
        }
    }
}

/// One certificate of a dossier, as the repository rules and the audit report see it.
public struct CertificateSummary: Hashable, Sendable {
    /// The number as written.
    public var number: String
    /// Where the number is written.
    public var place: SummaryPlace
    /// `issued_on`, if readable.
    public var issued: Day?
    /// `expires_on`, if readable.
    public var expires: Day?
    /// The status on the judging day.
    public var status: CertificateStatus
    /// The number of the certificate it replaces (`replaces.number`), if any.
    public var replaces: String?
    /// The Annex C key that must be unique per body and year: body code, year
    /// and sequence (`123|26|00042`); `nil` when the number cannot be split.
    public var sequenceKey: String?
    /// The auditors of the audits its decision relied on (person ids, sorted).
    public var auditors: [String]

    /// Creates a summary.
    public init(
        number: String, place: SummaryPlace, issued: Day?, expires: Day?, status: CertificateStatus, replaces: String?,
        sequenceKey: String?, auditors: [String]
    ) {
        self.number = number
        self.place = place
        self.issued = issued
        self.expires = expires
        self.status = status
        self.replaces = replaces
        self.sequenceKey = sequenceKey
        self.auditors = auditors
    }
}

/// A date that comes due for a dossier (the audit report lists those in the next 90 days).
public struct Deadline: Hashable, Sendable {
    /// What comes due.
    public enum Kind: String, Sendable, CaseIterable {
        /// The next surveillance audit is due (5.4.1.4).
        case surveillanceDue = "surveillance_due"
        /// A suspension's period ends (7.2.2).
        case suspensionEnds = "suspension_ends"
        /// The certificate expires without a successor (5.8.2: re-certification before expiry).
        case certificateExpires = "certificate_expires"
        /// The records' retention ends (10.1).
        case recordsRetentionEnds = "records_retention_ends"

        /// The kind's name in `language`.
        public func name(in language: Language) -> String {
            switch (self, language) {
            case (.surveillanceDue, .zh): return "监督审核到期"
            case (.suspensionEnds, .zh): return "暂停期满"
            case (.certificateExpires, .zh): return "证书到期"
            case (.recordsRetentionEnds, .zh): return "记录保存期满"
            case (.surveillanceDue, .en): return "surveillance due"
            case (.suspensionEnds, .en): return "suspension period ends"
            case (.certificateExpires, .en): return "certificate expires"
            case (.recordsRetentionEnds, .en): return "records retention ends"
            }
        }
    }

    /// What comes due.
    public var kind: Kind
    /// The day.
    public var day: Day
    /// What it concerns (a certificate number, a record kind), for display.
    public var subject: String
    /// The field it was computed from.
    public var place: SummaryPlace

    /// Creates a deadline.
    public init(kind: Kind, day: Day, subject: String, place: SummaryPlace) {
        self.kind = kind
        self.day = day
        self.subject = subject
        self.place = place
    }
}

/// What the repository rules and the audit report need of one dossier,
/// extracted while the dossier is checked so the dossier itself can be dropped.
public struct DossierSummary: Sendable {
    /// The display path.
    public var path: String
    /// `dossier_id`, if present.
    public var dossierId: String?
    /// Where `dossier_id` is written (the document when absent).
    public var dossierIdPlace: SummaryPlace
    /// The rule pack named by `scheme`.
    public var scheme: String
    /// The day the dossier was judged on.
    public var judgingDay: Day
    /// The client's key: its unified social credit code, else its name.
    public var clientKey: String?
    /// The client's name, for display.
    public var clientName: String?
    /// The application's Annex A scope codes, with where each is written.
    public var scopeCodes: [(code: String, place: SummaryPlace)]
    /// The certificates, in file order.
    public var certificates: [CertificateSummary]
    /// Person ids the dossier's own `personnel` defines.
    public var definedPersons: [PersonReference]
    /// Person ids the dossier refers to (team members, decision makers, reviewer,
    /// report leaders, complaint handlers), in file order.
    public var referencedPersons: [PersonReference]
    /// On-site days of audit team members.
    public var onsiteDays: [OnsiteDays]
    /// Technical services the client received.
    public var technicalServices: [TechnicalServiceSummary]
    /// Whether `client.technical_services` is present.
    public var technicalServicesRecorded: Bool
    /// Certification activities for the client (audit team places, decisions).
    public var activities: [CertificationActivity]
    /// Dates that come due on or after the judging day.
    public var deadlines: [Deadline]

    /// Creates a summary.
    public init(
        path: String, dossierId: String?, dossierIdPlace: SummaryPlace, scheme: String = Dossier.defaultScheme,
        judgingDay: Day, clientKey: String? = nil,
        clientName: String? = nil, scopeCodes: [(code: String, place: SummaryPlace)] = [],
        certificates: [CertificateSummary] = [], definedPersons: [PersonReference] = [],
        referencedPersons: [PersonReference] = [], onsiteDays: [OnsiteDays] = [],
        technicalServices: [TechnicalServiceSummary] = [], technicalServicesRecorded: Bool = false,
        activities: [CertificationActivity] = [], deadlines: [Deadline] = []
    ) {
        self.path = path
        self.dossierId = dossierId
        self.dossierIdPlace = dossierIdPlace
        self.scheme = scheme
        self.judgingDay = judgingDay
        self.clientKey = clientKey
        self.clientName = clientName
        self.scopeCodes = scopeCodes
        self.certificates = certificates
        self.definedPersons = definedPersons
        self.referencedPersons = referencedPersons
        self.onsiteDays = onsiteDays
        self.technicalServices = technicalServices
        self.technicalServicesRecorded = technicalServicesRecorded
        self.activities = activities
        self.deadlines = deadlines
    }
}

extension DossierSummary {
    /// The same summary with every list at its exact size: a summary kept for a whole
    /// repository (the audit) should not carry the spare room its lists grew with.
    var compacted: DossierSummary {
        var summary = self
        summary.scopeCodes = scopeCodes.exactlySized
        summary.certificates = certificates.exactlySized
        summary.definedPersons = definedPersons.exactlySized
        summary.referencedPersons = referencedPersons.exactlySized
        summary.onsiteDays = onsiteDays.exactlySized
        summary.technicalServices = technicalServices.exactlySized
        summary.activities = activities.exactlySized
        summary.deadlines = deadlines.exactlySized
        return summary
    }
}

extension Array {
    /// A copy whose storage holds exactly its elements (an array grown by appending
    /// may have room for twice as many).
    var exactlySized: [Element] {
        guard capacity > count else { return self }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            _ = buffer.initialize(from: self)
            initialized = count
        }
    }
}
