/// Scalars of the YAML subset: plain, single- and double-quoted, and block (`|`, `>`).
extension YAMLReader {
    /// Why a line of a plain scalar ended.
    enum PlainStop {
        /// At a line break or the end of the input.
        case lineEnd
        /// At a ` #` comment (the offset is the `#`).
        case comment
        /// At a `:` followed by a blank (or, in flow, by a flow indicator).
        case colon
        /// At a flow indicator (`,` `[` `]` `{` `}`; in flow context only).
        case flowIndicator
    }

    // MARK: - Plain scalars

    /// Scans one line of a plain scalar from `start`: returns the end of its text
    /// (without trailing blanks), where it stopped and why, and the Unicode scalars of its text
    /// (for its end column).
    @inline(__always)
    func scanPlainLine(from start: Int, inFlow: Bool) -> (textEnd: Int, stop: Int, reason: PlainStop, scalars: Int) {
        var index = start
        var textEnd = start
        // The Unicode scalars read, and those up to `textEnd`: the scalar's end column is its
        // start column plus these, not counted again over its bytes.
        var scalars = 0
        var scalarsToEnd = 0
        while index < count {
            let byte = bytes[index]
            if byte > ASCII.colon {
                // Letters, most punctuation and all of non-ASCII text: only flow brackets matter.
                if inFlow
                    && (byte == ASCII.leftBracket || byte == ASCII.rightBracket || byte == ASCII.leftBrace
                        || byte == ASCII.rightBrace)
                {
                    return (textEnd, index, .flowIndicator, scalarsToEnd)
                }
                if byte & 0xC0 != 0x80 { scalars += 1 }
                index += 1
                textEnd = index
                scalarsToEnd = scalars
                continue
            }
            switch byte {
            case ASCII.lineFeed, ASCII.carriageReturn:
                return (textEnd, index, .lineEnd, scalarsToEnd)
            case ASCII.space, ASCII.tab:
                index += 1
                scalars += 1
                if index < count && bytes[index] == ASCII.hash { return (textEnd, index, .comment, scalarsToEnd) }
            case ASCII.colon:
                let next = at(index + 1)
                if YAMLReader.isBlankOrBreakOrEnd(next) || (inFlow && YAMLReader.isFlowIndicator(next)) {
                    return (textEnd, index, .colon, scalarsToEnd)
                }
                index += 1
                scalars += 1
                textEnd = index
                scalarsToEnd = scalars
            case ASCII.comma, ASCII.leftBracket, ASCII.rightBracket, ASCII.leftBrace, ASCII.rightBrace:
                if inFlow { return (textEnd, index, .flowIndicator, scalarsToEnd) }
                index += 1
                scalars += 1
                textEnd = index
                scalarsToEnd = scalars
            default:
                index += 1
                scalars += 1
                textEnd = index
                scalarsToEnd = scalars
            }
        }
        return (textEnd, index, .lineEnd, scalarsToEnd)
    }

    /// Finishes a plain scalar whose first line was scanned: follows continuation
    /// lines (indented at least `minIndent` spaces) and folds them. A scalar on one line that
    /// is a mapping's key (`asKey`) is read as a key (`key(_:_:)`).
    @inline(never)
    mutating func finishPlain(
        start: Mark, textEnd firstEnd: Int, stop: Int, reason: PlainStop, scalars: Int, minIndent: Int, inFlow: Bool,
        asKey: Bool = false
    ) throws(YAMLFailure) -> Node {
        pos = stop
        var multiLine = false
        var currentReason = reason
        // The end of the text of the last line read, on the cursor's line.
        var lastEnd = firstEnd
        while currentReason == .lineEnd {
            guard let next = try peekContinuation(minIndent: minIndent, inFlow: inFlow) else { break }
            let (textEnd, lineStop, lineReason, _) = scanPlainLine(from: next.contentStart, inFlow: inFlow)
            if textEnd == next.contentStart { break }
            if !multiLine {
                scratch.removeAll(keepingCapacity: true)
                appendToScratch(start.offset, firstEnd)
                multiLine = true
            }
            if next.blankLines == 0 {
                scratch.append(ASCII.space)
            } else {
                for _ in 0..<next.blankLines { scratch.append(ASCII.lineFeed) }
            }
            appendToScratch(next.contentStart, textEnd)
            lastEnd = textEnd
            line = next.line
            lineStart = next.lineStart
            pos = lineStop
            currentReason = lineReason
        }
        // The text first: `checked(takeScratch())` in one call would copy the whole reader
        // (the argument mutates it while the call holds it).
        let raw = multiLine ? takeScratch() : asKey ? key(start.offset, firstEnd) : string(start.offset, firstEnd)
        let text = try checked(raw, start)
        let location = nodeLocation(start)
        guard !multiLine else { return Node(.scalar(text, .plain), at: location, end: nodeLocation(mark(at: lastEnd))) }
        return Node(
            .scalar(text, .plain), at: location,
            end: nodeLocation(lastEnd, onLineOf: start, column: location.column + scalars))
    }

