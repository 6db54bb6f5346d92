import DossierSyntax

/// A `# dossierlint: …` comment found in a YAML dossier.
///
/// ```yaml
/// # dossierlint: disable-next-line stage-gap -- stage 2 moved by the CB, ref. 2026-17
/// start: 2026-04-16   # dossierlint: disable-line 5.6.1 -- the same, on its own line
/// # dossierlint: disable auditor-rotation, 5.4.2.3 -- block form, until enable or the end
/// # dossierlint: enable auditor-rotation, 5.4.2.3
/// # dossierlint: disable-file annex-a-scope-codes -- the whole file
/// ```
public struct SuppressionComment: Hashable, Sendable {
    /// What a comment asks for.
    public enum Directive: String, Hashable, Sendable, CaseIterable {
        /// Suppress on the next line that holds more than a comment.
        case disableNextLine = "disable-next-line"
        /// Suppress on the comment's own line.
        case disableLine = "disable-line"
        /// Suppress from here until a matching `enable` (or the end of the file).
        case disable
        /// End a `disable` block.
        case enable
        /// Suppress in the whole file.
        case disableFile = "disable-file"
    }

    /// The directive, or `nil` when the word after `dossierlint:` is not one.
    public var directive: Directive?
    /// The word after `dossierlint:` as written.
    public var directiveText: String
    /// The rule identifiers or clauses, as written (comma-separated in the comment).
    public var selectors: [String]
    /// The text after ` -- `, or `nil` when there is none (or it is empty).
    public var reason: String?
    /// Where the `#` is.
    public var location: SourceLocation
    /// The 1-based lines the comment covers, for each of its selectors (none for `enable`).
    /// A `disable` block covers, for each selector, the lines up to the first
    /// later `enable` that names it (or names nothing), else to the end of the file.
    public var lines: [String: ClosedRange<Int>] = [:]
}

/// Finds `# dossierlint:` comments in the raw lines of a YAML file. The
/// parser discards comments, so this small scanner reads the text itself: a
/// `#` starts a comment at the start of a line or after white space, outside
/// quoted scalars (which may span lines) and outside the content of `|` and
/// `>` block scalars.
public enum SuppressionScanner {
    /// The marker that makes a comment a directive.
    public static let marker = "dossierlint:"

    /// The directive comments of `bytes` (UTF-8), in file order, each with the lines it covers.
    ///
    /// The scan works on bytes: every character it looks for (quotes, `#`, `\\`, white space,
    /// the indicators of a block scalar) is ASCII, and a UTF-8 sequence never contains an
    /// ASCII byte. Text is decoded only on the lines whose comment starts with the marker.
    public static func comments(in bytes: [UInt8]) -> [SuppressionComment] {
        bytes.withUnsafeBufferPointer { text in
            var comments: [SuppressionComment] = []
            var contentLines: [Int] = []  // lines holding more than a comment, ascending
            var quote: UInt8?  // an open quoted scalar continuing on the next line
            var blockIndent: Int?  // the indentation of the line that opened a block scalar
            var number = 0
            for line in lineRanges(text) {
                number += 1
                let indentation = text[line].prefix { $0 == Byte.space }.count
                let blank = text[line].allSatisfy { $0 == Byte.space || $0 == Byte.tab }
                if let indent = blockIndent {
                    if blank || indentation > indent {
                        if !blank { contentLines.append(number) }
                        continue
                    }
                    blockIndent = nil
                }
                let commentStart = scanLine(text, line, quote: &quote)
                let content = line.lowerBound..<(commentStart ?? line.upperBound)
                if !text[content].allSatisfy({ $0 == Byte.space || $0 == Byte.tab }) { contentLines.append(number) }
                if quote == nil, opensBlockScalar(text[content]) { blockIndent = indentation }
                guard let start = commentStart,
                    var comment = directive(text, at: start, in: line, number: number)
                else { continue }
                if comment.directive == .disableLine {
                    for selector in comment.selectors { comment.lines[selector] = number...number }
                }
                comments.append(comment)
            }
            let lastLine = max(1, number)
            resolveRanges(&comments, contentLines: contentLines, lastLine: lastLine)
            return comments
        }
    }

