import DossierLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file that could not be written, with the operating system's reason in words.
struct WriteError: Error, CustomStringConvertible {
    /// The path as the command line gave it.
    var path: String
    /// The operating system's reason (`strerror`), e.g. "Permission denied".
    var reason: String
    /// The operating system's error number (`EEXIST` …).
    var code: Int32

    /// The failure of the last system call on `path`, from `errno`.
    init(_ path: String, errno code: Int32 = errno) {
        self.path = path
        self.reason = String(cString: strerror(code))
        self.code = code
    }

    var description: String { "cannot write \(path): \(reason)" }
}

/// Writes a file whole or not at all: a temporary file beside it, then a rename.
/// Through a symbolic link, the link's target is replaced and the link stays.
enum AtomicWriter {
    /// Writes `text` to `path` (or to the file `path` links to).
    static func write(_ text: String, to path: String) throws(WriteError) {
        try write(to: path) { write in write(text) }
    }

    /// Writes to `path` (or to the file `path` links to) the pieces `produce` hands to its
    /// argument, in order, as they come: a large report is never held whole; the file
    /// appears only once every piece is written (`AtomicFile`).
    static func write(to path: String, _ produce: ((String) -> Void) -> Void) throws(WriteError) {
        let file = try AtomicFile(path)
        produce { file.write($0) }
        try file.commit()
    }

    static func create(_ text: String, at path: String) throws(WriteError) {
        let temporary = folder(of: path) + "/.\(name(of: path)).\(FileSystem.randomName()).tmp"
        try writeNew(text, to: temporary, path: path)
        defer { unlink(temporary) }
        if link(temporary, path) == 0 { return }
        let code = errno
        guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EXDEV else {
            throw WriteError(path, errno: code)
        }
        try writeNew(text, to: path, path: path)
    }

    /// Writes `text` to the file `target`, which must not exist (`O_EXCL`), and syncs it; removes
    /// it again when that fails. Errors name `path`.
    private static func writeNew(_ text: String, to target: String, path: String) throws(WriteError) {
        let descriptor = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o666)
        guard descriptor >= 0 else { throw WriteError(path) }
        var failure = writeFully(text, to: descriptor)
        if failure == nil && fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == nil { failure = errno }
        if let failure {
            unlink(target)
            throw WriteError(path, errno: failure)
        }
    }

    /// Creates the folder `path` and the folders above it that are missing.
    static func createFolder(_ path: String) throws(WriteError) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for segment in path.split(separator: "/") {
            prefix += "/" + segment
            if mkdir(prefix, 0o777) == 0 { continue }
            let code = errno
            var info = stat()
            guard stat(prefix, &info) == 0 else { throw WriteError(path, errno: code) }
            guard info.st_mode & S_IFMT == S_IFDIR else { throw WriteError(path, errno: ENOTDIR) }
        }
    }

    /// The file `path` names once symbolic links are followed (the last one may not exist yet).
    static func resolvingLinks(_ path: String) throws(WriteError) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { throw WriteError(path) }
            let destination = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/") ? destination : folder(of: current) + "/" + destination
        }
        throw WriteError(path, errno: ELOOP)
    }

    /// The folder part of `path` (`.` when there is none).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of `path`.
    static func name(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }
}

/// A file being written whole or not at all: the pieces go to a temporary file in the
/// target's folder (through any symbolic links, which are kept), which `commit` renames
/// over the target once everything is written and synced; `discard` removes it.
final class AtomicFile: @unchecked Sendable {  // used by one thread at a time
    private let path: String
    private let target: String
    private let temporary: String
    private var descriptor: Int32
    private var failure: Int32?
    /// Whether the temporary file is still there (not renamed, not removed).
    private var pending = true

    /// Opens a temporary file for `path`, with the mode of the file it replaces.
    init(_ path: String) throws(WriteError) {
        self.path = path
        target = try AtomicWriter.resolvingLinks(path)
        temporary =
            AtomicWriter.folder(of: target) + "/.\(AtomicWriter.name(of: target)).\(FileSystem.randomName()).tmp"
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw WriteError(path) }
        var existing = stat()
        if stat(target, &existing) == 0 { _ = fchmod(descriptor, existing.st_mode & 0o7777) }
    }

    deinit { discard() }

    /// Appends `piece`; a write error is kept for `commit` to report.
    func write(_ piece: String) {
        guard failure == nil, descriptor >= 0 else { return }
        failure = writeFully(piece, to: descriptor)
    }

    /// Appends `length` bytes of the open file `source` from `offset` (`copyFully`); `false`,
    /// having appended nothing, when they cannot be copied so. A failure is kept for `commit`.
    func copy(from source: Int32, offset: Int, length: Int) -> Bool {
        guard failure == nil, descriptor >= 0 else { return true }
        switch copyFully(from: source, offset: offset, length: length, to: descriptor) {
        case .copied: return true
        case .unsupported: return false
        case .failed(let error):
            failure = error
            return true
        }
    }

    /// Syncs the written file to the disk and closes it (once); throws what failed, in writing
    /// or now. Files written on several threads are synced each on its own, at once, before
    /// any is committed.
    func sync() throws(WriteError) {
        if descriptor >= 0 {
            if failure == nil && fsync(descriptor) != 0 { failure = errno }
            if close(descriptor) != 0 && failure == nil { failure = errno }
            descriptor = -1
        }
        if let failure { throw WriteError(path, errno: failure) }
    }

    /// Syncs the file, if not done, and renames it over the target; on a failure the temporary
    /// file is removed.
    func commit() throws(WriteError) {
        guard pending else { return }
        do throws(WriteError) {
            try sync()
            if rename(temporary, target) != 0 { throw WriteError(path, errno: errno) }
            pending = false
        } catch {
            discard()
            throw error
        }
    }

    /// Removes the temporary file, leaving the target as it was.
    func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        guard pending else { return }
        pending = false
        unlink(temporary)
    }
}
