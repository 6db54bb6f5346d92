import DossierSyntax

extension WorkingDayCalendar {
    /// Reads a calendar file (`--calendar FILE`, `calendar:` in a configuration)
    /// in the format of `Rules/calendars/cn-workdays.yaml`; a malformed file names
    /// its line and column.
    /// The file is read through `files` when given (so a run knows it read it), else from the file system.
    public static func load(
        absolutePath: String, displayPath: String, files: FileSource? = nil
    ) throws(ConfigurationError) -> WorkingDayCalendar {
        guard let data = files?.contents(absolutePath) ?? FileSystem.contents(atPath: absolutePath) else {
            throw .unreadable(path: displayPath)
        }
        let source: SourceText
        do {
            source = try SourceText(path: displayPath, data: [UInt8](data))
        } catch {
            throw .malformed(error)
        }
        do throws(ParseError) {
            let format = SourceFormat.detect(path: displayPath, bytes: source.bytes)
            return try WorkingDayCalendar(node: try Document(source: source, format: format).root)
        } catch {
            throw .malformed(source.locate(error))
        }
    }

    /// The packs with `calendar` merged into each pack's calendar (`nil`: unchanged).
    public static func packs(_ packs: [RulePack], adding calendar: WorkingDayCalendar?) -> [RulePack] {
        guard let calendar else { return packs }
        return packs.map { pack in
            var pack = pack
            pack.calendar = pack.calendar.merging(calendar)
            return pack
        }
    }
}
