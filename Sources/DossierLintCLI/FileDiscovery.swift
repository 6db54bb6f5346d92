import DossierLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds dossier files under the paths given on the command line.
enum FileDiscovery {
    static let extensions: Set<String> = ["yaml", "yml", "json"]

    /// What the paths given expand to.
    struct Expansion {
        /// The inputs, each file once; a folder that cannot be listed is an
        /// input that fails (`InputFile.failure`), so the run reports it.
        var files: [InputFile]
        /// Paths given that do not exist.
        var missing: [String]
        /// Warnings about the walk (`path: warning: …`), one line each without
        /// its line end: links to a folder that contains them, not followed.
        var warnings: [String]
    }

    /// Expands files and folders (recursively, sorted, hidden entries and
    /// `.build` folders skipped). Missing paths are reported as errors. A
    /// link to a folder already visited is not followed (a loop is warned
    /// of); a file reached by several paths is checked once, under the first
    /// path in sorted order; a folder that cannot be listed is an unreadable input.
    static func expand(_ paths: [String], stdinName: String) -> Expansion {
        var expansion = Expansion(files: [], missing: [], warnings: [])
        var seenFiles = Set<FileIdentity>()
        for path in paths {
            if path == "-" {
                expansion.files.append(InputFile(displayPath: stdinName, readPath: nil, named: true))
                continue
            }
            guard let named = status(of: path, following: true) else {
                expansion.missing.append(path)
                continue
            }
            if !named.isDirectory {
                if seenFiles.insert(named.identity).inserted {
                    expansion.files.append(InputFile(displayPath: path, readPath: path, named: true))
                }
                continue
            }
            var walk = Walk()
            walk.visit(path, identity: named.identity)
            var inputs: [InputFile] = []
            for file in walk.found.sorted(by: { $0.path < $1.path }) where seenFiles.insert(file.identity).inserted {
                inputs.append(InputFile(displayPath: file.path, readPath: file.path, named: false))
            }
            for (folder, reason) in walk.unreadable {
                inputs.append(
                    InputFile(
                        displayPath: folder, readPath: folder, named: false,
                        failure: "cannot read the folder: \(reason)"))
            }
            expansion.files += inputs.sorted { $0.displayPath < $1.displayPath }
            expansion.warnings += walk.warnings
        }
        var seen = Set<String>()
        expansion.files = expansion.files.filter { seen.insert($0.displayPath).inserted }
        return expansion
    }

    /// `registry.yaml` or `registry.json` at the root of `folder`, if present.
    static func registryPath(in folder: String) -> String? {
        for name in ["registry.yaml", "registry.json"] {
            let candidate = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            if FileSystem.exists(candidate) { return candidate }
        }
        return nil
    }

    /// Why the file at `path` cannot be read, in the system's words
    /// (`strerror`: "Permission denied"), or `nil` if it can be opened.
    static func readFailure(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor < 0 else {
            close(descriptor)
            return nil
        }
        return String(cString: strerror(errno))
    }

    /// A file or folder by device and inode: the same one, whatever the path.
    struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// What `stat` (or `lstat`) says of a path, `nil` when it does not exist.
    struct Status {
        var identity: FileIdentity
        var isDirectory: Bool
        var isLink: Bool
    }

    static func status(of path: String, following: Bool) -> Status? {
        var buffer = stat()
        guard (following ? stat(path, &buffer) : lstat(path, &buffer)) == 0 else { return nil }
        return Status(buffer)
    }

