import Foundation
import Synchronization
import Testing

@testable import DossierLintCLI

/// A report's held parts are copied from their temporary file inside the kernel: to a file,
/// to a pipe, or not at all where the system cannot (then they are written).
@Suite("file copies")
struct FileCopyTests {
    /// A temporary file holding `text`, open for reading.
    private static func source(_ folder: TemporaryFolder, _ text: String) throws -> Int32 {
        let path = try folder.write("source.txt", bytes: Array(text.utf8))
        let descriptor = open(path, O_RDONLY)
        try #require(descriptor >= 0)
        return descriptor
    }

    /// `out.txt` in `folder`, made empty and open for writing (for appending, when asked).
    private static func output(_ folder: TemporaryFolder, appending: Bool = false) throws -> (
        path: String, descriptor: Int32
    ) {
        let path = folder.path + "/out.txt"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | (appending ? O_APPEND : 0), 0o644)
        try #require(descriptor >= 0)
        return (path, descriptor)
    }

    private static let text = String(repeating: "<testcase name=\"甲\"/>\n", count: 5_000)

    @Test("a range of a file is copied after what the output holds, and the source's position stays")
    func toFile() throws {
        let folder = try TemporaryFolder()
        let source = try Self.source(folder, Self.text)
        defer { close(source) }
        let (path, output) = try Self.output(folder)
        #expect(writeFully("head\n", to: output) == nil)
        let bytes = Array(Self.text.utf8)
        #expect(copyFully(from: source, offset: 7, length: bytes.count - 7, to: output) == .copied)
        #expect(copyFully(from: source, offset: 0, length: 0, to: output) == .copied)
        #expect(writeFully("tail\n", to: output) == nil)
        close(output)
        #expect(lseek(source, 0, SEEK_CUR) == 0)
        let written = try #require(FileManager.default.contents(atPath: path))
        #expect([UInt8](written) == Array("head\n".utf8) + bytes[7...] + Array("tail\n".utf8))
    }

    @Test("a copy past the file's end fails rather than waits or loops")
    func pastTheEnd() throws {
        let folder = try TemporaryFolder()
        let source = try Self.source(folder, "short")
        defer { close(source) }
        let (_, output) = try Self.output(folder)
        defer { close(output) }
        #expect(copyFully(from: source, offset: 0, length: 50, to: output) == .failed(EIO))
    }

    @Test("a copy to a pipe: the reader gets every byte")
    func toPipe() throws {
        let folder = try TemporaryFolder()
        let source = try Self.source(folder, Self.text)
        defer { close(source) }
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let reader = FileHandle(fileDescriptor: ends[0], closeOnDealloc: true)
        let writer = ends[1]
        let length = Self.text.utf8.count
        let outcome = Mutex<CopyOutcome?>(nil)
        let thread = Thread {
            let result = copyFully(from: source, offset: 0, length: length, to: writer)
            outcome.withLock { $0 = result }
            close(writer)  // the reader's end of file, once the outcome is known
        }
        thread.start()
        let received = reader.readDataToEndOfFile()
        #expect(String(decoding: received, as: UTF8.self) == Self.text)
        #expect(outcome.withLock { $0 } == .copied)
    }

    @Test("an output opened for appending takes no copy: nothing is written, and the caller writes")
    func appendingOutput() throws {
        let folder = try TemporaryFolder()
        let source = try Self.source(folder, Self.text)
        defer { close(source) }
        let (path, output) = try Self.output(folder, appending: true)
        #expect(copyFully(from: source, offset: 0, length: 100, to: output) == .unsupported)
        close(output)
        #expect(FileManager.default.contents(atPath: path)?.count == 0)
    }

    @Test("--output's temporary file takes a copy between writes, and holds it once committed")
    func atomicFile() throws {
        let folder = try TemporaryFolder()
        let source = try Self.source(folder, Self.text)
        defer { close(source) }
        let path = folder.path + "/report.xml"
        let file = try AtomicFile(path)
        file.write("<head>\n")
        #expect(file.copy(from: source, offset: 0, length: Self.text.utf8.count))
        file.write("</head>\n")
        try file.commit()
        let written = try #require(FileManager.default.contents(atPath: path))
        #expect(String(decoding: written, as: UTF8.self) == "<head>\n" + Self.text + "</head>\n")
    }

    @Test(
        "--output's file synced, then discarded or committed: the target as it was or replaced, no temporary file left",
        arguments: [false, true])
    func synced(thenCommitted commits: Bool) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("report.xml", "old\n")
        let file = try AtomicFile(path)
        file.write("new\n")
        try file.sync()
        try file.sync()  // once is enough; again is nothing
        if commits { try file.commit() }
        file.discard()  // after a commit: nothing to remove
        #expect(
            String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
                == (commits ? "new\n" : "old\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.xml"])
    }
}
