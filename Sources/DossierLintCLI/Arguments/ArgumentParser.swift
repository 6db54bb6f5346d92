import DossierLintKit

/// What a shell completes for an option's value or a command's arguments.
public enum ValueCompletion: Sendable, Equatable {
    /// Nothing: free text (a date, a year, a name).
    case none
    /// File names (folders too, to walk into).
    case files
    /// Folder names.
    case folders
    /// One of these words.
    case values([String])
}

/// A command-line option that the parser knows.
public struct OptionSpecification: Sendable {
    /// The long name without dashes (`format`).
    public var name: String
    /// A one-letter alias without the dash (`o`), if any.
    public var shortName: Character?
    /// Whether the option takes a value.
    public var takesValue: Bool
    /// The values allowed, if restricted.
    public var allowedValues: [String]?
    /// Whether the option may be given several times (values accumulate).
    public var repeatable: Bool
    /// The value's placeholder in help (`FILE`).
    public var valueName: String
    /// What a shell completes for the value.
    public var completion: ValueCompletion
    /// One line of help, in English.
    public var help: String
    /// The same line in Chinese, if written.
    public var helpZh: String?

    /// Creates an option. Without `completes`, a shell completes the allowed
    /// values, file names for a `FILE`, folder names for a `DIR` or `OUT`.
    public init(
        _ name: String, short: Character? = nil, value: String? = nil, allowed: [String]? = nil,
        repeatable: Bool = false, completes: ValueCompletion? = nil, help: String, zh: String? = nil
    ) {
        self.name = name
        self.shortName = short
        self.takesValue = value != nil
        self.valueName = value ?? ""
        self.allowedValues = allowed
        self.repeatable = repeatable
        self.help = help
        self.helpZh = zh
        if let completes {
            completion = completes
        } else if let allowed {
            completion = .values(allowed)
        } else {
            switch value {
            case "FILE": completion = .files
            case "DIR", "OUT": completion = .folders
            default: completion = .none
            }
        }
    }

    /// The line of help in `language` (English when no Chinese is written).
    public func help(in language: Language) -> String {
        language == .zh ? helpZh ?? help : help
    }
}

/// The result of parsing: option values and positional arguments.
public struct ParsedArguments: Sendable {
    /// Values by option name (flags hold `["true"]`).
    public var options: [String: [String]] = [:]
    /// Positional arguments in order.
    public var positionals: [String] = []

    /// The last value of an option.
    public func value(_ name: String) -> String? { options[name]?.last }
    /// All values of a repeatable option.
    public func values(_ name: String) -> [String] { options[name] ?? [] }
    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool { options[name] != nil }
}

/// A usage error: exit status 2.
public struct UsageError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What is wrong.
    public var message: String
    /// Creates a usage error.
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Parses `--name value`, `--name=value`, `-n value`, flags, `--` and positionals.
public struct ArgumentParser: Sendable {
    /// The options known.
    public var options: [OptionSpecification]

    /// Creates a parser.
    public init(options: [OptionSpecification]) { self.options = options }

    /// Parses the arguments (without the program name and command).
    public func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var result = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                result.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name: String
            var inlineValue: String?
            let option: OptionSpecification
            if argument.hasPrefix("--") {
                name = String(argument.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
                guard let found = options.first(where: { $0.name == name }) else {
                    throw UsageError("unknown option '--\(name)'" + suggestion(for: name))
                }
                option = found
            } else {
                let letters = Array(argument.dropFirst())
                guard letters.count == 1, let found = options.first(where: { $0.shortName == letters[0] }) else {
                    throw UsageError("unknown option '\(argument)'")
                }
                option = found
                name = found.name
            }
            var values = result.options[option.name] ?? []
            if option.takesValue {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count else {
                        throw UsageError("option '--\(option.name)' needs a value \(option.valueName)")
                    }
                    value = arguments[index]
                    index += 1
                }
                if let allowed = option.allowedValues, !allowed.contains(value) {
                    throw UsageError(
                        "invalid value '\(value)' for '--\(option.name)': expected one of \(allowed.joined(separator: ", "))"
                    )
                }
                if !option.repeatable && !values.isEmpty {
                    throw UsageError("option '--\(option.name)' given more than once")
                }
                values.append(value)
            } else {
                if inlineValue != nil { throw UsageError("option '--\(option.name)' takes no value") }
                values = ["true"]
            }
            result.options[option.name] = values
        }
        return result
    }

    private func suggestion(for name: String) -> String {
        let scored = options.map { ($0.name, editDistance($0.name, name)) }.sorted { $0.1 < $1.1 }
        if let best = scored.first, best.1 <= 2 { return "; did you mean '--\(best.0)'?" }
        return ""
    }

    /// Help lines for the options, aligned, in `language`.
    public func helpLines(in language: Language = .en) -> [String] {
        let left = options.map { option -> String in
            var text = "  "
            if let short = option.shortName { text += "-\(short), " } else { text += "    " }
            text += "--\(option.name)"
            if option.takesValue { text += " \(option.valueName)" }
            return text
        }
        let width = (left.map(\.count).max() ?? 0) + 2
        return zip(left, options).map { text, option in
            text + String(repeating: " ", count: width - text.count) + option.help(in: language)
        }
    }
}
