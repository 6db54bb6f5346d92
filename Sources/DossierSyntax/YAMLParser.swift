/// A parser for the YAML subset of the dossier format that scans UTF-8 bytes
/// and records positions.
///
/// The subset: block mappings and sequences, flow `[...]` / `{...}`, plain,
/// single- and double-quoted scalars, `|` and `>` block scalars, `#` comments,
/// and one document with an optional leading `---` (and an optional `...`).
/// Scalars are not typed: the text and the style are kept.
///
/// Refused with `.unsupportedFeature` at their position: anchors, aliases,
/// tags, merge keys, complex keys (`?` and collections used as keys), empty
/// keys, several documents and directives. Tabs used for indentation are a
/// `.syntax` error; a key used twice in one mapping is a `.duplicateKey` error;
/// nesting deeper than `limits.maximumDepth` is a `.limitExceeded` error.
public enum YAMLParser {
    /// Parses a whole YAML text into a located tree.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 text without a byte order mark.
    ///   - limits: the deepest nesting accepted is `limits.maximumDepth`.
    /// - Returns: the root node; an empty document gives a plain empty scalar (null).
    public static func parse(_ bytes: [UInt8], limits: SourceText.Limits = .standard) throws(ParseError) -> Node {
        let result: Result<Node, ParseError> = bytes.withUnsafeBufferPointer { buffer in
            var reader = YAMLReader(buffer, limits: limits)
            do throws(YAMLFailure) {
                return .success(try reader.parseStream())
            } catch {
                return .failure(error.error)
            }
        }
        return try result.get()
    }
}

/// A parse error in a box: one pointer, so that the recursive functions keep
/// small stack frames (a `ParseError` is about a hundred bytes).
final class YAMLFailure: Error {
    let error: ParseError

    init(_ error: ParseError) {
        self.error = error
    }
}

/// The scanning state of one parse. Works on a borrowed buffer; creates
/// strings only for finished scalar values and keys.
struct YAMLReader {
    /// A saved position: byte offset with the line it is on.
    struct Mark {
        var offset: Int
        var line: Int
        var lineStart: Int
    }

    /// What `skipToContent` found.
    enum Status {
        /// A token (the cursor is on it).
        case content
        /// A `---` or `...` document marker at the start of a line.
        case marker
        /// The end of the input.
        case end
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let count: Int
    let maximumDepth: Int
    let maximumKeys: Int
    let maximumScalarBytes: Int
    /// The cursor.
    var pos = 0
    /// The 1-based line of the cursor.
    var line = 1
    /// The offset where the cursor's line starts.
    var lineStart = 0
    /// The first tab in the blanks that `skipToContent` skipped on the token's line, or -1.
    var tokenTab = -1
    /// A reusable buffer for scalars that need unescaping or folding.
    var scratch: [UInt8] = []
    /// Hashes of the keys of the mappings being parsed that the key table's marks do not tell
    /// apart, with their entries' positions (see `KeyIndex`).
    var keyHashes: [(hash: UInt64, entry: Int)] = []
    /// The keys met before, on this thread (see `KeyTable`).
    let keyTable = KeyTable.forThisThread
    /// The entries of the mappings being parsed (see `CollectionStack`).
    let openEntries = CollectionStack<MappingEntry>(capacity: 64)
    /// The elements of the sequences being parsed (see `CollectionStack`).
    let openElements = CollectionStack<Node>(capacity: 32)
    /// The number of mappings being parsed, one inside the other: the nesting level of the
    /// next one's key marks (see `KeyTable.marks(level:)`).
    var openMappings = 0
    /// The last key `key(_:_:)` handed out, by its words, with the hash of its bytes and its
    /// number in the key table: `checkKey` takes them from here instead of hashing the key again.
    var lastKey: (words: (UInt64, UInt64), hash: UInt64, id: Int)? = nil
    // A cache for columns, so that many nodes on one long line cost linear time.
    var cacheLineStart = -1
    var cacheOffset = 0
    var cacheColumn = 1

    init(_ bytes: UnsafeBufferPointer<UInt8>, limits: SourceText.Limits) {
        self.bytes = bytes
        self.count = bytes.count
        self.maximumDepth = limits.maximumDepth
        self.maximumKeys = limits.maximumKeysPerMapping
        self.maximumScalarBytes = limits.maximumScalarBytes
        scratch.reserveCapacity(256)
        keyHashes.reserveCapacity(64)
    }

