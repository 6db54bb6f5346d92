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
    public static func comments(in bytes: [UInt8]) -> [SuppressionComment] {
        let lines = splitLines(bytes)
        var comments: [SuppressionComment] = []
        var contentLines: [Int] = []  // lines holding more than a comment, ascending
        var quote: Unicode.Scalar?  // an open quoted scalar continuing on the next line
        var blockIndent: Int?  // the indentation of the line that opened a block scalar
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let characters = Array(line.unicodeScalars)
            let indentation = characters.prefix { $0 == " " }.count
            let blank = characters.allSatisfy { $0 == " " || $0 == "\t" }
            if let indent = blockIndent {
                if blank || indentation > indent {
                    if !blank { contentLines.append(number) }
                    continue
                }
                blockIndent = nil
            }
            var position = 0
            var commentStart: Int?
            var previous: Unicode.Scalar?  // the previous character outside quotes, not white space
            while position < characters.count {
                let character = characters[position]
                if let open = quote {
                    if open == "\"" && character == "\\" {
                        position += 2
                        continue
                    }
                    if character == open {
                        if open == "'" && position + 1 < characters.count && characters[position + 1] == "'" {
                            position += 2
                            continue
                        }
                        quote = nil
                        previous = character
                    }
                    position += 1
                    continue
                }
                if character == "#"
                    && (position == 0 || characters[position - 1] == " " || characters[position - 1] == "\t")
                {
                    commentStart = position
                    break
                }
                if (character == "\"" || character == "'")
                    && (previous == nil || ":-[{,?".unicodeScalars.contains(previous!))
                {
                    quote = character
                } else if character != " " && character != "\t" {
                    previous = character
                }
                position += 1
            }
            let content = String(String.UnicodeScalarView(characters[..<(commentStart ?? characters.count)]))
            let trimmedContent = content.trimmingWhiteSpace
            if !trimmedContent.isEmpty { contentLines.append(number) }
            if quote == nil, opensBlockScalar(trimmedContent) { blockIndent = indentation }
            guard let start = commentStart else { continue }
            let text = String(String.UnicodeScalarView(characters[(start + 1)...])).trimmingWhiteSpace
            guard text.hasPrefix(marker) else { continue }
            var comment = parse(
                String(text.dropFirst(marker.count)), at: SourceLocation(line: number, column: start + 1))
            for selector in comment.selectors {
                if comment.directive == .disableLine { comment.lines[selector] = number...number }
                if comment.directive == .disableFile { comment.lines[selector] = 1...max(1, lines.count) }
            }
            comments.append(comment)
        }
        resolveRanges(&comments, contentLines: contentLines, lastLine: max(1, lines.count))
        return comments
    }

    /// Gives `disable-next-line` its next content line and closes `disable` blocks at their `enable`.
    private static func resolveRanges(_ comments: inout [SuppressionComment], contentLines: [Int], lastLine: Int) {
        for index in comments.indices {
            let comment = comments[index]
            for selector in comment.selectors {
                switch comment.directive {
                case .disableNextLine:
                    let line = contentLines.first { $0 > comment.location.line } ?? comment.location.line + 1
                    comments[index].lines[selector] = line...line
                case .disable:
                    let end = comments[(index + 1)...].first { later in
                        later.directive == .enable && (later.selectors.isEmpty || later.selectors.contains(selector))
                    }?.location.line
                    let last = max(comment.location.line, (end ?? lastLine + 1) - 1)
                    comments[index].lines[selector] = comment.location.line...last
                default:
                    break
                }
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
    static func opensBlockScalar(_ content: String) -> Bool {
        var characters = Array(content)
        while let last = characters.last, last == "+" || last == "-" || ("1"..."9").contains(last) {
            characters.removeLast()
        }
        guard let indicator = characters.last, indicator == "|" || indicator == ">" else { return false }
        characters.removeLast()
        if characters.allSatisfy({ $0 == " " }) { return true }  // a block scalar as the whole document or after `? `
        guard let before = characters.last, before == " " || before == "\t" else { return false }
        let head = String(characters).trimmingWhiteSpace
        return head.hasSuffix(":") || head == "-" || head.hasSuffix(" -") || head.hasSuffix("- -")
    }

    /// The lines of UTF-8 text, without line ends (CR LF or LF).
    static func splitLines(_ bytes: [UInt8]) -> [String] {
        var lines: [String] = []
        var start = 0
        var index = 0
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == 0x0A {
                var end = index
                if end > start && bytes[end - 1] == 0x0D { end -= 1 }
                if index < bytes.count || start < bytes.count {
                    lines.append(String(decoding: bytes[start..<end], as: UTF8.self))
                }
                start = index + 1
            }
            index += 1
        }
        return lines
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingWhiteSpace: String {
        let scalars = Array(unicodeScalars)
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
