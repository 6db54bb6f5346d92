import Foundation

@testable import DossierLintCLI

/// Runs the command line in-process with captured output.
final class CommandRunner: @unchecked Sendable {
    private let lock = NSLock()
    private var outputText = ""
    private var errorText = ""

    var output: String {
        lock.lock()
        defer { lock.unlock() }
        return outputText
    }

    var error: String {
        lock.lock()
        defer { lock.unlock() }
        return errorText
    }

    /// Runs `arguments` in `directory`, feeding `input` to standard input.
    static func run(
        _ arguments: [String], input: String = "", variables: [String: String] = ["LANG": "C"],
        terminal: Bool = false, directory: String = FileManager.default.currentDirectoryPath
    ) -> (status: Int32, output: String, error: String) {
        let runner = CommandRunner()
        let environment = CommandEnvironment(
            writeOutput: { text in
                runner.lock.lock()
                runner.outputText += text
                runner.lock.unlock()
            },
            writeError: { text in
                runner.lock.lock()
                runner.errorText += text
                runner.lock.unlock()
            },
            readInput: { limit in Array(input.utf8.prefix(limit)) }, outputIsTerminal: terminal,
            errorIsTerminal: terminal,
            variables: variables, currentDirectory: directory)
        let status = DossierLint.run(arguments, environment: environment)
        return (status, runner.output, runner.error)
    }
}

/// A temporary folder removed at the end of a test.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "dossierlint-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let full = path + "/" + name
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }
}

/// The package root, found from this file.
let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
    }
    return FileManager.default.currentDirectoryPath
}()
