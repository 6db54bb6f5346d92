import DossierLintKit
import DossierRules

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CommandEnvironment {
    /// The message language: `--lang`, else the locale's.
    func language(_ parsed: ParsedArguments) -> Language {
        Language(rawValue: parsed.value("lang") ?? defaultLanguage) ?? .en
    }

    /// The calendar file of `--calendar`, read; `nil` without the option.
    func calendar(_ parsed: ParsedArguments) throws(ConfigurationError) -> WorkingDayCalendar? {
        guard let path = parsed.value("calendar") else { return nil }
        return try WorkingDayCalendar.load(
            absolutePath: ConfigurationLocator.absolute(path, from: currentDirectory), displayPath: path)
    }

    /// The day of the run, from the clock, in the local time zone (`TZ`, else
    /// the system's), as the C library's `localtime_r` reads it.
    var today: Day {
        var now = time(nil)
        var local = tm()
        guard localtime_r(&now, &local) != nil else { return Day(ordinal: 0) }
        return Day(year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday))
            ?? Day(ordinal: 0)
    }

    /// The file system, and standard input as this environment reads it.
    var files: FileSource {
        FileSource(
            contents: { path in FileSystem.contents(atPath: path) },
            read: { path, limit in BoundedReader.read(path: path, limit: limit) }, standardInput: readInput,
            failureReason: FileDiscovery.readFailure)
    }

    /// Shows what a run tells: problems on standard error, progress on a terminal.
    var observer: RunObserver { observer(progress: Progress(environment: self)) }

    /// Shows what a run tells: problems on standard error, progress on a terminal with `progress`.
    func observer(progress: Progress) -> RunObserver {
        RunObserver(
            // A problem met while files are checked goes above the progress line, not onto it.
            problem: { [writeError] error in progress.writingAbove { writeError(error.description + "\n") } },
            starting: { progress.start($0) }, checked: { progress.advance($0) }, finished: { progress.finish() })
    }

    /// The compiled-in rule packs; `nil` after the problem is shown when they do not load.
    func builtInPacks() -> [RulePack]? {
        do {
            return try BuiltInRules.packs.get()
        } catch {
            writeError(error.description + "\n")
            return nil
        }
    }
}
