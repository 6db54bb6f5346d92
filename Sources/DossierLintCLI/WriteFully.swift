#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes all of `text` to the file `descriptor`, again after an interrupted or short
/// write: `nil` when everything was written, else the `errno` of the failure.
func writeFully(_ text: String, to descriptor: Int32) -> Int32? {
    var text = text
    return text.withUTF8 { bytes in  // the string's own storage: no copy
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
}

/// What became of a copy between two files (`copyFully`).
enum CopyOutcome: Equatable {
    /// Every byte was copied.
    case copied
    /// Nothing was copied: the system cannot copy to this output (then write the bytes).
    case unsupported
    /// The copy failed part way, with this `errno`.
    case failed(Int32)
}

/// Copies `length` bytes of the open file `source`, from `offset`, to the file `descriptor`
/// at its current position, inside the kernel (`sendfile`), again after an interrupted or
/// short copy. `source`'s own position is left as it was.
func copyFully(from source: Int32, offset: Int, length: Int, to descriptor: Int32) -> CopyOutcome {
    #if canImport(Glibc)
        var position = off_t(offset)
        let end = off_t(offset + length)
        while position < end {
            // At most 1 GiB at a time: Linux copies at most some 2 GiB per call.
            let copied = sendfile(descriptor, source, &position, min(Int(end - position), 1 << 30))
            if copied < 0 {
                if errno == EINTR { continue }
                // Nothing copied yet, and an output sendfile cannot write to: write instead.
                if position == off_t(offset) && (errno == EINVAL || errno == ENOSYS) { return .unsupported }
                return .failed(errno)
            }
            if copied == 0 { return .failed(EIO) }  // the file is shorter than it was
        }
        return .copied
    #else
        return .unsupported
    #endif
}
