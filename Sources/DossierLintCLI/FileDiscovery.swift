import DossierLintKit
import Foundation

/// Finds dossier files under the paths given on the command line.
enum FileDiscovery {
    static let extensions: Set<String> = ["yaml", "yml", "json"]

    /// Expands files and folders (recursively, sorted, hidden entries and
    /// `.build` folders skipped). Missing paths are reported as errors.
    static func expand(_ paths: [String], stdinName: String) -> (files: [InputFile], missing: [String]) {
        var files: [InputFile] = []
        var missing: [String] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                files.append(InputFile(displayPath: stdinName, readPath: nil, named: true))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            if !isDirectory.boolValue {
                files.append(InputFile(displayPath: path, readPath: path, named: true))
                continue
            }
            var found: [String] = []
            walk(path, into: &found)
            found.sort()
            for file in found { files.append(InputFile(displayPath: file, readPath: file, named: false)) }
        }
        var seen = Set<String>()
        files = files.filter { seen.insert($0.displayPath).inserted }
        return (files, missing)
    }

    /// `registry.yaml` or `registry.json` at the root of `folder`, if present.
    static func registryPath(in folder: String) -> String? {
        for name in ["registry.yaml", "registry.json"] {
            let candidate = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return nil
    }

    private static func walk(_ directory: String, into found: inout [String]) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + entry : directory + "/" + entry
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(path, into: &found)
            } else if let dot = entry.lastIndex(of: "."),
                extensions.contains(String(entry[entry.index(after: dot)...]).lowercased())
            {
                found.append(path)
            }
        }
    }
}
