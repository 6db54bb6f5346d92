import DossierSyntax

/// The schema line that marks a file as a dossier.
public let dossierSchema = "itsms-dossier/1"
/// The schema line that marks a file as a repository registry.
public let registrySchema = "itsms-registry/1"

/// A typed, read-only view of one dossier file.
public struct Dossier: Sendable {
    /// The parsed file.
    public let document: Document
    /// The whole tree as a field (pointer "").
    public let root: Field
    /// People from the repository registry, if one was given, by id.
    public let registryPersonnel: [String: Field]

    /// Wraps a parsed document.
    public init(document: Document, registryPersonnel: [String: Field] = [:]) {
        self.document = document
        self.root = Field(node: document.root, pointer: "", location: document.root.location)
        self.registryPersonnel = registryPersonnel
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
    public var audits: [Field] { root["audits"].elements }

    /// The audits of one type (`stage1`, `stage2`, `surveillance`, ...).
    public func audits(ofType type: String) -> [Field] {
        audits.filter { $0["type"].string == type }
    }

    /// The audit with `id`.
    public func audit(withId id: String) -> Field? {
        audits.first { $0["id"].string == id }
    }

    /// The person with `id`: from the dossier's own `personnel`, else the registry.
    public func person(withId id: String) -> Field? {
        if let own = root["personnel"].elements.first(where: { $0["id"].string == id }) { return own }
        return registryPersonnel[id]
    }
}
