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
    let auditsById: TextKeyed<Field>
    /// Audits by `type`, each in file order.
    let auditsByType: TextKeyed<[Field]>
    /// The dossier's own people by `id` (the first of a repeated id).
    let personsById: TextKeyed<Field>

    init(root: Field) {
        audits = root["audits"].elements
        var byId = TextKeyed<Field>()
        var byType = TextKeyed<[Field]>()
        for audit in audits {
            if let id = audit["id"].string { byId.add(id, audit) }
            if let type = audit["type"].string {
                let (position, added) = byType.add(type, [audit])
                if !added { byType.update(at: position) { $0.append(audit) } }
            }
        }
        auditsById = byId
        auditsByType = byType
        var byPerson = TextKeyed<Field>()
        for person in root["personnel"].elements {
            if let id = person["id"].string { byPerson.add(id, person) }
        }
        personsById = byPerson
    }

    /// The first person with `id`.
    func person(withId id: String) -> Field? { personsById[id] }
}

/// Values by a text key, the first value of a key kept, in the order the keys came: a dossier's
/// audits by id and by type, its people by id.
///
/// A short list is scanned: two short texts compare in a few instructions, where hashing a
/// text costs some 200, and a dossier has a few audits of a few types. Past 16 keys the keys are
/// hashed, so that a dossier of thousands of audits or people is read in linear time.
private struct TextKeyed<Value: Sendable>: Sendable {
    /// The keys with their values, in the order they were added.
    private(set) var entries: [(key: String, value: Value)] = []
    /// The position of each key in `entries`, past `scanLimit` keys.
    private var positions: [String: Int]?
    /// The most keys found by a scan.
    private static var scanLimit: Int { 16 }

    /// The position of `key` in `entries`, or `nil`.
    func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        return entries.firstIndex { $0.key == key }
    }

    /// The value of `key`, or `nil`.
    subscript(key: String) -> Value? {
        position(of: key).map { entries[$0].value }
    }

    /// Adds `value` for `key` unless the key has one; the key's position, and whether it was added.
    @discardableResult
    mutating func add(_ key: String, _ value: Value) -> (position: Int, added: Bool) {
        if let position = position(of: key) { return (position, false) }
        entries.append((key, value))
        if positions != nil {
            positions![key] = entries.count - 1
        } else if entries.count > TextKeyed.scanLimit {
            var byKey = [String: Int](minimumCapacity: entries.count * 2)
            for (position, entry) in entries.enumerated() { byKey[entry.key] = position }
            positions = byKey
        }
        return (entries.count - 1, true)
    }

    /// Changes the value at `position`.
    mutating func update(at position: Int, _ change: (inout Value) -> Void) {
        change(&entries[position].value)
    }
}