    // MARK: - Bytes and positions

    /// The byte at `index`, or 0 past the end (NUL bytes are refused up front).
    @inline(__always)
    func at(_ index: Int) -> UInt8 {
        index < count ? bytes[index] : 0
    }

    @inline(__always)
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == ASCII.space || byte == ASCII.tab
    }

    /// A line break or the end of the input (0).
    @inline(__always)
    static func isBreakOrEnd(_ byte: UInt8) -> Bool {
        byte == ASCII.lineFeed || byte == ASCII.carriageReturn || byte == 0
    }

    /// A blank, a line break or the end of the input.
    @inline(__always)
    static func isBlankOrBreakOrEnd(_ byte: UInt8) -> Bool {
        byte == ASCII.space || byte == ASCII.tab || byte == ASCII.lineFeed
            || byte == ASCII.carriageReturn || byte == 0
    }

    @inline(__always)
    static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == ASCII.comma || byte == ASCII.leftBracket || byte == ASCII.rightBracket
            || byte == ASCII.leftBrace || byte == ASCII.rightBrace
    }

    var mark: Mark { Mark(offset: pos, line: line, lineStart: lineStart) }

    /// A mark at `offset` on the cursor's line.
    func mark(at offset: Int) -> Mark { Mark(offset: offset, line: line, lineStart: lineStart) }

    /// The location of a mark (for errors; no cache).
    func location(_ mark: Mark) -> SourceLocation {
        SourceLocation(
            line: mark.line, column: SourceText.column(in: bytes, lineStart: mark.lineStart, offset: mark.offset))
    }

    /// The location of a mark, for a node: cached, so that scanning a line stays linear.
    @inline(__always)
    mutating func nodeLocation(_ mark: Mark) -> SourceLocation {
        var column: Int
        var index: Int
        if mark.lineStart == cacheLineStart && mark.offset >= cacheOffset {
            column = cacheColumn
            index = cacheOffset
        } else {
            column = 1
            index = mark.lineStart
        }
        column += UTF8Encoding.scalarCount(in: bytes, from: index, to: mark.offset)
        cacheLineStart = mark.lineStart
        cacheOffset = mark.offset
        cacheColumn = column
        return SourceLocation(line: mark.line, column: column)
    }

    /// The location of `offset` on the line of `mark`, whose column a scan counted (`column`),
    /// remembered as `nodeLocation(_:)` remembers the columns it counts.
    @inline(__always)
    mutating func nodeLocation(_ offset: Int, onLineOf mark: Mark, column: Int) -> SourceLocation {
        cacheLineStart = mark.lineStart
        cacheOffset = offset
        cacheColumn = column
        return SourceLocation(line: mark.line, column: column)
    }

    @inline(never)
    func error(_ kind: ParseErrorKind, _ message: String, _ mark: Mark) -> YAMLFailure {
        YAMLFailure(ParseError(kind, message, at: location(mark)))
    }

    @inline(never)
    func syntax(_ message: String, _ mark: Mark) -> YAMLFailure {
        YAMLFailure(ParseError(.syntax, message, at: location(mark)))
    }

    @inline(never)
    func unsupported(_ message: String, _ mark: Mark) -> YAMLFailure {
        YAMLFailure(ParseError(.unsupportedFeature, message, at: location(mark)))
    }

    @inline(never)
    func tabError(at offset: Int) -> YAMLFailure {
        syntax("tabs are not allowed for indentation; indent with spaces", mark(at: offset))
    }

    @inline(never)
    func overIndented(_ what: String, indent: Int, _ mark: Mark) -> YAMLFailure {
        syntax("this line is indented more than \(what) (column \(indent + 1)); check the indentation", mark)
    }

    /// `text` as a scalar's value, refused when longer than the limit (reported at `mark`, its start).
    @inline(__always)
    func checked(_ text: String, _ mark: Mark) throws(YAMLFailure) -> String {
        let length = text.utf8.count
        if length > maximumScalarBytes {
            throw error(
                .limitExceeded, "a scalar of \(length) bytes is longer than the limit of \(maximumScalarBytes) bytes",
                mark)
        }
        return text
    }

    @inline(never)
    func depthError(_ mark: Mark) -> YAMLFailure {
        error(.limitExceeded, "nesting is deeper than \(maximumDepth) levels", mark)
    }

    /// The text of `start..<end` as a string.
    @inline(__always)
    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The text of `start..<end` as a mapping key: the same string as for the same bytes before
    /// (see `KeyTable`).
    @inline(__always)
    mutating func key(_ start: Int, _ end: Int) -> String {
        let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let hash = text.wordHash
        let (key, id) = keyTable.keptKey(text, hash: hash)
        lastKey = (UTF8Key.words(of: key), hash, id)
        return key
    }

    /// Takes the scratch buffer's content as a string and empties the buffer.
    mutating func takeScratch() -> String {
        let text = String(decoding: scratch, as: UTF8.self)
        scratch.removeAll(keepingCapacity: true)
        return text
    }

    /// Appends `start..<end` to the scratch buffer.
    @inline(__always)
    mutating func appendToScratch(_ start: Int, _ end: Int) {
        if start < end { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end])) }
    }

    // MARK: - Lines, blanks and comments

    /// Moves past the line break at the cursor (a LF, or CR LF).
    @inline(__always)
    mutating func breakLine() {
        if bytes[pos] == ASCII.carriageReturn { pos += 1 }
        pos += 1
        line += 1
        lineStart = pos
    }

    /// Skips spaces and tabs on the current line; returns the offset of the first tab, or -1.
    @inline(__always)
    mutating func skipBlanks() -> Int {
        var tab = -1
        while pos < count {
            let byte = bytes[pos]
            if byte == ASCII.space {
                pos += 1
            } else if byte == ASCII.tab {
                if tab < 0 { tab = pos }
                pos += 1
            } else {
                break
            }
        }
        return tab
    }

    /// Skips to the end of the line (not past the line break).
    @inline(__always)
    mutating func skipToLineEnd() {
        while pos < count {
            let byte = bytes[pos]
            if byte == ASCII.lineFeed || byte == ASCII.carriageReturn { return }
            pos += 1
        }
    }

    /// Whether a `#` at `offset` starts a comment (it must follow a blank or start a line).
    @inline(__always)
    func startsComment(_ offset: Int) -> Bool {
        offset == lineStart || YAMLReader.isBlank(bytes[offset - 1])
    }

    /// Whether a `---` or `...` marker starts at `offset` (which must start a line).
    @inline(__always)
    func isDocumentMarker(_ offset: Int) -> Bool {
        let byte = at(offset)
        guard byte == ASCII.minus || byte == ASCII.period else { return false }
        return at(offset + 1) == byte && at(offset + 2) == byte && YAMLReader.isBlankOrBreakOrEnd(at(offset + 3))
    }

    /// Skips blanks, comments and line breaks up to the next token. Sets `tokenTab`.
    mutating func skipToContent() -> Status {
        var tab = -1
        while pos < count {
            let byte = bytes[pos]
            if byte == ASCII.space {
                pos += 1
            } else if byte == ASCII.tab {
                if tab < 0 { tab = pos }
                pos += 1
            } else if byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
                breakLine()
                tab = -1
            } else if byte == ASCII.hash && startsComment(pos) {
                skipToLineEnd()
            } else {
                // A tab in the blanks that start the token's line (also when called at the token).
                tokenTab = tab
                var index = lineStart
                var firstTab = -1
                while index < pos {
                    let blank = bytes[index]
                    if blank == ASCII.tab {
                        if firstTab < 0 { firstTab = index }
                    } else if blank != ASCII.space {
                        firstTab = -2
                        break
                    }
                    index += 1
                }
                if firstTab != -2 { tokenTab = firstTab }
                if pos == lineStart && isDocumentMarker(pos) { return .marker }
                return .content
            }
        }
        tokenTab = -1
        return .end
    }

    /// The number of spaces that start the cursor's line.
    @inline(__always)
    func currentIndent() -> Int {
        var index = lineStart
        while index < count && bytes[index] == ASCII.space { index += 1 }
        return index - lineStart
    }

    /// After a value on a line: only blanks and a comment may follow.
    mutating func expectLineEnd() throws(YAMLFailure) {
        _ = skipBlanks()
        let byte = at(pos)
        if YAMLReader.isBreakOrEnd(byte) { return }
        if byte == ASCII.hash {
            if startsComment(pos) {
                skipToLineEnd()
                return
            }
            throw syntax("a comment needs a space before '#'", mark)
        }
        if byte == ASCII.colon {
            throw syntax(
                "unexpected ':' (a key on the same line as another key, or a key inside a multi-line value); quote the value if ': ' is part of it, or check the indentation",
                mark)
        }
        throw syntax("unexpected text after a complete value; check the quotes and the indentation", mark)
    }

    // MARK: - Up-front checks

    /// Refuses control characters and a carriage return without a line feed.
    func checkCharacters() throws(YAMLFailure) {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index < count {
            // Eight bytes at a time: a word with no byte below 0x20 and no 0x7F is fine.
            if index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if ByteWord.below(0x20, word) | ByteWord.equal(0x7F, word) == 0 {
                    index += 8
                    continue
                }
            }
            let end = min(index + 8, count)
            while index < end {
                let byte = bytes[index]
                if byte < 0x20 {
                    if byte == ASCII.carriageReturn {
                        if at(index + 1) != ASCII.lineFeed {
                            throw YAMLFailure(
                                ParseError(
                                    .syntax, "a carriage return (CR) must be followed by a line feed (LF)",
                                    at: SourceText.location(ofOffset: index, in: bytes)))
                        }
                    } else if byte != ASCII.lineFeed && byte != ASCII.tab {
                        throw YAMLFailure(
                            ParseError(
                                .syntax,
                                "control character \(UTF8Encoding.codePointName(UInt32(byte))) is not allowed in YAML text",
                                at: SourceText.location(ofOffset: index, in: bytes)))
                    }
                } else if byte == 0x7F {
                    throw YAMLFailure(
                        ParseError(
                            .syntax, "control character U+007F is not allowed in YAML text",
                            at: SourceText.location(ofOffset: index, in: bytes)))
                }
                index += 1
            }
        }
    }

    // MARK: - Document

    /// Parses the single document of the stream.
    mutating func parseStream() throws(YAMLFailure) -> Node {
        try checkCharacters()
        var status = skipToContent()
        if status == .content && bytes[pos] == ASCII.percent && pos == lineStart {
            throw unsupported("a directive (%YAML, %TAG) is not supported in dossiers", mark)
        }
        var root: Node
        if status == .marker && bytes[pos] == ASCII.minus {
            pos += 3
            let afterMarker = mark
            let tab = skipBlanks()
            let byte = at(pos)
            if !YAMLReader.isBreakOrEnd(byte) && !(byte == ASCII.hash && startsComment(pos)) {
                // Content on the `---` line: a scalar, a flow collection or a block scalar.
                root = try parseBlockNode(parentIndent: -1, depth: 1, allowCollection: false, tabBefore: tab)
            } else {
                status = skipToContent()
                if status == .content {
                    root = try parseBlockNode(parentIndent: -1, depth: 1, allowCollection: true, tabBefore: tokenTab)
                } else {
                    root = Node(.scalar("", .plain), at: location(afterMarker))
                }
            }
        } else if status == .content {
            root = try parseBlockNode(parentIndent: -1, depth: 1, allowCollection: true, tabBefore: tokenTab)
        } else {
            root = Node(.scalar("", .plain), at: status == .end && count == 0 ? .start : location(mark))
        }
        status = skipToContent()
        switch status {
        case .end:
            return root
        case .marker:
            if bytes[pos] == ASCII.period {
                pos += 3
                if skipToContent() == .end { return root }
            }
            throw unsupported(
                "several documents in one file are not supported in dossiers; a dossier file holds one document",
                mark)
        case .content:
            if tokenTab >= 0 && currentIndent() == tokenTab - lineStart { throw tabError(at: tokenTab) }
            throw syntax("unexpected text here; check the indentation of this line", mark)
        }
    }

    // MARK: - Block structure

    /// Parses a block node whose first token is at the cursor.
    ///
    /// - Parameters:
    ///   - parentIndent: the indentation of the enclosing block collection (-1 at the top).
    ///   - depth: the depth a collection starting here would have.
    ///   - allowCollection: whether a block mapping or sequence may start here (the
    ///     token starts its line, or follows `- `).
    ///   - tabBefore: the offset of a tab in the blanks before the token, or -1.
    mutating func parseBlockNode(
        parentIndent: Int, depth: Int, allowCollection: Bool, tabBefore: Int
    ) throws(YAMLFailure) -> Node {
        let byte = bytes[pos]
        let next = at(pos + 1)
        switch byte {
        case ASCII.minus where YAMLReader.isBlankOrBreakOrEnd(next):
            guard allowCollection else {
                throw syntax(
                    "a block sequence cannot start on the same line as its key or '---'; start it on the next line",
                    mark)
            }
            if tabBefore >= 0 { throw tabError(at: tabBefore) }
            return try parseBlockSequence(indent: pos - lineStart, depth: depth)
        case ASCII.pipe, ASCII.greaterThan:
            return try parseBlockScalar(parentIndent: parentIndent)
        default:
            let start = mark
            switch try parseKeyOrInline(parentIndent: parentIndent, depth: depth) {
            case .key(let key, let keyLocation, let plain):
                guard allowCollection else {
                    // Point at the ':' that made the text a key (the cursor is after it and its blanks).
                    var colon = pos - 1
                    while colon > start.offset && bytes[colon] != ASCII.colon { colon -= 1 }
                    throw syntax(
                        "a mapping cannot start on the same line as a key or '---'; put it on the next line, or quote the value if ': ' is part of it",
                        mark(at: colon))
                }
                if tabBefore >= 0 { throw tabError(at: tabBefore) }
                return try parseBlockMapping(
                    indent: start.offset - start.lineStart, depth: depth,
                    firstKey: key, firstKeyLocation: keyLocation, firstKeyIsPlain: plain, firstKeyMark: start)
            case .node(let node):
                try expectLineEnd()
                return node
            }
        }
    }

    /// What `parseKeyOrInline` found.
    enum KeyOrNode {
        /// A mapping key (the cursor is after its `:`).
        case key(String, SourceLocation, plain: Bool)
        /// A scalar or flow collection (the cursor is after it).
        case node(Node)
    }

    /// Parses a plain or quoted scalar or a flow collection in block context,
    /// and tells whether it is a mapping key.
    @inline(never)
    mutating func parseKeyOrInline(parentIndent: Int, depth: Int) throws(YAMLFailure) -> KeyOrNode {
        let start = mark
        let byte = bytes[pos]
        let next = at(pos + 1)
        switch byte {
        case ASCII.question where YAMLReader.isBlankOrBreakOrEnd(next):
            throw unsupported("a complex key ('? ' explicit key) is not supported in dossiers", start)
        case ASCII.colon where YAMLReader.isBlankOrBreakOrEnd(next):
            throw unsupported("an empty key (':' with no key before it) is not supported in dossiers", start)
        case ASCII.leftBracket, ASCII.leftBrace:
            let node = try parseFlowCollection(flowIndent: parentIndent + 1, depth: depth)
            _ = skipBlanks()
            if at(pos) == ASCII.colon {
                throw unsupported("a complex key (a collection used as a key) is not supported in dossiers", start)
            }
            return .node(node)
        case ASCII.doubleQuote, ASCII.singleQuote:
            let (text, multiLine) = try parseQuoted(minIndent: parentIndent + 1, inFlow: false)
            let style: ScalarStyle = byte == ASCII.doubleQuote ? .doubleQuoted : .singleQuoted
            let afterQuote = mark
            _ = skipBlanks()
            if at(pos) == ASCII.colon {
                if !YAMLReader.isBlankOrBreakOrEnd(at(pos + 1)) {
                    throw syntax("a space is needed after ':'", mark)
                }
                if multiLine {
                    throw syntax("a key must fit on one line", start)
                }
                pos += 1
                return .key(text, nodeLocation(start), plain: false)
            }
            pos = afterQuote.offset
            return .node(
                Node(.scalar(try checked(text, start), style), at: nodeLocation(start), end: nodeLocation(afterQuote)))
        default:
            try checkPlainStart(inFlow: false)
            let (textEnd, stop, reason, scalars) = scanPlainLine(from: pos, inFlow: false)
            if reason == .colon {
                let key = key(pos, textEnd)
                pos = stop + 1
                let location = nodeLocation(start)
                // The key's end remembered, so that its value's column is counted from there.
                _ = nodeLocation(textEnd, onLineOf: start, column: location.column + scalars)
                return .key(key, location, plain: true)
            }
            let node = try finishPlain(
                start: start, textEnd: textEnd, stop: stop, reason: reason, scalars: scalars,
                minIndent: parentIndent + 1, inFlow: false)
            return .node(node)
        }
    }

    /// Refuses the indicators that cannot start a plain scalar, with a message for each.
    @inline(never)
    mutating func checkPlainStart(inFlow: Bool) throws(YAMLFailure) {
        let byte = bytes[pos]
        let next = at(pos + 1)
        switch byte {
        case ASCII.ampersand:
            throw unsupported("an anchor (&name) is not supported in dossiers", mark)
        case ASCII.asterisk:
            throw unsupported("an alias (*name) is not supported in dossiers", mark)
        case ASCII.exclamation:
            throw unsupported("a tag (!tag or !!type) is not supported in dossiers", mark)
        case ASCII.percent:
            if pos == lineStart {
                throw unsupported("a directive (%YAML, %TAG) is not supported in dossiers", mark)
            }
            throw syntax("a value cannot start with '%'; quote it", mark)
        case ASCII.at, ASCII.backtick:
            throw syntax(
                "a value cannot start with '\(byte == ASCII.at ? "@" : "`")' (a reserved character); quote it", mark)
        case ASCII.comma, ASCII.leftBracket, ASCII.rightBracket, ASCII.leftBrace, ASCII.rightBrace:
            throw syntax("unexpected '\(Character(Unicode.Scalar(byte)))'", mark)
        case ASCII.hash:
            throw syntax("a comment needs a space before '#'", mark)
        case ASCII.pipe, ASCII.greaterThan:
            throw syntax("block scalars ('|' and '>') cannot be used inside a flow collection", mark)
        case ASCII.doubleQuote, ASCII.singleQuote:
            throw syntax("unexpected quote", mark)
        case ASCII.minus, ASCII.question, ASCII.colon:
            if YAMLReader.isBlankOrBreakOrEnd(next) || (inFlow && YAMLReader.isFlowIndicator(next)) {
                if byte == ASCII.minus {
                    throw syntax("'- ' sequence entries cannot be used inside a flow collection", mark)
                }
                if byte == ASCII.question {
                    throw unsupported("a complex key ('? ' explicit key) is not supported in dossiers", mark)
                }
                throw unsupported("an empty key (':' with no key before it) is not supported in dossiers", mark)
            }
        default:
            break
        }
    }

    /// Keys of the mappings being parsed are tracked here so that duplicates are
    /// found without an allocation per mapping.
    struct KeyIndex {
        /// Where this mapping's hashes start in `keyHashes`.
        var base: Int
        /// The marks of the mapping's kept keys (see `KeyTable.marks(level:)`); `nil` past the
        /// levels the table marks, where every key goes by its hash.
        var marks: KeyTable.KeyMarks?
        /// A dictionary from key to entry index, built for large mappings; keys
        /// are compared by their UTF-8 bytes, as in the linear scan (see `UTF8Key`).
        var dictionary: [UTF8Key: Int]? = nil
    }

    /// Starts tracking the keys of a mapping (see `KeyIndex`); `endKeys` ends it.
    @inline(__always)
    mutating func startKeys() -> KeyIndex {
        let index = KeyIndex(base: keyHashes.count, marks: keyTable.marks(level: openMappings))
        openMappings += 1
        return index
    }

    /// A hash of a key's UTF-8 bytes (`wordHash`), for telling apart the keys of a mapping
    /// (equal hashes are then compared byte by byte). Reads the bytes in place.
    @inline(__always)
    static func keyHash(_ key: String) -> UInt64 {
        if let hash = key.utf8.withContiguousStorageIfAvailable({ $0.wordHash }) { return hash }
        var copy = key
        return copy.withUTF8 { $0.wordHash }
    }

    /// The number of `key` in the key table (see `KeyTable.keptKey`), whose hash is `hash`.
    mutating func keptNumber(of key: String, hash: UInt64) -> Int {
        var key = key
        return key.withUTF8 { keyTable.keptKey($0, hash: hash).id }
    }

    /// Checks a new key of a mapping: merge keys are refused, duplicates are errors.
    ///
    /// A key the key table keeps (the last one `key(_:_:)` made, most keys) is told apart by
    /// its number in one look at the mapping's marks. Others (quoted keys, long keys, keys of
    /// deep mappings) compare hashes, then bytes; a kept key and another are never the same.
    @inline(never)
    mutating func checkKey(
        _ key: String, plain: Bool, mark: Mark, entries: UnsafeBufferPointer<MappingEntry>, index: inout KeyIndex
    ) throws(YAMLFailure) {
        if plain && key.utf8.count == 2 && key == "<<" {
            throw unsupported("a merge key (<<) is not supported in dossiers", mark)
        }
        if entries.count >= maximumKeys {
            throw error(.limitExceeded, "a mapping has more than the limit of \(maximumKeys) keys", mark)
        }
        var hash: UInt64
        var id = -1
        if let lastKey, lastKey.words == UTF8Key.words(of: key) {
            (hash, id) = (lastKey.hash, lastKey.id)
        } else {
            hash = YAMLReader.keyHash(key)
            // A quoted key is the same key as a plain one of the same bytes: it takes its number.
            if index.marks != nil { id = keptNumber(of: key, hash: hash) }
        }
        if id >= 0, let marks = index.marks {
            guard marks.markRepeated(id) else { return }
            guard let first = UTF8Key.index(of: key, in: entries) else {
                assertionFailure("a key marked as met in its mapping is not among the mapping's entries")
                return
            }
            throw duplicate(key, first: entries[first].keyLocation, mark)
        }
        if var dictionary = index.dictionary {
            index.dictionary = nil
            if let first = dictionary[UTF8Key(key)] {
                throw duplicate(key, first: entries[first].keyLocation, mark)
            }
            dictionary[UTF8Key(key)] = entries.count
            index.dictionary = dictionary
        } else {
            var position = index.base
            let end = keyHashes.count
            while position < end {
                if keyHashes[position].hash == hash {
                    let entry = entries[keyHashes[position].entry]
                    if UTF8Key.same(entry.key, key) { throw duplicate(key, first: entry.keyLocation, mark) }
                }
                position += 1
            }
            if end - index.base >= 64 {
                var dictionary = [UTF8Key: Int](minimumCapacity: 256)
                for (offset, entry) in entries.enumerated() { dictionary[UTF8Key(entry.key)] = offset }
                dictionary[UTF8Key(key)] = entries.count
                index.dictionary = dictionary
            }
        }
        keyHashes.append((hash, entries.count))
    }

    /// Forgets the keys of a finished mapping.
    @inline(__always)
    mutating func endKeys(_ index: KeyIndex) {
        keyHashes.removeSubrange(index.base...)
        openMappings -= 1
    }

    @inline(never)
    func duplicate(_ key: String, first: SourceLocation, _ mark: Mark) -> YAMLFailure {
        error(.duplicateKey, "duplicate key '\(key)' (first defined on line \(first.line))", mark)
    }

    /// Parses a block mapping whose first key was read; the cursor is after its `:`.
    mutating func parseBlockMapping(
        indent: Int, depth: Int, firstKey: String, firstKeyLocation: SourceLocation, firstKeyIsPlain: Bool,
        firstKeyMark: Mark
    ) throws(YAMLFailure) -> Node {
        if depth > maximumDepth { throw depthError(firstKeyMark) }
        let start = openEntries.count
        var index = startKeys()
        var key = firstKey
        var keyLocation = firstKeyLocation
        var keyIsPlain = firstKeyIsPlain
        var keyMark = firstKeyMark
        while true {
            try checkKey(
                key, plain: keyIsPlain, mark: keyMark, entries: openEntries.elements(from: start), index: &index)
            let value = try parseBlockMappingValue(indent: indent, depth: depth + 1)
            openEntries.push(MappingEntry(key: key, keyLocation: keyLocation, value: value))

            guard try continuesBlockCollection(indent: indent, entries: "the keys of its mapping") else { break }
            let byte = bytes[pos]
            if byte == ASCII.minus && YAMLReader.isBlankOrBreakOrEnd(at(pos + 1)) {
                throw syntax(
                    "a '- ' sequence entry where a key of the mapping was expected; check the indentation", mark)
            }
            if byte == ASCII.pipe || byte == ASCII.greaterThan {
                throw syntax("expected a key ('key: value') here", mark)
            }
            keyMark = mark
            switch try parseKeyOrInline(parentIndent: indent, depth: depth + 1) {
            case .key(let nextKey, let nextLocation, let plain):
                key = nextKey
                keyLocation = nextLocation
                keyIsPlain = plain
            case .node:
                throw syntax(
                    "expected a key ('key: value') here; a value that continues on this line must be indented more than its key",
                    keyMark)
            }
        }
        endKeys(index)
        let end = openEntries.last.value.end
        return Node(.mapping(openEntries.pop(from: start)), at: firstKeyLocation, end: end)
    }

    /// Parses the value after a block mapping key's `:`.
    @inline(__always)
    mutating func parseBlockMappingValue(indent: Int, depth: Int) throws(YAMLFailure) -> Node {
        let afterColon = mark
        let tab = skipBlanks()
        let byte = at(pos)
        if YAMLReader.isBreakOrEnd(byte) || byte == ASCII.hash {
            guard skipToContent() == .content else { return Node(.scalar("", .plain), at: nodeLocation(afterColon)) }
            let lineIndent = currentIndent()
            if lineIndent > indent {
                return try parseBlockNode(
                    parentIndent: indent, depth: depth, allowCollection: true, tabBefore: tokenTab)
            }
            if lineIndent == indent && tokenTab < 0 && bytes[pos] == ASCII.minus
                && YAMLReader.isBlankOrBreakOrEnd(at(pos + 1))
            {
                return try parseBlockSequence(indent: indent, depth: depth)
            }
            return Node(.scalar("", .plain), at: nodeLocation(afterColon))
        }
        return try parseBlockNode(parentIndent: indent, depth: depth, allowCollection: false, tabBefore: tab)
    }

    /// After an entry of a block collection at `indent`: moves to the next token and tells
    /// whether it continues the collection (same indentation). Less indentation or the end of
    /// input ends it; more indentation, or a tab in the indentation, is an error. `entries`
    /// names the collection's entries for the over-indentation message.
    mutating func continuesBlockCollection(indent: Int, entries: String) throws(YAMLFailure) -> Bool {
        guard skipToContent() == .content else { return false }
        let lineIndent = currentIndent()
        if lineIndent < indent {
            if tokenTab >= 0 && lineIndent + lineStart == tokenTab && pos - lineStart > indent {
                throw tabError(at: tokenTab)
            }
            return false
        }
        if lineIndent > indent {
            throw overIndented(entries, indent: indent, mark)
        }
        if tokenTab >= 0 { throw tabError(at: tokenTab) }
        return true
    }

    /// Parses a block sequence; the cursor is on its first `-`.
    mutating func parseBlockSequence(indent: Int, depth: Int) throws(YAMLFailure) -> Node {
        if depth > maximumDepth { throw depthError(mark) }
        let location = nodeLocation(mark)
        let start = openElements.count
        while true {
            pos += 1
            let afterDash = mark
            let tab = skipBlanks()
            let byte = at(pos)
            if YAMLReader.isBreakOrEnd(byte) || byte == ASCII.hash {
                if skipToContent() == .content && currentIndent() > indent {
                    openElements.push(
                        try parseBlockNode(
                            parentIndent: indent, depth: depth + 1, allowCollection: true, tabBefore: tokenTab))
                } else {
                    openElements.push(Node(.scalar("", .plain), at: nodeLocation(afterDash)))
                }
            } else {
                openElements.push(
                    try parseBlockNode(parentIndent: indent, depth: depth + 1, allowCollection: true, tabBefore: tab))
            }

            guard try continuesBlockCollection(indent: indent, entries: "the '- ' entries of its sequence") else {
                break
            }
            guard bytes[pos] == ASCII.minus && YAMLReader.isBlankOrBreakOrEnd(at(pos + 1)) else { break }
        }
        let end = openElements.last.end
        return Node(.sequence(openElements.pop(from: start)), at: location, end: end)
    }
}
