#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes one report file by file, in the order the files are given: the one way a
/// finding goes from a run to the output.
///
/// A format without a head (text, GitHub) has each file's part written at once. A
/// format whose beginning depends on the whole run (JSON lists the files before the
/// findings, JUnit's root carries the totals, SARIF lists the rules the results name)
/// has the parts held in a `Spool`, which keeps the first few megabytes in memory and
/// the rest in an unlinked temporary file, until `finish` writes the head, the parts
/// and the tail. Either way memory does not grow with the number of findings.
public struct ReportStream {
    /// Copies `length` bytes of the open file `descriptor`, from `offset`, to the output, after
    /// all that was written to it so far, without reading them into memory (`sendfile`).
    /// Returns `false`, having copied nothing, when the output cannot take a copy; the bytes
    /// are then written. A copy that fails part way is the output's failure, as a write's is.
    public typealias FileCopy = (_ descriptor: Int32, _ offset: Int, _ length: Int) -> Bool

    private var writer: any ReportWriter
    private let write: (String) -> Void
    private let copy: FileCopy?
    private var spool: Spool?
    /// What the report says before any file.
    public let header: ReportHeader
    /// The totals so far.
    public private(set) var summary = ReportSummary()
    /// Why the held parts could not be read back, if they could not; the output is then
    /// incomplete and the caller must not present it as a report.
    public private(set) var failure: String?

    /// A stream of `reporter`'s format to `write`; parts held in a file are handed to `copy`,
    /// when given and the format needs nothing more of them (JSON, JUnit), rather than read back.
    public init(
        reporter: any Reporter.Type, header: ReportHeader, options: ReportOptions,
        write: @escaping (String) -> Void, copy: FileCopy? = nil
    ) {
        self.init(
            reporter: reporter, header: header, options: options, spoolMemory: Spool.defaultMemoryLimit, write: write,
            copy: copy)
    }

    /// A stream whose held parts stay in memory up to `spoolMemory` bytes.
    init(
        reporter: any Reporter.Type, header: ReportHeader, options: ReportOptions, spoolMemory: Int,
        write: @escaping (String) -> Void, copy: FileCopy? = nil
    ) {
        self.header = header
        writer = reporter.writer(header: header, options: options)
        self.write = write
        self.copy = copy
        spool = writer.hasHead ? Spool(memoryLimit: spoolMemory, keepsParts: writer.resolvesParts) : nil
    }

    /// Adds the final report of the next file.
    public mutating func add(_ file: FileReport) {
        summary.add(file)
        if let spool, !writer.resolvesParts {
            // Held as they will be written: bytes, not a `String` that checks them again.
            let part = writer.partBytes(for: file)
            if !part.isEmpty { spool.append(bytes: part) }
            return
        }
        let part = writer.part(for: file)
        guard !part.isEmpty else { return }
        if let spool {
            spool.append(part)
        } else {
            write(part)
        }
    }

    /// Writes what remains, once every file was added.
    public mutating func finish(skippedFiles: Int) {
        summary.skippedFiles = skippedFiles
        let (head, tail) = writer.finish(summary)
        if !head.isEmpty { write(head) }
        if let spool {
            let writer = self.writer  // finished: it resolves the held parts
            let write = self.write
            failure = spool.replay(copy: copy) { write(writer.resolve($0)) }
        }
        if !tail.isEmpty { write(tail) }
    }
}

/// Why a spooled part could not be read back.
struct SpoolReadError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Parts of a report held until its head is known: in memory up to `memoryLimit`
/// bytes, then in a temporary file that is unlinked as soon as it is made (nothing is
/// left behind, even when the process is killed). Each part is kept whole, unless the
/// spool is told that only the parts' text in order matters (`keepsParts` false): then the
/// file holds the bytes alone, and is replayed in blocks of whole characters.
final class Spool {
    private var before: [String] = []  // the parts held in memory before the file was made
    private var memoryBytes = 0
    private let memoryLimit: Int
    private var descriptor: Int32 = -1
    private var fileBytes = 0  // the complete records in the file (pending ones included)
    /// For a spool without parts: the bytes appended to the file since it was last written,
    /// written in pieces of `pendingLimit` bytes, not one system call per part.
    private var pending: [UInt8] = []
    private var fileFailed = false
    private var after: [String] = []  // the parts after the file could not be made or written

    /// How much a spool holds in memory unless told: beyond it, the parts go to the file.
    static let defaultMemoryLimit = 4 << 20

