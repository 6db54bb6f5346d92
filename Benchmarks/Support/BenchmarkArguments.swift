import Foundation

/// The command-line arguments of a benchmark, read one at a time: the one
/// option parser of ParseBenchmark and CheckBenchmark.
///
/// ```swift
/// var arguments = BenchmarkArguments(program: "ParseBenchmark")
/// while let argument = arguments.next() {
///     switch argument {
///     case "--runs": runs = arguments.positiveNumber(after: argument)
///     default: arguments.fail("unknown argument '\(argument)'")
///     }
/// }
/// ```
public struct BenchmarkArguments {
    /// The program's name, which starts error messages.
    public let program: String
    private var remaining: ArraySlice<String>

    /// Reads `arguments` (by default the process's, without the program path).
    public init(program: String, _ arguments: [String] = Array(CommandLine.arguments.dropFirst())) {
        self.program = program
        self.remaining = arguments[...]
    }

    /// The next argument, or `nil` after the last.
    public mutating func next() -> String? {
        remaining.popFirst()
    }

    /// The value that follows the option `name`; fails when there is none.
    public mutating func value(after name: String) -> String {
        guard let value = remaining.popFirst() else { fail("\(name) needs a value") }
        return value
    }

    /// The positive whole number that follows the option `name`; fails when there is none.
    public mutating func positiveNumber(after name: String) -> Int {
        let text = value(after: name)
        guard let number = Int(text), number > 0 else { fail("\(name) needs a positive number, not '\(text)'") }
        return number
    }

    /// Writes `PROGRAM: message` to standard error and exits with status 2.
    public func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("\(program): \(message)\n".utf8))
        exit(2)
    }
}
