import BenchmarkSupport
import Foundation

/// The command line of ParseBenchmark.
struct Options {
    var files = 400
    var runs = 5
    var seed: UInt64 = 20_261_124
    var corpusDirectory: String?
    /// Only the measurements whose name contains this text (case-insensitive).
    var only: String?
    /// Passes over the files per run; by default enough for a run to last about 0.2 s.
    var repeats: Int?

    static func parse(_ arguments: inout BenchmarkArguments) -> Options {
        var options = Options()
        while let argument = arguments.next() {
            switch argument {
            case "--files": options.files = arguments.positiveNumber(after: argument)
            case "--runs": options.runs = arguments.positiveNumber(after: argument)
            case "--seed": options.seed = UInt64(arguments.positiveNumber(after: argument))
            case "--write-corpus": options.corpusDirectory = arguments.value(after: argument)
            case "--only": options.only = arguments.value(after: argument).lowercased()
            case "--repeats": options.repeats = arguments.positiveNumber(after: argument)
            case "-h", "--help":
                print(
                    """
                    usage: ParseBenchmark [--files N] [--runs N] [--seed N] [--only TEXT] [--repeats N]
                           ParseBenchmark --write-corpus DIR [--files N] [--seed N]
                    """)
                exit(0)
            default: arguments.fail("unknown argument '\(argument)' (try --help)")
            }
        }
        return options
    }
}
