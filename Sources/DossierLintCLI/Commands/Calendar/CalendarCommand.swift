import DossierLintKit

/// `dossierlint calendar`: the working-day calendar in use for a year, day by day.
enum CalendarCommand {
    /// The formats of the listing.
    enum Format: String, CaseIterable {
        /// One line a day (the default).
        case text
        /// One JSON object.
        case json
    }

    /// The command, as the table lists it.
    static let command = Command(
        name: "calendar", abstract: "show the working-day calendar of a year, day by day",
        synopsis: "calendar --year YYYY [--calendar FILE] [--config FILE] \(format.synopsis)",
        usage: """
            USAGE: dossierlint calendar --year YYYY [options]

            Prints each day of the year: date, weekday, working day or day off, and
            where that comes from (notice, statutory, provisional, weekday, weekend).

            OPTIONS:
            """,
        options: [year, .calendar, configuration, format], body: run)

    private static let year = OptionSpecification("year", value: "YYYY", help: "the year to show (required)")
    private static let configuration = OptionSpecification(
        "config", value: "FILE", help: "configuration file whose calendar: is added")
    private static let format = OptionSpecification(
        "format", short: "f", value: "FORMAT", allowed: Format.allCases.map(\.rawValue), help: "text (default) or json")

    /// Prints the year's days on the shipped calendar with the configuration's and `--calendar`'s files added.
    static func run(_ parsed: ParsedArguments, environment: CommandEnvironment) throws(UsageError) -> Int32 {
        guard parsed.positionals.isEmpty else { throw UsageError("calendar takes no PATH") }
        guard let text = parsed.value("year"), let year = Int(text), (1...9999).contains(year) else {
            throw UsageError("calendar needs --year YYYY")
        }
        guard var calendar = environment.builtInPacks()?.first?.calendar else { return ExitStatus.failure }
        let language = environment.language(parsed)
        do {
            if let path = parsed.value("config") {
                let configuration = try ConfigurationLocator(currentDirectory: environment.currentDirectory)
                    .load(path: path)
                if let file = configuration.calendar {
                    let absolute = ConfigurationLocator.absolute(file, from: configuration.directory)
                    calendar = calendar.merging(try WorkingDayCalendar.load(absolutePath: absolute, displayPath: file))
                }
            }
            if let added = try environment.calendar(parsed) { calendar = calendar.merging(added) }
        } catch {
            environment.writeError(error.description(in: language) + "\n")
            return ExitStatus.failure
        }
        do {
            switch parsed.value("format").flatMap(Format.init(rawValue:)) ?? .text {
            case .text: environment.writeOutput(try CalendarListing.text(of: year, in: calendar))
            case .json: environment.writeOutput(try CalendarListing.json(of: year, in: calendar))
            }
        } catch {
            environment.writeError(
                "dossierlint: error: the calendar has no notice for \(error.year) and cannot derive it\n")
            return ExitStatus.failure
        }
        return ExitStatus.success
    }
}