    /// `status(of:following:)` of the entry `name` of the open folder `folder` (`fstatat`): the
    /// system looks up one name, not every folder of a path again.
    static func status(of name: String, in folder: Int32, following: Bool) -> Status? {
        var buffer = stat()
        guard fstatat(folder, name, &buffer, following ? 0 : AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return Status(buffer)
    }

    /// One folder's walk: real folders are always entered, links to folders
    /// only when the folder was not visited yet.
    private struct Walk {
        var found: [(path: String, identity: FileIdentity)] = []
        var unreadable: [(path: String, reason: String)] = []
        var warnings: [String] = []
        private var visited = Set<FileIdentity>()
        private var ancestors: [FileIdentity: String] = [:]

        mutating func visit(_ directory: String, identity: FileIdentity) {
            visited.insert(identity)
            ancestors[identity] = directory
            defer { ancestors[identity] = nil }
            let entries: [String]
            switch FileDiscovery.entries(of: directory) {
            case .success(let names): entries = names
            case .failure(let reason):
                unreadable.append((directory, reason.description))
                return
            }
            // Every entry's status first, by its name in the folder held open, which is closed
            // before the walk goes down: a deep tree holds one folder open at a time.
            let names = entries.sorted().filter { !$0.hasPrefix(".") }
            let paths = names.map { directory.hasSuffix("/") ? directory + $0 : directory + "/" + $0 }
            let folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            func status(_ index: Int, following: Bool) -> Status? {
                folder >= 0
                    ? FileDiscovery.status(of: names[index], in: folder, following: following)
                    : FileDiscovery.status(of: paths[index], following: following)
            }
            let statuses = names.indices.map { index -> (own: Status?, target: Status?) in
                let own = status(index, following: false)
                guard let link = own, link.isLink else { return (own, own) }
                return (link, status(index, following: true))
            }
            if folder >= 0 { close(folder) }
            for (index, entry) in names.enumerated() {
                let path = paths[index]
                let status = statuses[index]
                guard let own = status.own else { continue }
                // A link is judged by what it points to; a dangling link is skipped.
                guard let target = status.target else { continue }
                if target.isDirectory {
                    if let ancestor = ancestors[target.identity] {
                        warnings.append(
                            "\(path): warning: not following this link: it leads back to \(ancestor), a loop")
                        continue
                    }
                    if own.isLink && visited.contains(target.identity) { continue }
                    visit(path, identity: target.identity)
                } else if let dot = entry.lastIndex(of: "."),
                    FileDiscovery.extensions.contains(String(entry[entry.index(after: dot)...]).lowercased())
                {
                    found.append((path, target.identity))
                }
            }
        }
    }

    /// Every entry below `folder` (hidden ones too) as a path relative to it, a
    /// folder before its entries: real folders are entered, links are not
    /// followed, a folder that cannot be listed is passed over.
    static func subpaths(of folder: String) -> [String] {
        var found: [String] = []
        func walk(_ relative: String) {
            guard case .success(let names) = entries(of: relative.isEmpty ? folder : folder + "/" + relative) else {
                return
            }
            for name in names {
                let entry = relative.isEmpty ? name : relative + "/" + name
                found.append(entry)
                if status(of: folder + "/" + entry, following: false)?.isDirectory == true { walk(entry) }
            }
        }
        walk("")
        return found
    }

    /// Where `d_name` sits in a `dirent`.
    private static let direntNameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    /// The names in a folder, or why it cannot be listed (`strerror`).
    private static func entries(of directory: String) -> Result<[String], ReasonText> {
        guard let stream = opendir(directory) else { return .failure(ReasonText(String(cString: strerror(errno)))) }
        defer { closedir(stream) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                if errno != 0 { return .failure(ReasonText(String(cString: strerror(errno)))) }
                return .success(names)
            }
            // The name is read where it lies, up to its NUL. `entry.pointee.d_name` would copy
            // the whole 256-byte array, but a record `readdir` returns is only as long as its
            // name: near the end of the system's buffer the copy read past it, and a folder of
            // 10,000 files crashed about one run in twelve.
            let name = String(
                cString: UnsafeRawPointer(entry).advanced(by: direntNameOffset).assumingMemoryBound(to: CChar.self))
            if name != "." && name != ".." { names.append(name) }
        }
    }
}

/// A system error in words, as a `Result` failure.
private struct ReasonText: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension FileDiscovery.Status {
    /// What `buffer` says.
    fileprivate init(_ buffer: stat) {
        let type = buffer.st_mode & S_IFMT
        self.init(
            identity: FileDiscovery.FileIdentity(
                device: UInt64(truncatingIfNeeded: buffer.st_dev), inode: UInt64(truncatingIfNeeded: buffer.st_ino)),
            isDirectory: type == S_IFDIR, isLink: type == S_IFLNK)
    }
}
