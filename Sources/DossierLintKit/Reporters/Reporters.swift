/// The output formats, by `--format` name.
public enum Reporters {
    /// Every reporter, the default (`text`) first.
    /// (Computed: `Reporter` metatypes are not `Sendable`, so a stored global would not be concurrency-safe.)
    public static var all: [any Reporter.Type] {
        [TextReporter.self, JSONReporter.self, JUnitReporter.self, SARIFReporter.self, GitHubReporter.self]
    }

    /// The reporter called `name` (`text`, `json`, `junit`, `sarif`, `github`), or `nil`.
    public static func named(_ name: String) -> (any Reporter.Type)? {
        all.first { $0.name == name }
    }

    /// The format names, in the order of `all`, for usage messages.
    public static var names: [String] { all.map { $0.name } }
}
