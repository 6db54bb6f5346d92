import DossierSyntax

/// Which registry applies to which file when a folder is checked: the
/// registry given with `--registry`, else the nearest `registry.yaml` /
/// `registry.json` in the file's folder or above it (up to the folder
/// checked), so a folder holding several repositories checks each with its own.
public struct RegistryAssignment: Sendable {
    /// A registry found, with the folder it governs (with a trailing `/`; empty for every file).
    public typealias Entry = (folder: String, registry: RepositoryRegistry, personnel: [String: Field])

    /// The registries found, longest folder first.
    public private(set) var registries: [Entry] = []
    /// Registries that could not be loaded.
    public private(set) var errors: [ParseError] = []

    /// Finds the registries: `rootRegistry` for every file when `explicit`,
    /// else the root registry of a folder given and any nested `registry.yaml`
    /// / `.json` among `inputs`, each for its folder.
    public init(inputs: [InputFile], rootRegistry: String?, explicit: Bool, files: FileSource) {
        var paths: [String] = []
        if let rootRegistry { paths.append(rootRegistry) }
        if !explicit {
            for input in inputs where input.readPath != nil {
                let name = PathText.lastComponent(of: input.displayPath)
                if ["registry.yaml", "registry.json"].contains(name), !paths.contains(input.displayPath) {
                    paths.append(input.displayPath)
                }
            }
        }
        for path in paths {
            switch RepositoryRegistry.load(path: path, from: files) {
            case .success(let registry):
                let folder = explicit ? "" : PathText.deletingLastComponent(of: path)
                registries.append(
                    (folder.isEmpty || folder.hasSuffix("/") ? folder : folder + "/", registry, registry.personnelById))
            case .failure(let error): errors.append(error)
            }
        }
        registries.sort { $0.folder.count > $1.folder.count }
    }

    /// The registry that applies to the file at `path`, if any.
    public func registry(for path: String) -> RepositoryRegistry? { entry(for: path)?.registry }

    /// The people of the registry that applies to the file at `path`.
    public func personnel(for path: String) -> [String: Field]? { entry(for: path)?.personnel }

    private func entry(for path: String) -> Entry? {
        registries.first { $0.folder.isEmpty || path.hasPrefix($0.folder) }
    }
}
