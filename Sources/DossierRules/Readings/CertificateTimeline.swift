import DossierLintKit

/// The dossier's certificates and the events that changed their status
/// (`certificate_events`: suspension, restoration, withdrawal, cancellation),
/// in time order. An event applies to the certificate in force on its
/// `decided_on` (the latest certificate issued on or before that day).
/// Entries whose dates cannot be read are left out; the rules that need them
/// report "cannot verify" on them.
struct CertificateTimeline {
    /// A certificate with readable dates.
    struct Certificate {
        /// The entry in `certificates`.
        let field: Field
        /// `issued_on`.
        let issued: Day
        /// `expires_on`.
        let expires: Day
    }

    /// An event with a readable kind and decision date.
    struct Event {
        /// The entry in `certificate_events`.
        let field: Field
        /// Its position in `certificate_events`.
        let index: Int
        /// `suspension`, `restoration`, `withdrawal` or `cancellation`.
        let kind: String
        /// `decided_on`.
        let decided: Day
    }

    /// A certificate's status at the end of a day.
    enum Status {
        /// No certificate issued yet.
        case notCertified
        /// In force.
        case active
        /// Suspended by `event`.
        case suspended(Event)
        /// Withdrawn by `event`.
        case withdrawn(Event)
        /// Cancelled by `event`.
        case cancelled(Event)
        /// Past its expiry date.
        case expired

        /// The status's name, to match against answers (`suspended`, `withdrawn`, ...).
        var name: String {
            switch self {
            case .notCertified: return "not_certified"
            case .active: return "active"
            case .suspended: return "suspended"
            case .withdrawn: return "withdrawn"
            case .cancelled: return "cancelled"
            case .expired: return "expired"
            }
        }
    }

    /// The event kinds the timeline knows.
    static let eventKinds = ["suspension", "restoration", "withdrawal", "cancellation"]

    /// Readable certificates, by issue date (file order on ties).
    let certificates: [Certificate]
    /// Readable events, by decision date (file order on ties).
    let events: [Event]

    /// The timeline of a dossier, read once per dossier (several rules ask for it).
    init(dossier: Dossier) { self = dossier.reading(Reading.self) }

    /// The timeline as a reading of the dossier.
    enum Reading: DossierReading {
        static func read(_ dossier: Dossier) -> CertificateTimeline { CertificateTimeline(reading: dossier) }
    }

    /// Reads the timeline of a dossier.
    private init(reading dossier: Dossier) {
        var certificates: [(Int, Certificate)] = []
        for (index, field) in dossier["certificates"].elements.enumerated() {
            guard let issued = field["issued_on"].date.value, let expires = field["expires_on"].date.value else {
                continue
            }
            certificates.append((index, Certificate(field: field, issued: issued, expires: expires)))
        }
        certificates.sort { ($0.1.issued, $0.0) < ($1.1.issued, $1.0) }
        self.certificates = certificates.map(\.1)
        var events: [Event] = []
        for (index, field) in dossier["certificate_events"].elements.enumerated() {
            guard let kind = field["kind"].string, CertificateTimeline.eventKinds.contains(kind),
                let decided = field["decided_on"].date.value
            else { continue }
            events.append(Event(field: field, index: index, kind: kind, decided: decided))
        }
        events.sort { ($0.decided, $0.index) < ($1.decided, $1.index) }
        self.events = events
    }

    /// The certificate in force on a day: the latest issued on or before it.
    func certificate(on day: Day) -> Certificate? {
        certificates.last { $0.issued <= day }
    }

    /// The certificate issued after `certificate`, if any.
    func successor(of certificate: Certificate) -> Certificate? {
        certificates.first { $0.issued > certificate.issued }
    }

    /// The events that apply to a certificate: decided from its issue until the next certificate's issue.
    func events(of certificate: Certificate) -> [Event] {
        let end = successor(of: certificate)?.issued
        return events.filter { event in
            event.decided >= certificate.issued && (end.map { event.decided < $0 } ?? true)
        }
    }

    /// The status of a certificate at the end of a day, from the events decided up to that day.
    func status(of certificate: Certificate, on day: Day) -> Status {
        guard day >= certificate.issued else { return .notCertified }
        var status = Status.active
        for event in events(of: certificate) where event.decided <= day {
            switch event.kind {
            case "suspension": status = .suspended(event)
            case "restoration": status = .active
            case "withdrawal": return .withdrawn(event)
            case "cancellation": return .cancelled(event)
            default: break
            }
        }
        if day > certificate.expires { return .expired }
        return status
    }

    /// The status at the end of a day of the certificate in force on that day.
    func status(on day: Day) -> Status {
        guard let certificate = certificate(on: day) else { return .notCertified }
        return status(of: certificate, on: day)
    }

    /// The first event after `event` (for the same certificate) whose kind is one of `kinds`.
    func firstEvent(after event: Event, ofKinds kinds: [String]) -> Event? {
        guard let position = events.firstIndex(where: { $0.index == event.index }),
            let certificate = certificate(on: event.decided)
        else { return nil }
        let end = successor(of: certificate)?.issued
        for later in events[(position + 1)...] {
            if let end, later.decided >= end { return nil }
            if kinds.contains(later.kind) { return later }
        }
        return nil
    }
}
