import Foundation

/// Programs of other ecosystems the tests use to read our output (xmllint,
/// python3 with jsonschema or junitparser). A test that needs one which is
/// absent prints a visible "skipped: …" line and returns.
public enum ExternalTool {
    /// The executable `tool` on `PATH`, or `nil`.
    public static func which(_ tool: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(tool)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Runs `executable` with `arguments` and no standard input; returns its
    /// exit status and its standard output and error, merged.
    public static func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Whether `python` can import `module`.
    public static func python(_ python: URL, hasModule module: String) -> Bool {
        (try? run(python, ["-c", "import \(module)"]).status) == 0
    }

    /// `python3` when it can import every one of `modules`; otherwise prints
    /// why `check` is skipped and returns `nil`.
    public static func python(with modules: [String], for check: String) -> URL? {
        guard let python = which("python3") else {
            print("skipped: python3 is not on PATH; \(check) not run")
            return nil
        }
        for module in modules where !self.python(python, hasModule: module) {
            print("skipped: python3 has no \(module) module (pip install \(module)); \(check) not run")
            return nil
        }
        return python
    }
}