    /// Whether the file keeps each part whole, with its length before it (else the bytes alone).
    private let keepsParts: Bool

    /// A spool holding up to `memoryLimit` bytes in memory; with `keepsParts` false, one whose
    /// file is replayed in blocks of whole characters rather than part by part (a JUnit report
    /// of 10,000 dossiers holds some 130 MB in some 10,000 parts).
    init(memoryLimit: Int, replayBlock: Int = Spool.replayBlock, keepsParts: Bool = true) {
        self.memoryLimit = memoryLimit
        self.replayBlock = replayBlock
        self.keepsParts = keepsParts
    }

    /// How much of the file `replay` reads at once.
    private let replayBlock: Int

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Where a part is held, to read it back alone (`read(_:)`).
    enum Place: Sendable {
        case memory(Int)
        case file(offset: Int, length: Int)
        case after(Int)
    }

    /// How many bytes a spool without parts gathers before it writes them to its file: a
    /// write of a few kilobytes to a new file costs the system several times more per byte.
    static let pendingLimit = 256 << 10

    /// Holds `part`, and says where (the places of a spool without parts are not for reading).
    @discardableResult
    func append(_ part: String) -> Place {
        if fileFailed {
            after.append(part)
            return .after(after.count - 1)
        }
        if descriptor < 0 {
            guard memoryBytes + part.utf8.count > memoryLimit else {
                before.append(part)
                memoryBytes += part.utf8.count
                return .memory(before.count - 1)
            }
            guard openFile() else {
                fileFailed = true  // no temporary file: keep everything in memory rather than lose it
                after.append(part)
                return .after(after.count - 1)
            }
        }
        var record = part
        let length = record.utf8.count
        if !keepsParts { return record.withUTF8 { hold(UnsafeRawBufferPointer($0)) } }
        let headerLength = 8  // the part's length, before it
        var header = UInt64(length).littleEndian
        let written =
            withUnsafeBytes(of: &header) { writeAll($0, at: fileBytes) }
            && record.withUTF8 { writeAll(UnsafeRawBufferPointer($0), at: fileBytes + headerLength) }
        guard written else {
            fileFailed = true  // a full disk: the rest in memory
            after.append(part)
            return .after(after.count - 1)
        }
        defer { fileBytes += headerLength + length }
        return .file(offset: fileBytes + headerLength, length: length)
    }

    /// Holds the UTF-8 bytes of a part (valid UTF-8): as `append(_:)`, without a `String` where
    /// the spool has no parts and its file is open.
    func append(bytes: [UInt8]) {
        guard !keepsParts, !fileFailed, descriptor >= 0 else {
            append(String(decoding: bytes, as: UTF8.self))
            return
        }
        bytes.withUnsafeBytes { _ = hold($0) }
    }

    /// Appends a part's bytes to the file of a spool without parts, through `pending`.
    private func hold(_ bytes: UnsafeRawBufferPointer) -> Place {
        if pending.isEmpty { pending.reserveCapacity(Spool.pendingLimit + bytes.count) }
        pending.append(contentsOf: bytes)
        let offset = fileBytes
        fileBytes += bytes.count
        if pending.count >= Spool.pendingLimit { writePending() }
        return .file(offset: offset, length: bytes.count)
    }

