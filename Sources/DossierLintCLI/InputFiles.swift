import DossierLintKit
import DossierSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The files a run reads — dossiers, registry, configurations, baselines —
/// so that no report is ever written over one of them.
final class InputFiles: @unchecked Sendable {
    private let lock = Lock()
    private var paths: [String] = []

    /// Records `path` (as the run reads it) as an input.
    func add(_ path: String?) {
        guard let path else { return }
        lock.lock()
        paths.append(path)
        lock.unlock()
    }

    /// Records the dossiers found and the configuration each would read: the nearest
    /// `.dossierlint.*` in its folder or above (paths relative to `currentDirectory`).
    func add(_ inputs: [InputFile], currentDirectory: String) {
        var visited = Set<String>()
        let folders = ConfigurationLocator(currentDirectory: currentDirectory)
        for input in inputs {
            guard let path = input.readPath else { continue }
            add(path)
            var folder = folders.absoluteFolder(ofFile: path)
            while visited.insert(folder).inserted {
                let found = Configuration.fileNames.map { folder == "/" ? "/" + $0 : folder + "/" + $0 }
                    .filter { FileSystem.exists($0) }
                found.forEach(add)
                if !found.isEmpty || folder == "/" { break }
                folder = AtomicWriter.folder(of: folder)
            }
        }
    }

    /// `source`, recording every file it reads.
    func recording(_ source: FileSource) -> FileSource {
        FileSource(
            contents: { [self] path in
                let contents = source.contents(path)
                if contents != nil { add(path) }
                return contents
            },
            read: { [self] path, limit in
                let read = source.read(path, limit)
                if case .failed = read {} else { add(path) }
                return read
            }, standardInput: source.standardInput, failureReason: source.failureReason)
    }

    /// The input that writing `output` would replace: the same file (device and inode,
    /// so also through a hard or symbolic link), or the same path once links are resolved.
    ///
    /// An audit has tens of thousands of inputs and three outputs: an input's device and inode
    /// are asked for once, and only when the output exists; its folder's links are resolved only
    /// when its name is the output's (a path with its folder resolved keeps its last component,
    /// so two paths whose names differ never resolve to the same path).
    func input(replacedBy output: String) -> String? {
        let target = (try? AtomicWriter.resolvingLinks(output)) ?? output
        let outputIdentity = Self.identity(target)
        let outputPath = Self.resolved(target)
        let outputName = AtomicWriter.name(of: target)
        lock.lock()
        let paths = paths
        lock.unlock()
        let asciiName = outputName.isASCII ? Array(outputName.utf8) : nil
        return paths.first { input in
            if let outputIdentity, let identity = knownIdentity(input), identity == outputIdentity { return true }
            if let asciiName, input.isASCII, !Self.hasLastComponent(asciiName, input) { return false }
            return AtomicWriter.name(of: input) == outputName && Self.resolved(input) == outputPath
        }
    }

    /// Whether the last component of the ASCII `path` is `name` (ASCII): for ASCII texts,
    /// characters are bytes, so this is `AtomicWriter.name(of: path) == name` without making
    /// the name, tens of thousands of times for an audit's inputs.
    private static func hasLastComponent(_ name: [UInt8], _ path: String) -> Bool {
        let bytes = path.utf8
        guard bytes.count >= name.count else { return false }
        guard bytes.suffix(name.count).elementsEqual(name) else { return false }
        let rest = bytes.count - name.count
        return rest == 0 || bytes[bytes.index(bytes.startIndex, offsetBy: rest - 1)] == UInt8(ascii: "/")
    }

    /// Device and inode of the input at `path`, asked of the system once per path.
    private var identities: [String: [UInt64]?] = [:]

    private func knownIdentity(_ path: String) -> [UInt64]? {
        lock.lock()
        let known = identities[path]
        lock.unlock()
        if let known { return known }
        let identity = Self.identity(path)
        lock.lock()
        identities[path] = identity
        lock.unlock()
        return identity
    }

    /// Device and inode of the file at `path` (links followed), if it exists.
    private static func identity(_ path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }

    /// `path` with its folder's links resolved (`realpath`), the last component kept.
    private static func resolved(_ path: String) -> String {
        let folder = AtomicWriter.folder(of: path)
        guard let real = realpath(folder, nil) else { return path }
        defer { free(real) }
        return String(cString: real) + "/" + AtomicWriter.name(of: path)
    }
}

extension CommandEnvironment {
    /// Refuses, with a message naming both paths, an output that would replace an input.
    /// `option` names where the output path comes from (`--output`, `--write-baseline`).
    func refusesOverwriting(_ outputs: [(option: String, path: String)], inputs: InputFiles) -> Bool {
        for (option, path) in outputs {
            if let input = inputs.input(replacedBy: path) {
                writeError(
                    "dossierlint: error: \(option) \(path) would replace the input file \(input); nothing was written\n"
                )
                return true
            }
        }
        return false
    }
}
