import DossierSyntax

/// One thing wrong in a configuration file, at a line and column.
public struct ConfigurationProblem: Hashable, Sendable {
    /// The configuration file's display path.
    public var file: String
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong.
    public var message: Message
    /// The text of the line, to quote under the headline.
    public var sourceLine: String?

    /// Creates a problem.
    public init(file: String, location: SourceLocation, message: Message, sourceLine: String? = nil) {
        self.file = file
        self.location = location
        self.message = message
        self.sourceLine = sourceLine
    }

    /// `file:line:col: error: message`, the line and a caret, like a compiler.
    public func description(in language: Language) -> String {
        ParseError(.syntax, message.text(in: language), at: location, file: file, sourceLine: sourceLine).description
    }
}

/// Why a configuration (or a baseline) could not be used. Every case names a
/// file, and a line and column where there is one. Exit status 2.
public enum ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file named could not be read.
    case unreadable(path: String)
    /// The file is not valid YAML or JSON.
    case malformed(ParseError)
    /// The file parsed but holds unknown keys, unknown rules or wrong values.
    case invalid([ConfigurationProblem])
    /// A folder holds more than one configuration file.
    case ambiguous(folder: String, files: [String])

    /// The error in `language`, one problem per paragraph.
    public func description(in language: Language) -> String {
        switch self {
        case .unreadable(let path):
            return language == .zh ? "\(path): error: 无法读取文件" : "\(path): error: cannot read the file"
        case .malformed(let error):
            return error.description
        case .invalid(let problems):
            return problems.map { $0.description(in: language) }.joined(separator: "\n")
        case .ambiguous(let folder, let files):
            let names = files.joined(separator: ", ")
            return language == .zh
                ? "\(folder): error: 同一文件夹中有多个配置文件（\(names)），请只保留一个"
                : "\(folder): error: more than one configuration file in one folder (\(names)); keep one"
        }
    }

    /// The error in English.
    public var description: String { description(in: .en) }
}
