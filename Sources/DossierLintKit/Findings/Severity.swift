/// How serious a finding is. Follows the clause's verb: 应/不得 → error,
/// 宜/通常 → warning, 可 → info.
public enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The language messages are shown in.
public enum Language: String, Sendable, CaseIterable {
    case zh
    case en
}

/// A text in Chinese and English.
public struct Message: Hashable, Sendable {
    /// The Chinese text.
    public var zh: String
    /// The English text.
    public var en: String

    /// Creates a message in both languages.
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in `language`.
    public func text(in language: Language) -> String { language == .zh ? zh : en }
}
