import DossierSyntax

/// The schema line that marks a file as a dossier.
public let dossierSchema = "itsms-dossier/1"
/// The schema line that marks a file as a repository registry.
public let registrySchema = "itsms-registry/1"

/// A typed, read-only view of one dossier file.
///
/// Its values sit in one shared box: every rule's context holds the dossier, and a copy costs
/// one reference count.
public struct Dossier: Sendable {
    /// The parsed file.
    public var document: Document { storage.document }
    /// The whole tree as a field (pointer "").
    public var root: Field { storage.root }
    /// People from the repository registry, if one was given, by id.
    public var registryPersonnel: [String: Field] { storage.registryPersonnel }
    /// Readings computed once per dossier and shared by every rule (see `reading(_:)`).
    @usableFromInline
    var readings: ReadingCache { storage.readings }
    /// The audits and people by id, indexed when the dossier is made: nearly every rule asks.
    private var index: DossierIndex { storage.index }

    private let storage: Storage

    /// Wraps a parsed document.
    public init(document: Document, registryPersonnel: [String: Field] = [:]) {
        storage = Storage(document: document, registryPersonnel: registryPersonnel)
    }

    private final class Storage: Sendable {
        let document: Document
        let root: Field
        let registryPersonnel: [String: Field]
        let readings = ReadingCache()
        let index: DossierIndex

        init(document: Document, registryPersonnel: [String: Field]) {
            self.document = document
            let root = Field(node: document.root, pointer: "", location: document.root.location)
            self.root = root
            self.registryPersonnel = registryPersonnel
            self.index = DossierIndex(root: root)
        }
    }

    /// The value of `Reading` for this dossier: computed the first time a rule
    /// asks, then shared by every rule that checks the dossier. Readings are
    /// pure functions of the dossier, so sharing them changes no result.
    @inlinable
    public func reading<Reading: DossierReading>(_ reading: Reading.Type) -> Reading.Value {
        let box = readings.box(for: ObjectIdentifier(reading)) { ReadingBox(Reading.read(self)) }
        return unsafeDowncast(box, to: ReadingBox<Reading.Value>.self).value
    }

    /// The display path of the file.
    public var path: String { document.path }

    /// `dossier_id`, if present.
    public var id: String? { root["dossier_id"].string }

    /// The scheme a dossier without `scheme` is judged by.
    public static let defaultScheme = "cnca-itsms-2026"

    /// The rule pack named by `scheme` (default `cnca-itsms-2026`).
    public var scheme: String { root["scheme"].string ?? Dossier.defaultScheme }

    /// The certification body's profile, if any.
    public var profile: String? { root["profile"].string }

    /// The `as_of` date written in the dossier, if any.
    public var asOf: Day? { root["as_of"].date.value }

    /// The field `key` of the top level.
    public subscript(key: String) -> Field { root[key] }

    /// Every audit, in file order.
    public var audits: [Field] { index.audits }

    /// The audits of one type (`stage1`, `stage2`, `surveillance`, ...).
    public func audits(ofType type: String) -> [Field] {
        index.auditsByType[type] ?? []
    }

    /// The audit with `id` (the first, when ids repeat).
    public func audit(withId id: String) -> Field? {
        index.auditsById[id]
    }

    /// The person with `id`: from the dossier's own `personnel` (the first, when
    /// ids repeat), else the registry.
    public func person(withId id: String) -> Field? {
        index.person(withId: id) ?? registryPersonnel[id]
    }
}

/// A reading of a dossier that several rules need: computed once per dossier
/// (`Dossier.reading(_:)`), so a rule asking for it costs a lookup, and a
/// dossier with thousands of sites or people is read in linear time.
public protocol DossierReading {
    /// What the reading gives.
    associatedtype Value
    /// Reads `dossier`.
    static func read(_ dossier: Dossier) -> Value
}

/// The dossier's lists indexed once: audits in order, by id and by type, and
/// the dossier's own people by id.
private struct DossierIndex: Sendable {
    /// Every audit, in file order.
    let audits: [Field]
    /// Audits by `id` (the first of a repeated id).
    let auditsById: [String: Field]
    /// Audits by `type`, each in file order.
    let auditsByType: [String: [Field]]
    /// The dossier's own people with their ids, in file order.
    let persons: [(id: String, field: Field)]
    /// The same by `id` (the first of a repeated id), for a long list; a short one is scanned.
    let personsById: [String: Field]?

    init(root: Field) {
        audits = root["audits"].elements
        var byId: [String: Field] = [:]
        var byType: [String: [Field]] = [:]
        for audit in audits {
            if let id = audit["id"].string, byId[id] == nil { byId[id] = audit }
            if let type = audit["type"].string { byType[type, default: []].append(audit) }
        }
        auditsById = byId
        auditsByType = byType
        persons = root["personnel"].elements.compactMap { person in person["id"].string.map { ($0, person) } }
        if persons.count > 16 {
            var byPerson: [String: Field] = [:]
            for (id, person) in persons where byPerson[id] == nil { byPerson[id] = person }
            personsById = byPerson
        } else {
            personsById = nil
        }
    }

    /// The first person with `id`.
    func person(withId id: String) -> Field? {
        if let personsById { return personsById[id] }
        return persons.first { $0.id == id }?.field
    }
}