    /// Scans one line for a comment: the offset of the `#` that starts it, or `nil`. `quote`
    /// carries a quoted scalar that is still open across line ends.
    private static func scanLine(_ text: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, quote: inout UInt8?) -> Int? {
        var position = line.lowerBound
        var previous: UInt8?  // the previous byte outside quotes that is not white space
        while position < line.upperBound {
            let byte = text[position]
            if let open = quote {
                if open == Byte.doubleQuote && byte == Byte.backslash {
                    position += 2
                    continue
                }
                if byte == open {
                    if open == Byte.singleQuote && position + 1 < line.upperBound
                        && text[position + 1] == Byte.singleQuote
                    {
                        position += 2
                        continue
                    }
                    quote = nil
                    previous = byte
                }
                position += 1
                continue
            }
            if byte == Byte.hash
                && (position == line.lowerBound || text[position - 1] == Byte.space || text[position - 1] == Byte.tab)
            {
                return position
            }
            if (byte == Byte.doubleQuote || byte == Byte.singleQuote) && (previous.map(opensQuote) ?? true) {
                quote = byte
            } else if byte != Byte.space && byte != Byte.tab {
                previous = byte
            }
            position += 1
        }
        return nil
    }

    /// Whether a quote after this byte opens a quoted scalar: `:`, `-`, `[`, `{`, `,` or `?`.
    private static func opensQuote(_ byte: UInt8) -> Bool {
        byte == Byte.colon || byte == Byte.minus || byte == Byte.leftBracket || byte == Byte.leftBrace
            || byte == Byte.comma
            || byte == Byte.question
    }

    /// The directive of the comment whose `#` is at `hash`, or `nil` when the comment
    /// does not start with the marker.
    private static func directive(
        _ text: UnsafeBufferPointer<UInt8>, at hash: Int, in line: Range<Int>, number: Int
    ) -> SuppressionComment? {
        let lineEnd = line.upperBound
        var first = hash + 1
        while first < lineEnd && (text[first] == Byte.space || text[first] == Byte.tab) { first += 1 }
        let marker = SuppressionScanner.markerBytes
        guard lineEnd - first >= marker.count, text[first..<first + marker.count].elementsEqual(marker) else {
            return nil
        }
        // The marker's bytes are there; the comparison of characters decides, as it always has
        // (a combining mark after the colon makes another character).
        let comment = String(decoding: UnsafeBufferPointer(rebasing: text[(hash + 1)..<lineEnd]), as: UTF8.self)
            .trimmingWhiteSpace
        guard comment.hasPrefix(SuppressionScanner.marker) else { return nil }
        let column =
            String(decoding: UnsafeBufferPointer(rebasing: text[line.lowerBound..<hash]), as: UTF8.self)
            .unicodeScalars.count + 1
        return parse(
            String(comment.dropFirst(SuppressionScanner.marker.count)), at: SourceLocation(line: number, column: column)
        )
    }

    /// The marker's UTF-8 bytes.
    static let markerBytes = Array(marker.utf8)

    /// Gives `disable-next-line` its next content line, `disable-file` the whole file, and
    /// closes `disable` blocks at their `enable`. One pass from the end: linear in the
    /// number of comments and selectors, whatever their order.
    private static func resolveRanges(_ comments: inout [SuppressionComment], contentLines: [Int], lastLine: Int) {
        var nextEnableOfAll: Int?  // the line of the next `enable` naming nothing
        var nextEnable: [String: Int] = [:]  // the line of the next `enable` naming a selector
        var nextContent = contentLines.count  // index of the first content line after the comment
        for index in comments.indices.reversed() {
            let comment = comments[index]
            let line = comment.location.line
            while nextContent > 0 && contentLines[nextContent - 1] > line { nextContent -= 1 }
            for selector in comment.selectors {
                switch comment.directive {
                case .disableNextLine:
                    let target = nextContent < contentLines.count ? contentLines[nextContent] : line + 1
                    comments[index].lines[selector] = target...target
                case .disableFile:
                    comments[index].lines[selector] = 1...lastLine
                case .disable:
                    let end = [nextEnableOfAll, nextEnable[selector]].compactMap { $0 }.min()
                    comments[index].lines[selector] = line...max(line, (end ?? lastLine + 1) - 1)
                default:
                    break
                }
            }
            if comment.directive == .enable {
                if comment.selectors.isEmpty { nextEnableOfAll = line }
                for selector in comment.selectors { nextEnable[selector] = line }
            }
        }
    }

