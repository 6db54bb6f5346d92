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

extension String {
    /// `pieces` one after another, made as bytes and turned into text once: for the text
    /// reporter's line of every finding, of many short pieces (its location and tag), where
    /// interpolation cost a fifth more. A text of long Chinese pieces gains nothing: making
    /// the string (its UTF-8 checked) is most of the cost either way.
    static func concatenating(_ pieces: String...) -> String {
        var count = 0
        for piece in pieces { count += piece.utf8.count }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        for var piece in pieces { piece.withUTF8 { bytes.append(contentsOf: $0) } }
        return String(decoding: bytes, as: UTF8.self)
    }
}