    /// Writes the pending bytes to the file; when they cannot be written (a full disk), they are
    /// held in memory, before the parts that come after them.
    private func writePending() {
        guard !pending.isEmpty else { return }
        let start = fileBytes - pending.count
        if !pending.withUnsafeBytes({ writeAll($0, at: start) }) {
            fileFailed = true
            after.insert(String(decoding: pending, as: UTF8.self), at: 0)
            fileBytes = start
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// The part held at `place`, or why the temporary file could not be read. Safe on
    /// several threads at once once nothing more is appended.
    func read(_ place: Place) -> Result<String, SpoolReadError> {
        switch place {
        case .memory(let index): return .success(before[index])
        case .after(let index): return .success(after[index])
        case .file(let offset, let length):
            var bytes = [UInt8](repeating: 0, count: length)
            guard readAll(into: &bytes, at: offset) else {
                return .failure(SpoolReadError(String(cString: strerror(errno))))
            }
            return .success(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Hands every part to `body` in the order given; returns why the temporary file
    /// could not be read back, if it could not. A spool without parts hands its file to `copy`
    /// first, when given: `body` then gets only what is held in memory.
    func replay(copy: ReportStream.FileCopy? = nil, _ body: (String) -> Void) -> String? {
        for part in before { body(part) }
        guard keepsParts else {
            writePending()
            let copied = fileBytes > 0 && copy?(descriptor, 0, fileBytes) == true
            if !copied, let failure = replayBytes(body) { return failure }
            for part in after { body(part) }
            return nil
        }
        // The file is read in blocks of several parts (one read of 4 MB, not two small reads and
        // a zeroed array per part): SARIF holds some 80 MB here for 10,000 dossiers, resolved
        // on one thread at the end of the run.
        var block: [UInt8] = []
        var blockStart = 0  // the file offset of block[0]
        /// Makes `block` hold the file's bytes `start ..< start + count`; the bytes' place in it.
        func load(_ start: Int, _ count: Int) -> Range<Int>? {
            if start >= blockStart && start + count <= blockStart + block.count {
                return (start - blockStart)..<(start - blockStart + count)
            }
            let size = min(max(count, replayBlock), fileBytes - start)
            guard size >= count else {
                errno = EIO
                return nil
            }
            if block.count != size { block = [UInt8](repeating: 0, count: size) }
            guard readAll(into: &block, at: start) else { return nil }
            blockStart = start
            return 0..<count
        }
        var offset = 0
        while offset < fileBytes {
            guard let header = load(offset, 8) else { return String(cString: strerror(errno)) }
            let length = block[header].withUnsafeBytes {
                Int(UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)))
            }
            guard let range = load(offset + 8, length) else { return String(cString: strerror(errno)) }
            body(String(decoding: block[range], as: UTF8.self))
            offset += 8 + length
        }
        for part in after { body(part) }
        return nil
    }

    /// Hands the bytes of a file without parts to `body` in blocks of up to `replayBlock` bytes
    /// (at least four), each ending where a character ends; returns why the file could not be
    /// read, if it could not.
    private func replayBytes(_ body: (String) -> Void) -> String? {
        var block = [UInt8](repeating: 0, count: min(max(replayBlock, 4), fileBytes))
        var offset = 0  // the file offset of block[0]
        var held = 0  // the bytes at the start of `block`, left from the block before
        while offset + held < fileBytes {
            let count = min(block.count, fileBytes - offset)
            let read = block.withUnsafeMutableBytes { buffer in
                readAll(into: UnsafeMutableRawBufferPointer(rebasing: buffer[held..<count]), at: offset + held)
            }
            guard read else { return String(cString: strerror(errno)) }
            let end = offset + count < fileBytes ? Spool.characterEnd(in: block, before: count) : count
            body(String(decoding: block[0..<end], as: UTF8.self))
            // The bytes of a character that goes on in the next block (at most three) start it.
            held = count - end
            for index in 0..<held { block[index] = block[end + index] }
            offset += end
        }
        return nil
    }

    /// Where the last character of `bytes[..<count]` ends: `count` when it is whole, else its
    /// start (valid UTF-8 is assumed; `count` is at least four).
    static func characterEnd(in bytes: [UInt8], before count: Int) -> Int {
        var start = count - 1
        while start > count - 4 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let lead = bytes[start]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        return start + length <= count ? count : start
    }

    /// How much of the file `replay` reads at once, unless told.
    static let replayBlock = 4 << 20

    /// Makes the temporary file in `$TMPDIR` (else `/tmp`) and unlinks it at once.
    private func openFile() -> Bool {
        let folder = FileSystem.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((folder + "/dossierlint-report.XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard made >= 0 else { return false }
        _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
        descriptor = made
        return true
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> Bool {
        var written = 0
        while written < bytes.count {
            let count = pwrite(descriptor, bytes.baseAddress! + written, bytes.count - written, off_t(offset + written))
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            written += count
        }
        return true
    }

    private func readAll(into buffer: inout [UInt8], at offset: Int) -> Bool {
        buffer.withUnsafeMutableBytes { readAll(into: $0, at: offset) }
    }

    private func readAll(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Bool {
        var done = 0
        let count = buffer.count
        while done < count {
            let got = pread(descriptor, buffer.baseAddress! + done, count - done, off_t(offset + done))
            if got < 0 {
                if errno == EINTR { continue }
                return false
            }
            if got == 0 {
                errno = EIO
                return false
            }
            done += got
        }
        return true
    }
}
