import DossierSyntax

extension RepositoryRegistry {
    /// Reads the registry file (`schema: itsms-registry/1`) at `path` from `files`.
    public static func load(path: String, from files: FileSource) -> Result<RepositoryRegistry, ParseError> {
        guard let data = files.contents(path) else {
            return .failure(ParseError(.syntax, "cannot read the registry file", at: .start, file: path))
        }
        do {
            let document = try Document(path: path, data: data)
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
