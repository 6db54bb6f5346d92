import Foundation

/// Golden files: expected output committed beside the tests, compared byte
/// for byte.
///
/// To accept new output after an intended change, run the tests with
/// `DOSSIERLINT_UPDATE_GOLDEN=1` set: the golden files are rewritten instead
/// of compared (review the diff before committing).
public enum Golden {
    /// Whether this run rewrites golden files instead of comparing them.
    public static var isUpdating: Bool {
        ProcessInfo.processInfo.environment["DOSSIERLINT_UPDATE_GOLDEN"] == "1"
    }

    /// Compares `actual` with the file at `url`, or rewrites the file when
    /// updating. Returns `nil` when they match, else a description of the
    /// first difference (or of the missing file) for the test to record.
    public static func mismatch(_ actual: String, goldenFile url: URL) -> String? {
        let data = Data(actual.utf8)
        let name = url.lastPathComponent
        if isUpdating {
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
                return nil
            } catch {
                return "could not write the golden file \(url.path): \(error)"
            }
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            return "golden file \(name) is missing; run with DOSSIERLINT_UPDATE_GOLDEN=1 to create it"
        }
        guard data != expected else { return nil }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = String(decoding: expected, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        let index =
            zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
        let wanted = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
        return
            "\(name) differs from the golden file at line \(index + 1):\n  got:    \(got)\n  wanted: \(wanted)\n"
            + "(run with DOSSIERLINT_UPDATE_GOLDEN=1 to accept)"
    }
}
