import Foundation
import Testing

/// The tool's sources import no Foundation: linking Foundation brings ICU with
/// it, and the static binary (`Scripts/build-static`) grows from 12 MB to 81 MB.
/// Files, the environment and locks come from the C library (`FileSystem`,
/// `Lock`, `PathText` in the Kit); tests and build tools may use Foundation.
@Suite("No Foundation in the tool")
struct NoFoundationTests {
    static let targets = ["DossierSyntax", "DossierLintKit", "DossierRules", "DossierLintCLI", "dossierlint"]

    @Test("no source file of the tool imports Foundation, FoundationEssentials or FoundationInternationalization")
    func noFoundationImports() throws {
        var checked = 0
        for target in Self.targets {
            let folder = packageRoot + "/Sources/" + target
            let files = try FileManager.default.subpathsOfDirectory(atPath: folder).filter {
                $0.hasSuffix(".swift")
            }
            for file in files {
                let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
                let imports = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                    $0.hasPrefix("import Foundation") || $0.hasPrefix("@_exported import Foundation")
                        || $0.contains("import struct Foundation") || $0.contains("import class Foundation")
                }
                #expect(imports.isEmpty, "Sources/\(target)/\(file): \(imports.joined(separator: "; "))")
                checked += 1
            }
        }
        #expect(checked > 100)
    }
}
