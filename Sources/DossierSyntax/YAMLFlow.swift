/// Flow collections of the YAML subset: `[...]` and `{...}`.
extension YAMLReader {
    /// Skips blanks, line breaks and comments inside a flow collection. New lines
    /// that hold content must be indented at least `flowIndent` spaces.
    @inline(never)
    mutating func skipFlowSpace(flowIndent: Int) throws(YAMLFailure) {
        while pos < count {
            let byte = bytes[pos]
            if byte == ASCII.space || byte == ASCII.tab {
                pos += 1
            } else if byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
                breakLine()
                let begin = pos
                while pos < count && bytes[pos] == ASCII.space { pos += 1 }
                let spaces = pos - begin
                _ = skipBlanks()
                let next = at(pos)
                if YAMLReader.isBreakOrEnd(next) || next == ASCII.hash { continue }
                if spaces == 0 && isDocumentMarker(begin) {
                    throw syntax(
                        "a document marker inside a flow collection (a ']' or '}' is missing)", mark(at: begin))
                }
                if spaces < flowIndent {
                    if bytes[begin + spaces] == ASCII.tab { throw tabError(at: begin + spaces) }
                    throw flowUnderIndented(flowIndent, mark)
                }
            } else if byte == ASCII.hash && startsComment(pos) {
                skipToLineEnd()
            } else {
                return
            }
        }
    }

    @inline(never)
    func flowUnderIndented(_ minimum: Int, _ mark: Mark) -> YAMLFailure {
        syntax(
            "this line is inside a flow collection ('[...]' or '{...}') and must be indented by at least \(minimum) \(minimum == 1 ? "space" : "spaces")",
            mark)
    }

    /// Whether the `:` at the cursor is a value indicator in flow context.
    @inline(__always)
    func isFlowValueIndicator(afterJSONLikeNode: Bool) -> Bool {
        guard at(pos) == ASCII.colon else { return false }
        if afterJSONLikeNode { return true }
        let next = at(pos + 1)
        return YAMLReader.isBlankOrBreakOrEnd(next) || YAMLReader.isFlowIndicator(next)
    }

    /// Parses a flow node inside a flow collection. Returns the node and whether it
    /// is "JSON-like" (quoted or a collection), after which a `:` needs no space. A plain
    /// scalar that is a mapping's key (`asKey`) on one line is read as a key (`key(_:_:)`).
    mutating func parseFlowNode(
        flowIndent: Int, depth: Int, asKey: Bool = false
    ) throws(YAMLFailure) -> (Node, jsonLike: Bool) {
        let byte = bytes[pos]
        switch byte {
        case ASCII.leftBracket, ASCII.leftBrace:
            return (try parseFlowCollection(flowIndent: flowIndent, depth: depth), true)
        case ASCII.doubleQuote, ASCII.singleQuote:
            let start = mark
            let (text, _) = try parseQuoted(minIndent: flowIndent, inFlow: true)
            let style: ScalarStyle = byte == ASCII.doubleQuote ? .doubleQuoted : .singleQuoted
            return (
                Node(.scalar(try checked(text, start), style), at: nodeLocation(start), end: nodeLocation(mark)), true
            )
        default:
            try checkPlainStart(inFlow: true)
            let start = mark
            let (textEnd, stop, reason, scalars) = scanPlainLine(from: pos, inFlow: true)
            let node = try finishPlain(
                start: start, textEnd: textEnd, stop: stop, reason: reason, scalars: scalars, minIndent: flowIndent,
                inFlow: true, asKey: asKey)
            return (node, false)
        }
    }

    /// Parses a flow sequence or mapping at the cursor (on its `[` or `{`).
    mutating func parseFlowCollection(flowIndent: Int, depth: Int) throws(YAMLFailure) -> Node {
        if depth > maximumDepth { throw depthError(mark) }
        if bytes[pos] == ASCII.leftBracket {
            return try parseFlowSequence(flowIndent: flowIndent, depth: depth)
        }
        return try parseFlowMapping(flowIndent: flowIndent, depth: depth)
    }

    /// Parses a flow sequence at the cursor (on its `[`).
    mutating func parseFlowSequence(flowIndent: Int, depth: Int) throws(YAMLFailure) -> Node {
        let start = mark
        let location = nodeLocation(start)
        pos += 1
        let first = openElements.count
        while true {
            try skipFlowSpace(flowIndent: flowIndent)
            guard pos < count else { throw syntax("unterminated flow sequence: the closing ']' is missing", start) }
            let byte = bytes[pos]
            if byte == ASCII.rightBracket {
                pos += 1
                break
            }
            if byte == ASCII.comma { throw syntax("unexpected ',' (an empty entry) in a flow sequence", mark) }
            let itemMark = mark
            let (item, jsonLike) = try parseFlowNode(flowIndent: flowIndent, depth: depth + 1)
            let itemEndLine = line
            _ = skipBlanks()
            if isFlowValueIndicator(afterJSONLikeNode: jsonLike) {
                // A single-pair mapping: `[key: value]`.
                openElements.push(
                    try parseFlowPair(
                        key: item, keyMark: itemMark, keyEndLine: itemEndLine, flowIndent: flowIndent, depth: depth + 1)
                )
            } else {
                openElements.push(item)
            }
            try skipFlowSpace(flowIndent: flowIndent)
            guard pos < count else { throw syntax("unterminated flow sequence: the closing ']' is missing", start) }
            let after = bytes[pos]
            if after == ASCII.comma {
                pos += 1
            } else if after == ASCII.rightBracket {
                pos += 1
                break
            } else {
                throw syntax("expected ',' or ']' in a flow sequence", mark)
            }
        }
        // The cursor is just after the closing ']'.
        return Node(.sequence(openElements.pop(from: first)), at: location, end: nodeLocation(mark))
    }

    /// Parses the value of a single-pair mapping inside a flow sequence; the cursor is on the `:`.
    @inline(never)
    mutating func parseFlowPair(key: Node, keyMark: Mark, keyEndLine: Int, flowIndent: Int, depth: Int)
        throws(YAMLFailure) -> Node
    {
        guard let keyText = key.scalarText else {
            throw unsupported("a complex key (a collection used as a key) is not supported in dossiers", keyMark)
        }
        if keyMark.line != keyEndLine { throw syntax("a key must fit on one line", keyMark) }
        if depth > maximumDepth { throw depthError(keyMark) }
        if key.scalarStyle == .plain && keyText == "<<" {
            throw unsupported("a merge key (<<) is not supported in dossiers", keyMark)
        }
        pos += 1
        let afterColon = mark
        try skipFlowSpace(flowIndent: flowIndent)
        let value: Node
        let next = at(pos)
        if next == ASCII.comma || next == ASCII.rightBracket || pos >= count {
            value = Node(.scalar("", .plain), at: nodeLocation(afterColon))
        } else {
            value = try parseFlowNode(flowIndent: flowIndent, depth: depth + 1).0
        }
        let entry = MappingEntry(key: keyText, keyLocation: key.location, value: value)
        return Node(.mapping([entry]), at: key.location, end: value.end)
    }

    /// Parses a flow mapping at the cursor (on its `{`).
    mutating func parseFlowMapping(flowIndent: Int, depth: Int) throws(YAMLFailure) -> Node {
        let start = mark
        let location = nodeLocation(start)
        pos += 1
        let first = openEntries.count
        var index = startKeys()
        while true {
            try skipFlowSpace(flowIndent: flowIndent)
            guard pos < count else { throw syntax("unterminated flow mapping: the closing '}' is missing", start) }
            let byte = bytes[pos]
            if byte == ASCII.rightBrace {
                pos += 1
                break
            }
            if byte == ASCII.comma { throw syntax("unexpected ',' (an empty entry) in a flow mapping", mark) }
            let keyMark = mark
            let (keyNode, jsonLike) = try parseFlowNode(flowIndent: flowIndent, depth: depth + 1, asKey: true)
            guard case .scalar(let keyText, let keyStyle) = keyNode.content else {
                throw unsupported("a complex key (a collection used as a key) is not supported in dossiers", keyMark)
            }
            let keyLocation = keyNode.location
            try checkKey(
                keyText, plain: keyStyle == .plain, mark: keyMark, entries: openEntries.elements(from: first),
                index: &index)
            let afterKey = mark
            try skipFlowSpace(flowIndent: flowIndent)
            let value: Node
            if isFlowValueIndicator(afterJSONLikeNode: jsonLike) {
                pos += 1
                let afterColon = mark
                try skipFlowSpace(flowIndent: flowIndent)
                let next = at(pos)
                if next == ASCII.comma || next == ASCII.rightBrace || pos >= count {
                    value = Node(.scalar("", .plain), at: nodeLocation(afterColon))
                } else {
                    value = try parseFlowNode(flowIndent: flowIndent, depth: depth + 1).0
                }
            } else {
                value = Node(.scalar("", .plain), at: nodeLocation(afterKey))
            }
            openEntries.push(MappingEntry(key: keyText, keyLocation: keyLocation, value: value))
            try skipFlowSpace(flowIndent: flowIndent)
            guard pos < count else { throw syntax("unterminated flow mapping: the closing '}' is missing", start) }
            let after = bytes[pos]
            if after == ASCII.comma {
                pos += 1
            } else if after == ASCII.rightBrace {
                pos += 1
                break
            } else {
                throw syntax("expected ',' or '}' in a flow mapping", mark)
            }
        }
        endKeys(index)
        // The cursor is just after the closing '}'.
        return Node(.mapping(openEntries.pop(from: first)), at: location, end: nodeLocation(mark))
    }
}
