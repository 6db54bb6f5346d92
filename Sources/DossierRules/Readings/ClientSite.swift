import DossierLintKit

/// One site of the client (`client.sites[]`), its keys read once (the site rules look
/// at every site of a list that can hold tens of thousands).
struct ClientSite {
    /// The site's entry.
    let field: Field
    /// The site id.
    let id: String?
    /// `central`, `permanent`, `temporary` or `service_point`.
    let kind: String?
    /// The group of similar sites, if the site is similar to others (5.4.3.2).
    let similarGroup: String?

    /// Reads the site of `field`: its three keys straight from the node, as `Field.string`
    /// reads them (text of any scalar, `nil` when absent or null), without making a field
    /// for each (a site list can be tens of thousands long).
    init(field: Field) {
        self.field = field
        func text(_ key: String) -> String? {
            guard let value = field.node?.entry(forKey: key)?.value, !value.isNull else { return nil }
            return value.scalarText
        }
        id = text("id")
        kind = text("kind")
        similarGroup = text("similar_group")
    }
    /// The central function (中心职能部门).
    var isCentral: Bool { kind == "central" }
    /// A service point (服务点).
    var isServicePoint: Bool { kind == "service_point" }
    /// The site's own effective headcount (`effective_personnel`), for 5.4.3.4.
    var effectivePersonnel: Field { field["effective_personnel"] }
}

extension Dossier {
    /// The client's sites, in file order (read once per dossier).
    var clientSites: [ClientSite] { reading(ClientSites.self) }
}

/// The client's sites, in file order: a reading shared by the site rules.
enum ClientSites: DossierReading {
    static func read(_ dossier: Dossier) -> [ClientSite] {
        dossier.root["client"]["sites"].elements.map(ClientSite.init)
    }
}
