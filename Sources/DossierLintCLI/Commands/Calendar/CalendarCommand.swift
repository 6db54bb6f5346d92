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
        abstractZh: "逐日显示某一年的工作日日历",
        synopsis: "calendar --year YYYY [--calendar FILE] [--config FILE] \(format.synopsis)",
        usage: """
            USAGE: dossierlint calendar --year YYYY [options]

            Prints each day of the year: date, weekday, working day or day off, and
            where that comes from (notice, statutory, provisional, weekday, weekend).

            OPTIONS:
            """,
        usageZh: """
            用法：dossierlint calendar --year YYYY [选项]

            打印该年的每一天：日期、星期、工作日或休息日，以及依据（notice 通知、
            statutory 法定节假日、provisional 暂定、weekday 平日、weekend 周末）。

            选项：
            """,
        options: [
            year, .calendar, configuration, format,
            .language(help: "message language (default: from the locale)", zh: "消息语言（默认：取自区域设置）"),
        ], body: run)

    private static let year = OptionSpecification(
        "year", value: "YYYY", help: "the year to show (required)", zh: "要显示的年份（必填）")
    private static let configuration = OptionSpecification(
        "config", value: "FILE", help: "configuration file whose calendar: is added", zh: "加入其 calendar: 日历的配置文件")
    private static let format = OptionSpecification(
        "format", short: "f", value: "FORMAT", allowed: Format.allCases.map(\.rawValue), help: "text (default) or json",
        zh: "text（默认）或 json")

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