    /// A continuation line of a multi-line plain scalar.
    struct Continuation {
        var contentStart: Int
        var blankLines: Int
        var line: Int
        var lineStart: Int
    }

    /// Looks past the line break at the cursor for a line that continues a plain
    /// scalar; does not move the cursor.
    @inline(never)
    func peekContinuation(minIndent: Int, inFlow: Bool) throws(YAMLFailure) -> Continuation? {
        var index = pos
        var lineNumber = line
        var blankLines = 0
        while index < count {
            if bytes[index] == ASCII.carriageReturn { index += 1 }
            index += 1
            lineNumber += 1
            let start = index
            while index < count && bytes[index] == ASCII.space { index += 1 }
            let spaces = index - start
            while index < count && YAMLReader.isBlank(bytes[index]) { index += 1 }
            if index >= count { return nil }
            let byte = bytes[index]
            if byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
                blankLines += 1
                continue
            }
            if spaces == 0 && isDocumentMarker(start) {
                if inFlow {
                    throw syntax(
                        "a document marker inside a flow collection (a ']' or '}' is missing)",
                        Mark(offset: start, line: lineNumber, lineStart: start))
                }
                return nil
            }
            if byte == ASCII.hash { return nil }
            if spaces < minIndent {
                if inFlow {
                    if bytes[start + spaces] == ASCII.tab {
                        throw syntax(
                            "tabs are not allowed for indentation; indent with spaces",
                            Mark(offset: start + spaces, line: lineNumber, lineStart: start))
                    }
                    throw flowUnderIndented(minIndent, Mark(offset: index, line: lineNumber, lineStart: start))
                }
                return nil
            }
            return Continuation(contentStart: index, blankLines: blankLines, line: lineNumber, lineStart: start)
        }
        return nil
    }

    // MARK: - Quoted scalars

    /// Parses a single- or double-quoted scalar at the cursor. Continuation lines
    /// must be indented at least `minIndent` spaces.
    @inline(never)
    mutating func parseQuoted(minIndent: Int, inFlow: Bool) throws(YAMLFailure) -> (String, multiLine: Bool) {
        let start = mark
        let quote = bytes[pos]
        let double = quote == ASCII.doubleQuote
        pos += 1
        let contentStart = pos
        // Fast path: one line, no escapes.
        var index = pos
        while index < count {
            let byte = bytes[index]
            if byte == quote {
                if !double && at(index + 1) == ASCII.singleQuote { break }
                pos = index + 1
                return (string(contentStart, index), false)
            }
            if byte == ASCII.lineFeed || byte == ASCII.carriageReturn || (double && byte == ASCII.backslash) {
                break
            }
            index += 1
        }
        // Slow path: escapes and line folding.
        scratch.removeAll(keepingCapacity: true)
        var multiLine = false
        var blankRun = -1  // where trailing literal blanks start in scratch, or -1
        while true {
            guard pos < count else { throw unterminated(double, start) }
            let byte = bytes[pos]
            if byte == quote {
                if !double && at(pos + 1) == ASCII.singleQuote {
                    scratch.append(ASCII.singleQuote)
                    blankRun = -1
                    pos += 2
                    continue
                }
                pos += 1
                break
            }
            switch byte {
            case ASCII.space, ASCII.tab:
                if blankRun < 0 { blankRun = scratch.count }
                scratch.append(byte)
                pos += 1
            case ASCII.lineFeed, ASCII.carriageReturn:
                if blankRun >= 0 { scratch.removeSubrange(blankRun...) }
                blankRun = -1
                multiLine = true
                breakLine()
                let empty = try skipQuotedLinePrefixes(minIndent: minIndent, double: double, start: start)
                if empty == 0 {
                    scratch.append(ASCII.space)
                } else {
                    for _ in 0..<empty { scratch.append(ASCII.lineFeed) }
                }
            case ASCII.backslash where double:
                blankRun = -1
                let next = at(pos + 1)
                if next == ASCII.lineFeed || next == ASCII.carriageReturn {
                    multiLine = true
                    pos += 1
                    breakLine()
                    let empty = try skipQuotedLinePrefixes(minIndent: minIndent, double: double, start: start)
                    for _ in 0..<empty { scratch.append(ASCII.lineFeed) }
                } else {
                    try appendEscape()
                }
            default:
                scratch.append(byte)
                blankRun = -1
                pos += 1
            }
        }
        return (takeScratch(), multiLine)
    }

    @inline(never)
    func unterminated(_ double: Bool, _ start: Mark, notContinuedOnLine badLine: Int? = nil) -> YAMLFailure {
        var message =
            double
            ? "unterminated double-quoted string: the closing '\"' is missing"
            : "unterminated single-quoted string: the closing \"'\" is missing"
        if let badLine {
            message += " (line \(badLine) is not indented enough to continue the string)"
        }
        return syntax(message, start)
    }

    /// At the start of a continuation line of a quoted scalar: skips its indentation
    /// and any empty lines; returns the number of empty lines.
    @inline(never)
    mutating func skipQuotedLinePrefixes(minIndent: Int, double: Bool, start: Mark) throws(YAMLFailure) -> Int {
        var empty = 0
        while true {
            let begin = pos
            while pos < count && bytes[pos] == ASCII.space { pos += 1 }
            let spaces = pos - begin
            _ = skipBlanks()
            guard pos < count else { throw unterminated(double, start) }
            let byte = bytes[pos]
            if byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
                empty += 1
                breakLine()
                continue
            }
            if spaces == 0 && isDocumentMarker(begin) { throw unterminated(double, start) }
            if spaces < minIndent {
                if bytes[begin + spaces] == ASCII.tab { throw tabError(at: begin + spaces) }
                throw unterminated(double, start, notContinuedOnLine: line)
            }
            return empty
        }
    }

    /// Decodes the escape sequence at the cursor (a `\`) into the scratch buffer.
    @inline(never)
    mutating func appendEscape() throws(YAMLFailure) {
        let start = mark
        let code = at(pos + 1)
        pos += 2
        var scalar: UInt32
        switch code {
        case UInt8(ascii: "0"): scalar = 0
        case UInt8(ascii: "a"): scalar = 0x07
        case UInt8(ascii: "b"): scalar = 0x08
        case UInt8(ascii: "t"), ASCII.tab: scalar = 0x09
        case UInt8(ascii: "n"): scalar = 0x0A
        case UInt8(ascii: "v"): scalar = 0x0B
        case UInt8(ascii: "f"): scalar = 0x0C
        case UInt8(ascii: "r"): scalar = 0x0D
        case UInt8(ascii: "e"): scalar = 0x1B
        case ASCII.space: scalar = 0x20
        case ASCII.doubleQuote: scalar = 0x22
        case UInt8(ascii: "/"): scalar = 0x2F
        case ASCII.backslash: scalar = 0x5C
        case UInt8(ascii: "N"): scalar = 0x85
        case UInt8(ascii: "_"): scalar = 0xA0
        case UInt8(ascii: "L"): scalar = 0x2028
        case UInt8(ascii: "P"): scalar = 0x2029
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let digits = code == UInt8(ascii: "x") ? 2 : (code == UInt8(ascii: "u") ? 4 : 8)
            scalar = 0
            for _ in 0..<digits {
                guard let value = ASCII.hexDigitValue(at(pos)) else {
                    throw syntax(
                        "the escape \\\(Character(Unicode.Scalar(code))) needs \(digits) hexadecimal digits", start)
                }
                scalar = scalar << 4 | UInt32(value)
                pos += 1
            }
            if scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF) {
                throw syntax(
                    "the escape does not name a Unicode scalar value (surrogates and values above U+10FFFF are not allowed)",
                    start)
            }
        default:
            let shown: String
            if code == 0 || code == ASCII.lineFeed || code == ASCII.carriageReturn || code >= 0x80 {
                shown = "\\"
            } else {
                shown = "\\" + String(Character(Unicode.Scalar(code)))
            }
            throw syntax("unknown escape sequence '\(shown)' in a double-quoted string", start)
        }
        UTF8Encoding.append(scalar, to: &scratch)
    }

    // MARK: - Block scalars

    /// Parses a `|` or `>` block scalar at the cursor. Its content must be indented
    /// more than `parentIndent`.
    @inline(never)
    mutating func parseBlockScalar(parentIndent: Int) throws(YAMLFailure) -> Node {
        let start = mark
        let folded = bytes[pos] == ASCII.greaterThan
        pos += 1
        var chomping = 0  // -1 strip, 0 clip, +1 keep
        var chompingSeen = false
        var explicit = 0
        for _ in 0..<2 {
            let byte = at(pos)
            if byte == ASCII.plus || byte == ASCII.minus {
                if chompingSeen { throw syntax("two chomping indicators in a block scalar header", mark) }
                chompingSeen = true
                chomping = byte == ASCII.plus ? 1 : -1
                pos += 1
            } else if byte >= UInt8(ascii: "1") && byte <= UInt8(ascii: "9") {
                if explicit > 0 { throw syntax("two indentation indicators in a block scalar header", mark) }
                explicit = Int(byte - UInt8(ascii: "0"))
                pos += 1
            } else if byte == UInt8(ascii: "0") {
                throw syntax("an indentation indicator must be 1 to 9", mark)
            } else {
                break
            }
        }
        // Where the node ends when it has no line of text: after its header.
        var end = mark
        let afterHeader = at(pos)
        if YAMLReader.isBlank(afterHeader) {
            _ = skipBlanks()
            if at(pos) == ASCII.hash { skipToLineEnd() }
        }
        if !YAMLReader.isBreakOrEnd(at(pos)) {
            throw syntax(
                "unexpected text after the block scalar header; the text of a '|' or '>' block starts on the next line",
                mark)
        }
        if explicit > 0 && parentIndent < 0 {
            throw unsupported(
                "an indentation indicator on a top-level block scalar is not supported in dossiers", start)
        }
        var contentIndent = explicit > 0 ? parentIndent + explicit : -1
        scratch.removeAll(keepingCapacity: true)
        var emptyLines = 0
        var leadingMaxSpaces = 0
        var leadingMaxMark = start
        var sawContent = false
        var previousMoreIndented = false

        var index = pos  // at the line end of the header or of the last content line
        var lineNumber = line
        while index < count {
            if bytes[index] == ASCII.carriageReturn { index += 1 }
            index += 1
            lineNumber += 1
            let begin = index
            if index >= count { break }
            while index < count && bytes[index] == ASCII.space { index += 1 }
            let spaces = index - begin
            let byte = at(index)
            let isEmpty = byte == ASCII.lineFeed || byte == ASCII.carriageReturn || index >= count
            if spaces == 0 && isDocumentMarker(begin) { break }
            if contentIndent < 0 {
                if isEmpty {
                    if spaces > leadingMaxSpaces {
                        leadingMaxSpaces = spaces
                        leadingMaxMark = Mark(offset: begin + spaces, line: lineNumber, lineStart: begin)
                    }
                    emptyLines += 1
                    continue
                }
                if spaces <= parentIndent {
                    if byte == ASCII.tab {
                        throw syntax(
                            "tabs are not allowed for indentation; indent with spaces",
                            Mark(offset: index, line: lineNumber, lineStart: begin))
                    }
                    break
                }
                contentIndent = spaces
                if leadingMaxSpaces > contentIndent {
                    throw syntax(
                        "a leading empty line of this block scalar has more spaces than its first line of text",
                        leadingMaxMark)
                }
            } else if isEmpty {
                if spaces <= contentIndent {
                    emptyLines += 1
                    continue
                }
            } else if spaces < contentIndent {
                if byte == ASCII.tab {
                    throw syntax(
                        "tabs are not allowed for indentation; indent with spaces",
                        Mark(offset: index, line: lineNumber, lineStart: begin))
                }
                break
            }
            // A line of text: from the content indentation to the line end.
            let textStart = begin + contentIndent
            var lineEnd = index
            while lineEnd < count && bytes[lineEnd] != ASCII.lineFeed && bytes[lineEnd] != ASCII.carriageReturn {
                lineEnd += 1
            }
            let moreIndented = textStart < lineEnd && YAMLReader.isBlank(bytes[textStart])
            if !sawContent {
                for _ in 0..<emptyLines { scratch.append(ASCII.lineFeed) }
            } else if folded && !previousMoreIndented && !moreIndented {
                if emptyLines == 0 {
                    scratch.append(ASCII.space)
                } else {
                    for _ in 0..<emptyLines { scratch.append(ASCII.lineFeed) }
                }
            } else {
                for _ in 0...emptyLines { scratch.append(ASCII.lineFeed) }
            }
            appendToScratch(textStart, lineEnd)
            previousMoreIndented = moreIndented
            sawContent = true
            emptyLines = 0
            pos = lineEnd
            line = lineNumber
            lineStart = begin
            end = mark
            index = lineEnd
        }
        switch chomping {
        case -1:
            break
        case 0:
            // The last line break is kept even when the input ends without one.
            if sawContent { scratch.append(ASCII.lineFeed) }
        default:
            if sawContent { scratch.append(ASCII.lineFeed) }
            for _ in 0..<emptyLines { scratch.append(ASCII.lineFeed) }
        }
        let raw = takeScratch()  // first: as an argument of `checked` it would copy the reader
        return Node(
            .scalar(try checked(raw, start), folded ? .folded : .literal), at: nodeLocation(start),
            end: nodeLocation(end))
    }
}
