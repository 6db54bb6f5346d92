import DossierLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads files and standard input without ever holding more than the limit plus
/// one byte: a regular file's size is asked of the file system first, and a
/// larger file is refused unread; a pipe or a device is read in chunks and
/// refused as soon as it passes the limit.
enum BoundedReader {
    /// The size of each read.
    static let chunk = 1 << 16

    /// The file at `path`, if it has at most `limit` bytes.
    static func read(path: String, limit: Int) -> BoundedRead {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failed(reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failed(reason: String(cString: strerror(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failed(reason: "Is a directory") }
        let regular = (info.st_mode & S_IFMT) == S_IFREG
        if regular && Int(info.st_size) > limit { return .tooLarge(size: Int(info.st_size)) }
        var bytes: [UInt8] = []
        switch read(descriptor: descriptor, limit: limit, into: &bytes, expected: regular ? Int(info.st_size) : 0) {
        case .some(let reason): return .failed(reason: reason)
        case .none: return bytes.count > limit ? .tooLarge(size: nil) : .bytes(bytes)
        }
    }

    /// At most `limit` bytes of the open `descriptor` (standard input is 0).
    static func read(descriptor: Int32, limit: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        _ = read(descriptor: descriptor, limit: limit, into: &bytes, expected: 0)
        return bytes
    }

    /// Reads into `bytes` until the end or one byte past `limit`; the error's words if one occurred.
    private static func read(descriptor: Int32, limit: Int, into bytes: inout [UInt8], expected: Int) -> String? {
        bytes.reserveCapacity(min(limit + 1, max(expected, chunk)))
        // Not zeroed: the system writes what is read, and only that is copied. (Zeroing 64 KiB
        // cost more than reading and parsing a small dossier's first tenth.)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 1)
        defer { buffer.deallocate() }
        while bytes.count <= limit {
            let wanted = min(chunk, limit + 1 - bytes.count)
            let count = systemRead(descriptor, buffer.baseAddress, wanted)
            if count < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
        return nil
    }

    /// The C library's `read`.
    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            return Glibc.read(descriptor, buffer, count)
        #else
            return Darwin.read(descriptor, buffer, count)
        #endif
    }
}
