import DossierLintKit
import DossierSyntax
import Foundation

/// The repository registry file (`schema: itsms-registry/1`).
enum Registry {
    /// Reads the registry's personnel, by id.
    static func load(path: String) -> Result<[String: Field], ParseError> {
        loadRegistry(path: path).map(\.personnelById)
    }

    /// Reads the whole registry, for the repository rules.
    static func loadRegistry(path: String) -> Result<RepositoryRegistry, ParseError> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ParseError(.syntax, "cannot read the registry file", at: .start, file: path))
        }
        do {
            let document = try Document(path: path, data: [UInt8](data))
            let root = Field(node: document.root, pointer: "", location: document.root.location)
            guard root["schema"].string == registrySchema else {
                return .failure(
                    document.source.locate(
                        ParseError(.syntax, "a registry needs `schema: \(registrySchema)`", at: root["schema"].location)
                    ))
            }
            return .success(RepositoryRegistry(path: path, root: root))
        } catch {
            return .failure(error)
        }
    }
}
