/// The totals every reporter prints or writes, computed one way for all, file by file.
public struct ReportSummary: Hashable, Sendable {
    /// Files checked (parsed or not).
    public var files: Int
    /// Unsuppressed findings by severity.
    public var counts: FindingCounts
    /// Suppressed findings.
    public var suppressed: Int
    /// Files that could not be read or parsed.
    public var unparsableFiles: Int
    /// Files found but skipped because they are not dossiers.
    public var skippedFiles: Int

    /// No file yet.
    init() {
        files = 0
        counts = FindingCounts()
        suppressed = 0
        unparsableFiles = 0
        skippedFiles = 0
    }

    /// The totals of a complete report.
    init(_ report: CheckReport) {
        self.init()
        for file in report.files { add(file) }
        skippedFiles = report.skippedFiles.count
    }

    /// Whether an unsuppressed finding reaches `threshold`.
    public func fails(_ threshold: FailThreshold) -> Bool { counts.fails(threshold) }

    /// Counts one more file.
    mutating func add(_ file: FileReport) {
        files += 1
        counts.add(file.findings)
        suppressed += file.findings.count(where: { $0.suppression != nil })
        if file.failedToParse { unparsableFiles += 1 }
    }

    /// The one-line summary in `language`, without a line end:
    /// `3 files checked: 2 errors, 1 warning, 0 infos (1 file could not be parsed, 2 files skipped)`
    /// or `已检查 3 个文件：2 个错误，1 个警告，0 个提示（1 个文件无法解析，跳过 2 个文件）`.
    /// Parenthetical parts that are zero are left out.
    public func line(in language: Language) -> String {
        switch language {
        case .en:
            func count(_ number: Int, _ singular: String, _ plural: String) -> String {
                "\(number) \(number == 1 ? singular : plural)"
            }
            var extras: [String] = []
            if unparsableFiles > 0 { extras.append(count(unparsableFiles, "file", "files") + " could not be parsed") }
            if skippedFiles > 0 { extras.append(count(skippedFiles, "file", "files") + " skipped") }
            if suppressed > 0 { extras.append("\(suppressed) suppressed") }
            let head =
                count(files, "file", "files") + " checked: " + count(counts.errors, "error", "errors") + ", "
                + count(counts.warnings, "warning", "warnings") + ", " + count(counts.infos, "info", "infos")
            return extras.isEmpty ? head : head + " (" + extras.joined(separator: ", ") + ")"
        case .zh:
            var extras: [String] = []
            if unparsableFiles > 0 { extras.append("\(unparsableFiles) 个文件无法解析") }
            if skippedFiles > 0 { extras.append("跳过 \(skippedFiles) 个文件") }
            if suppressed > 0 { extras.append("已抑制 \(suppressed) 个问题") }
            let head =
                "已检查 \(files) 个文件：\(counts.errors) 个错误，\(counts.warnings) 个警告，\(counts.infos) 个提示"
            return extras.isEmpty ? head : head + "（" + extras.joined(separator: "，") + "）"
        }
    }
}
