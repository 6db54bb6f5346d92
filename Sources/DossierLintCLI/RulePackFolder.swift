import DossierLintKit
import DossierRules
import DossierSyntax

/// The rule packs of `--rules DIR`, shared by `check` and `config`.
enum RulePackFolder {
    /// The compiled-in packs, with the files of `folder` (laid out as `Rules/`)
    /// added, a file of the same relative path replacing the compiled-in one;
    /// `reading` hears of each file read (a run never writes over them).
    static func packs(adding folder: String?, reading: (String) -> Void = { _ in }) throws(ParseError) -> [RulePack] {
        guard let folder else { return try BuiltInRules.packs.get() }
        guard FileDiscovery.status(of: folder, following: true)?.isDirectory == true else {
            throw ParseError(.syntax, "--rules: no such folder", at: .start, file: folder)
        }
        var files: [String: String] = [:]
        for (path, text) in BuiltInRules.files { files[path] = text }
        let root = ConfigurationLocator.absolute(folder, from: FileSystem.currentDirectory)
        for relative in FileDiscovery.subpaths(of: root) {
            guard relative.hasSuffix(".yaml"), !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            else { continue }
            let full = root + "/" + relative
            reading(full)
            guard let data = FileSystem.contents(atPath: full) else {
                throw ParseError(.syntax, "cannot read the file", at: .start, file: full)
            }
            let source = try SourceText(path: full, data: [UInt8](data))
            files[relative] = String(decoding: source.bytes, as: UTF8.self)
        }
        return try RulePackLoader.load(files: files.keys.sorted().map { ($0, files[$0]!) })
    }
}