    /// Parses the text after `dossierlint:`: `DIRECTIVE [SELECTOR, ...] [-- REASON]`.
    static func parse(_ text: String, at location: SourceLocation) -> SuppressionComment {
        var body = text.trimmingWhiteSpace
        var reason: String?
        if let range = body.firstRange(of: " --") ?? (body.hasPrefix("--") ? body.firstRange(of: "--") : nil) {
            let after = body[range.upperBound...].trimmingWhiteSpace
            reason = after.isEmpty ? nil : after
            body = String(body[..<range.lowerBound]).trimmingWhiteSpace
        }
        let word = String(body.prefix { $0 != " " && $0 != "\t" })
        let rest = body.dropFirst(word.count)
        let selectors = rest.split(separator: ",").map { String($0).trimmingWhiteSpace }.filter { !$0.isEmpty }
        return SuppressionComment(
            directive: SuppressionComment.Directive(rawValue: word), directiveText: word, selectors: selectors,
            reason: reason, location: location)
    }

    /// Whether a line's content (without its comment) ends by opening a block scalar: `key: |`, `- >-`.
    static func opensBlockScalar(_ content: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var end = content.endIndex
        let start = content.startIndex
        func isWhite(_ byte: UInt8) -> Bool { byte == Byte.space || byte == Byte.tab }
        while end > start && isWhite(content[end - 1]) { end -= 1 }
        while end > start,
            content[end - 1] == Byte.plus || content[end - 1] == Byte.minus || (0x31...0x39).contains(content[end - 1])
        {
            end -= 1
        }
        guard end > start, content[end - 1] == Byte.verticalBar || content[end - 1] == Byte.greaterThan else {
            return false
        }
        end -= 1
        var first = start
        while first < end && isWhite(content[first]) { first += 1 }
        if content[first..<end].allSatisfy({ $0 == Byte.space }) { return true }  // the whole document, or after `? `
        guard isWhite(content[end - 1]) else { return false }
        var last = end
        while last > first && isWhite(content[last - 1]) { last -= 1 }
        let head = content[first..<last]
        func endsWith(_ suffix: String) -> Bool {
            let bytes = Array(suffix.utf8)
            return head.count >= bytes.count && head.suffix(bytes.count).elementsEqual(bytes)
        }
        return endsWith(":") || head.elementsEqual("-".utf8) || endsWith(" -") || endsWith("- -")
    }

    /// The lines of the text as ranges of offsets, without line ends (CR LF or LF).
    static func lineRanges(_ text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        var index = 0
        while index <= text.count {
            if index == text.count || text[index] == Byte.lineFeed {
                var end = index
                if end > start && text[end - 1] == Byte.carriageReturn { end -= 1 }
                if index < text.count || start < text.count { lines.append(start..<end) }
                start = index + 1
            }
            index += 1
        }
        return lines
    }
}

/// The bytes the scanner looks for (all ASCII).
private enum Byte {
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let doubleQuote = UInt8(ascii: "\"")
    static let hash = UInt8(ascii: "#")
    static let singleQuote = UInt8(ascii: "'")
    static let plus = UInt8(ascii: "+")
    static let comma = UInt8(ascii: ",")
    static let minus = UInt8(ascii: "-")
    static let colon = UInt8(ascii: ":")
    static let greaterThan = UInt8(ascii: ">")
    static let question = UInt8(ascii: "?")
    static let leftBracket = UInt8(ascii: "[")
    static let backslash = UInt8(ascii: "\\")
    static let leftBrace = UInt8(ascii: "{")
    static let verticalBar = UInt8(ascii: "|")
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingWhiteSpace: String {
        let scalars = unicodeScalars
        let isText: (Unicode.Scalar) -> Bool = { $0 != " " && $0 != "\t" }
        guard let first = scalars.firstIndex(where: isText), let last = scalars.lastIndex(where: isText) else {
            return ""
        }
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[first...last])
        return String(trimmed)
    }
}
