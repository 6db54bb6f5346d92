import DossierSyntax

/// Finds the configuration of each checked file: the nearest
/// `.dossierlint.yml` (or `.yaml`, `.json`) in the file's folder or a folder
/// above it. Only the nearest applies (configurations are not merged), so a
/// folder's configuration is complete in itself. Files are read once per folder.
public final class ConfigurationLocator: @unchecked Sendable {
    /// The absolute folder relative paths start from.
    public let currentDirectory: String
    private var byFolder: [String: Configuration?] = [:]
    /// The absolute folders of files, by the folder part of their paths as given (`absoluteFolder`).
    private var absoluteFolders: [String: String] = [:]
    private let lock = Lock()

    /// Creates a locator.
    public init(currentDirectory: String) {
        self.currentDirectory = currentDirectory
    }

    /// The configuration that applies to the file at `path` (relative to the
    /// current folder, or absolute), or `nil` when there is none.
    public func configuration(forFile path: String) throws(ConfigurationError) -> Configuration? {
        try configuration(forFolder: absoluteFolder(ofFile: path))
    }

    /// The absolute folder of the file at `path` (relative to the current folder, or absolute):
    /// `parent(of: absolute(path, from: currentDirectory))`, with the folder part of each path
    /// made absolute once, not once per file (a run of 10,000 files asks for a few folders).
    public func absoluteFolder(ofFile path: String) -> String {
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let name = slash.map { path[path.utf8.index(after: $0)...] } ?? Substring(path)
        // The folder part alone is made absolute when the name is a name: an ASCII path (whose
        // characters are its bytes) whose last part is neither empty nor `.` or `..`.
        guard path.isASCII, !name.isEmpty, name != ".", name != ".." else {
            return Self.parent(of: Self.absolute(path, from: currentDirectory))
        }
        let folderPart = slash.map { String(path[...$0]) } ?? ""
        lock.lock()
        if let known = absoluteFolders[folderPart] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let folder = Self.parent(of: Self.absolute(folderPart + "x", from: currentDirectory))
        lock.lock()
        absoluteFolders[folderPart] = folder
        lock.unlock()
        return folder
    }

    /// The configuration that applies in the absolute folder `folder`, or `nil`.
    public func configuration(forFolder folder: String) throws(ConfigurationError) -> Configuration? {
        lock.lock()
        if let cached = byFolder[folder] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let found = Configuration.fileNames.map { Self.join(folder, $0) }.filter {
            FileSystem.exists($0)
        }
        let result: Configuration?
        if found.count > 1 {
            throw .ambiguous(folder: displayPath(folder), files: found.map { PathText.lastComponent(of: $0) })
        } else if let file = found.first {
            result = try Self.load(absolutePath: file, displayPath: displayPath(file))
        } else if folder == "/" || folder.isEmpty {
            result = nil
        } else {
            result = try configuration(forFolder: Self.parent(of: folder))
        }
        lock.lock()
        byFolder[folder] = result
        lock.unlock()
        return result
    }

    /// Reads the configuration file named on the command line (`--config FILE`).
    public func load(path: String) throws(ConfigurationError) -> Configuration {
        try Self.load(absolutePath: Self.absolute(path, from: currentDirectory), displayPath: path)
    }

    static func load(absolutePath: String, displayPath: String) throws(ConfigurationError) -> Configuration {
        guard let data = FileSystem.contents(atPath: absolutePath) else {
            throw .unreadable(path: displayPath)
        }
        return try ConfigurationReader.read(path: displayPath, data: [UInt8](data), directory: parent(of: absolutePath))
    }

    /// `path` relative to the current folder when it lies below it, else absolute.
    public func displayPath(_ absolute: String) -> String {
        if absolute == currentDirectory { return "." }
        let prefix = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }

    /// `path` made absolute against `directory`, with `.` and `..` segments resolved (links are not followed).
    public static func absolute(_ path: String, from directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : join(directory, path)
        if joined.isASCII { return asciiAbsolute(joined) }
        return absoluteByCharacter(joined)
    }

    /// `absolute(_:from:)` of a joined path, character by character.
    static func absoluteByCharacter(_ joined: String) -> String {
        var segments: [Substring] = []
        for segment in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." {
                if !segments.isEmpty { segments.removeLast() }
                continue
            }
            segments.append(segment)
        }
        return "/" + segments.joined(separator: "/")
    }

    /// `absolute(_:from:)` of an ASCII joined path, byte by byte: its characters are its bytes.
    /// An audit makes every input path absolute, tens of thousands of them, before it starts.
    static func asciiAbsolute(_ joined: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(joined.utf8.count + 1)
        var starts: [Int] = []  // where each kept segment starts in `output`, at its "/"
        var segment: [UInt8] = []
        func end() {
            defer { segment.removeAll(keepingCapacity: true) }
            let dots = segment.allSatisfy { $0 == UInt8(ascii: ".") } ? segment.count : 0
            if segment.isEmpty || dots == 1 { return }
            if dots == 2 {
                if let start = starts.popLast() { output.removeSubrange(start...) }
                return
            }
            starts.append(output.count)
            output.append(UInt8(ascii: "/"))
            output.append(contentsOf: segment)
        }
        for byte in joined.utf8 {
            if byte == UInt8(ascii: "/") { end() } else { segment.append(byte) }
        }
        end()
        return output.isEmpty ? "/" : String(decoding: output, as: UTF8.self)
    }

    /// `path` relative to the absolute folder `base` (with `..` where needed).
    public static func relative(_ path: String, to base: String) -> String {
        let target = path.split(separator: "/")
        let from = base.split(separator: "/")
        var common = 0
        while common < target.count && common < from.count && target[common] == from[common] { common += 1 }
        let up = Array(repeating: "..", count: from.count - common)
        return (up + target[common...].map(String.init)).joined(separator: "/")
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let parent = String(path[..<slash])
        return parent.isEmpty ? "/" : parent
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
