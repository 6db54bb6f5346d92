import Foundation
import Testing

@testable import DossierLintKit

/// `FileSystem` answers as Foundation's `FileManager` and `ProcessInfo` did.
@Suite("File system")
struct FileSystemTests {
    @Test("a file's bytes; nothing for a folder, a missing file or a dangling link")
    func contents() throws {
        let folder = NSTemporaryDirectory() + "dossierlint-fs-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/a.yaml"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: "a.yaml")
        try FileManager.default.createSymbolicLink(atPath: folder + "/dangling", withDestinationPath: "none")
        for path in ["/a.yaml", "/link", "", "/dangling", "/missing"].map({ folder + $0 }) {
            #expect(FileSystem.contents(atPath: path) == FileManager.default.contents(atPath: path).map { [UInt8]($0) })
            #expect(FileSystem.exists(path) == FileManager.default.fileExists(atPath: path), "\(path)")
        }
        #expect(FileSystem.contents(atPath: folder + "/a.yaml") == bytes)
        #expect(FileSystem.contents(atPath: folder) == nil)
    }

    @Test("the current folder and the environment, as ProcessInfo")
    func process() {
        #expect(FileSystem.currentDirectory == FileManager.default.currentDirectoryPath)
        #expect(FileSystem.environment == ProcessInfo.processInfo.environment)
    }

    @Test("temporary names: 32 hexadecimal digits, different each time")
    func randomName() {
        let names = (0..<100).map { _ in FileSystem.randomName() }
        #expect(names.allSatisfy { $0.count == 32 && $0.allSatisfy(\.isHexDigit) })
        #expect(Set(names).count == names.count)
    }
}
