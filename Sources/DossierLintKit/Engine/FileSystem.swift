#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few calls on the file system and the process that the Kit and the
/// command line make, on the C library: Foundation's `FileManager` and
/// `ProcessInfo` without Foundation, so the binary does not link it.
package enum FileSystem {
    /// The bytes of the file at `path`, or `nil` when it cannot be opened or
    /// read (it does not exist, permission is denied, it is a folder).
    package static func contents(atPath path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expected)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: buffer[0..<count])
        }
    }

    /// Whether a file or folder exists at `path` (a link: whether what it points to exists).
    package static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The process's current folder (absolute), or the empty text when it cannot be told.
    package static var currentDirectory: String {
        guard let path = getcwd(nil, 0) else { return "" }
        defer { free(path) }
        return String(cString: path)
    }

    /// The process's environment variables (the last of a name given twice, as `ProcessInfo` reads them).
    package static var environment: [String: String] {
        var variables: [String: String] = [:]
        #if canImport(Darwin)
            var entry = _NSGetEnviron().pointee!  // Darwin does not declare `environ`
        #else
            var entry = environ
        #endif
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") {
                variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            entry += 1
        }
        return variables
    }

    /// 32 random hexadecimal digits, for names of temporary files.
    package static func randomName() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let text = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }.joined()
    }
}
