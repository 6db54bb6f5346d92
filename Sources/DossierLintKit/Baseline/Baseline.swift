import DossierSyntax

/// A record of accepted findings, so that a repository can adopt dossierlint
/// and fail only on new findings (`--write-baseline FILE`, `--baseline FILE`,
/// or `baseline:` in a configuration).
///
/// Entries are keyed by dossier id, rule and JSON Pointer, never by line, so
/// edits elsewhere in a dossier (or moving the file) do not break them; a
/// dossier without a `dossier_id` is keyed by its path instead. `count` says
/// how many findings of one key are accepted: a further finding of the same
/// key is new. Parse errors are never baselined.
///
/// ```json
/// {
///   "tool": "dossierlint",
///   "baseline_version": 1,
///   "findings": [
///     {"dossier_id": "SAMPLE-2026-0003", "rule": "stage-gap", "pointer": "/audits/1/dates/start", "count": 1}
///   ]
/// }
/// ```
public struct Baseline: Hashable, Sendable {
    /// The identity of accepted findings.
    public struct Key: Hashable, Sendable, Comparable {
        /// The dossier's `dossier_id`, if it has one.
        public var dossierId: String?
        /// The file's path, only when the dossier has no id.
        public var file: String?
        /// The rule identifier.
        public var rule: String
        /// The finding's JSON Pointer.
        public var pointer: String

        /// Creates a key.
        public init(dossierId: String?, file: String?, rule: String, pointer: String) {
            self.dossierId = dossierId
            self.file = dossierId == nil ? file : nil
            self.rule = rule
            self.pointer = pointer
        }

        public static func < (a: Key, b: Key) -> Bool {
            (a.dossierId ?? "", a.file ?? "", a.rule, a.pointer) < (b.dossierId ?? "", b.file ?? "", b.rule, b.pointer)
        }
    }

    /// The format version written in the file.
    public static let version = 1

    /// Accepted findings per key.
    public var counts: [Key: Int]

    /// Creates a baseline from counts.
    public init(counts: [Key: Int] = [:]) {
        self.counts = counts
    }

    /// The baseline of a report: its unsuppressed findings, except parse errors.
    public init(report: CheckReport) {
        var counts: [Key: Int] = [:]
        for file in report.files {
            for finding in file.findings where Self.accepts(finding) {
                counts[Self.key(finding, in: file), default: 0] += 1
            }
        }
        self.counts = counts
    }

    static func accepts(_ finding: Finding) -> Bool {
        finding.suppression == nil && finding.kind != .parse
    }

    static func key(_ finding: Finding, in file: FileReport) -> Key {
        Key(dossierId: file.dossierId, file: finding.file, rule: finding.rule, pointer: finding.pointer)
    }

    /// The number of findings accepted.
    public var total: Int { counts.values.reduce(0, +) }

    /// The file's text: JSON, entries sorted, a trailing newline.
    public func render() -> String {
        let entries: [JSONWriter.Value] = counts.keys.sorted().map { key in
            var members: [JSONWriter.Member] = [.init("dossier_id", .optional(key.dossierId))]
            if let file = key.file { members.append(.init("file", .string(file))) }
            members.append(.init("rule", .string(key.rule)))
            members.append(.init("pointer", .string(key.pointer)))
            members.append(.init("count", .int(counts[key] ?? 0)))
            return .object(members)
        }
        return JSONWriter.write(
            .object([
                .init("tool", .string("dossierlint")),
                .init("baseline_version", .int(Self.version)),
                .init("findings", .array(entries)),
            ]))
    }

    /// Reads a baseline file; problems are located (file, line, column).
    public static func read(path: String, data: [UInt8]) throws(ConfigurationError) -> Baseline {
        let document: Document
        do {
            document = try Document(path: path, data: data, format: .json)
        } catch {
            throw .malformed(error)
        }
        let root = Field(node: document.root, pointer: "", location: document.root.location)
        var problems: [ConfigurationProblem] = []
        func problem(_ field: Field, _ zh: String, _ en: String) {
            problems.append(
                ConfigurationProblem(
                    file: path, location: field.location, message: Message(zh: zh, en: en),
                    sourceLine: document.source.line(field.location.line)))
        }
        guard root["tool"].string == "dossierlint", root["baseline_version"].integer.value == version else {
            problem(
                root, "不是 dossierlint 基线文件（需要 \"tool\": \"dossierlint\", \"baseline_version\": \(version)）",
                "not a dossierlint baseline (needs \"tool\": \"dossierlint\", \"baseline_version\": \(version))")
            throw .invalid(problems)
        }
        var counts: [Key: Int] = [:]
        for entry in root["findings"].elements {
            let dossierId = entry["dossier_id"].string
            let file = entry["file"].string
            guard let rule = entry["rule"].string, let pointer = entry["pointer"].text.value,
                dossierId != nil || file != nil
            else {
                problem(
                    entry, "基线条目需要 rule、pointer 以及 dossier_id 或 file",
                    "a baseline entry needs rule, pointer, and dossier_id or file")
                continue
            }
            let count = entry["count"].exists ? entry["count"].integer.value : 1
            guard let count, count >= 1 else {
                problem(entry["count"], "count 应为正整数", "count should be a positive whole number")
                continue
            }
            counts[Key(dossierId: dossierId, file: file, rule: rule, pointer: pointer), default: 0] += count
        }
        if !root["findings"].exists || !root["findings"].isSequence {
            problem(root["findings"], "findings 应为列表", "findings should be a list")
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return Baseline(counts: counts)
    }

    /// Applies baselines to files, keeping count across files: each accepted
    /// finding is marked suppressed with `reason`.
    public final class Matcher {
        private var remaining: [Key: Int]
        private let reason: String
        /// How many findings it has accepted so far.
        public private(set) var matched = 0

        /// A matcher for `baseline`, marking findings with `reason`.
        public init(_ baseline: Baseline, reason: String) {
            remaining = baseline.counts
            self.reason = reason
        }

        /// The file with the findings the baseline accepts marked as suppressed.
        public func apply(to file: FileReport) -> FileReport {
            var file = file
            for index in file.findings.indices where Baseline.accepts(file.findings[index]) {
                let key = Baseline.key(file.findings[index], in: file)
                guard let left = remaining[key], left > 0 else { continue }
                remaining[key] = left - 1
                file.findings[index].suppression = reason
                matched += 1
            }
            return file
        }

        /// Entries the run did not meet (findings fixed since the baseline was written).
        public var unmatched: Int { remaining.values.reduce(0, +) }
    }
}
