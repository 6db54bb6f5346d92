import DossierSyntax

/// What kind of finding it is.
public enum FindingKind: String, Sendable, Codable, CaseIterable {
    /// The dossier breaks the rule.
    case violation
    /// The rule could not run because a field it needs is missing or malformed.
    case cannotVerify = "cannot_verify"
    /// The file could not be read or parsed (rule `parse`).
    case parse
}

/// One finding: a rule, where it applies, and what is wrong.
public struct Finding: Hashable, Sendable {
    /// The rule identifier (`parse` for unreadable files).
    public var rule: String
    /// The clause, as printed in the source document (`5.6.1`, `Annex B`).
    public var clause: String
    /// The rule pack.
    public var pack: String
    /// The severity.
    public var severity: Severity
    /// Violation, cannot-verify or parse error.
    public var kind: FindingKind
    /// The message in both languages.
    public var message: Message
    /// The display path of the file.
    public var file: String
    /// Where in the file the finding starts (1-based).
    public var location: SourceLocation
    /// Where it ends: the position just after the last character of the field
    /// it points at (1-based); equal to `location` when it points at a place
    /// rather than at a node (an absent field, a parse error).
    public var endLocation: SourceLocation
    /// RFC 6901 JSON Pointer into the dossier ("" for the whole document).
    public var pointer: String
    /// The reason given when the finding is suppressed, else `nil`.
    public var suppression: String?

    /// Creates a finding.
    public init(
        rule: String, clause: String, pack: String, severity: Severity, kind: FindingKind = .violation,
        message: Message, file: String, location: SourceLocation, endLocation: SourceLocation? = nil, pointer: String,
        suppression: String? = nil
    ) {
        self.rule = rule
        self.clause = clause
        self.pack = pack
        self.severity = severity
        self.kind = kind
        self.message = message
        self.file = file
        self.location = location
        self.endLocation = endLocation ?? location
        self.pointer = pointer
        self.suppression = suppression
    }

    /// A parse-error finding for an unreadable file.
    public init(parseError error: ParseError, file: String) {
        self.init(
            rule: "parse", clause: "", pack: "", severity: .error, kind: .parse,
            message: Message(zh: ParseErrorText.chinese(error), en: error.message),
            file: file, location: error.location, pointer: "")
    }

    /// Where the finding applies, `location ..< endLocation`.
    public var range: SourceRange { SourceRange(start: location, end: endLocation) }

    /// `findings` in the deterministic order of `precedes`, findings that compare equal in
    /// their order. The sort orders positions, comparing the findings where they are:
    /// sorting the findings themselves copies two of them, every text counted, for each
    /// comparison.
    public static func inOrder(_ findings: [Finding]) -> [Finding] {
        guard findings.count > 1 else { return findings }
        return findings.withUnsafeBufferPointer { buffer in
            buffer.indices.sorted { precedes(buffer[$0], buffer[$1]) }.map { buffer[$0] }
        }
    }

    /// The deterministic order of findings: file, line, column, rule, pointer, message.
    public static func precedes(_ a: Finding, _ b: Finding) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.location != b.location { return a.location < b.location }
        if a.rule != b.rule { return a.rule < b.rule }
        if a.pointer != b.pointer { return a.pointer < b.pointer }
        return a.message.en < b.message.en
    }
}

/// Chinese renderings of parse errors.
enum ParseErrorText {
    static func chinese(_ error: ParseError) -> String {
        switch error.kind {
        case .unsupportedEncoding(let name) where name == "binary data (a NUL byte)":
            return "文件含有 NUL 字节，不是 UTF-8 文本（\(error.message)）"
        case .unsupportedEncoding(let name):
            return "文件编码为 \(name)，不是 UTF-8；请先转换，例如 `iconv -f GB18030 -t UTF-8`（\(error.message)）"
        case .syntax: return "语法错误：\(error.message)"
        case .unsupportedFeature: return "档案不支持此 YAML 特性：\(error.message)"
        case .duplicateKey: return "重复的键：\(error.message)"
        case .limitExceeded: return "超出限制：\(error.message)"
        }
    }
}
