/// The glob patterns of a configuration's `include` and `exclude`, matched
/// against paths relative to the configuration's folder, like `.gitignore`:
///
/// - `*` matches any characters but `/`, `?` one character, `[abc]`, `[a-z]`
///   and `[!abc]` one character of (or not of) a set;
/// - `**` as a whole path segment matches any number of folders (also none);
/// - a pattern without `/` matches a file or folder name at any depth
///   (`*.json`, `archive`); a pattern with `/` matches from the
///   configuration's folder (`dossiers/2025/*.yaml`; a leading `/` or `./` is allowed);
/// - a pattern that matches a folder matches everything below it; a trailing
///   `/` makes a pattern match folders only (`drafts/`).
public enum Glob {
    /// Whether `path` (relative, `/`-separated) matches `pattern`.
    public static func matches(_ pattern: String, path: String) -> Bool {
        var pattern = pattern
        var anchored = false
        while pattern.hasPrefix("./") { pattern.removeFirst(2) }
        if pattern.hasPrefix("/") {
            pattern.removeFirst()
            anchored = true
        }
        var foldersOnly = false
        while pattern.hasSuffix("/") {
            pattern.removeLast()
            foldersOnly = true
        }
        var relative = path
        while relative.hasPrefix("./") { relative.removeFirst(2) }
        let pathSegments = relative.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !pattern.isEmpty, !pathSegments.isEmpty else { return false }
        let lastPrefix = foldersOnly ? pathSegments.count - 1 : pathSegments.count
        guard lastPrefix >= 1 else { return false }
        if !anchored && !pattern.contains("/") {
            return pathSegments.prefix(lastPrefix).contains { segmentMatches(Array(pattern), Array($0)) }
        }
        let patternSegments = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        for length in 1...lastPrefix where segmentsMatch(patternSegments[...], pathSegments[..<length]) {
            return true
        }
        return false
    }

    /// Whether path segments match pattern segments, `**` matching any number of segments.
    static func segmentsMatch(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            var remaining = path
            while true {
                if segmentsMatch(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let segment = path.first, segmentMatches(Array(first), Array(segment)) else { return false }
        return segmentsMatch(pattern.dropFirst(), path.dropFirst())
    }

    /// Whether one name matches one pattern segment (`*`, `?`, `[...]`).
    static func segmentMatches(_ pattern: [Character], _ name: [Character]) -> Bool {
        var p = 0
        var n = 0
        var starP = -1
        var starN = 0
        while n < name.count {
            if p < pattern.count {
                switch pattern[p] {
                case "*":
                    starP = p
                    starN = n
                    p += 1
                    continue
                case "?":
                    p += 1
                    n += 1
                    continue
                case "[":
                    if let (matched, next) = matchClass(pattern, at: p, name[n]) {
                        if matched {
                            p = next
                            n += 1
                            continue
                        }
                    } else if name[n] == "[" {  // an unclosed `[` is itself
                        p += 1
                        n += 1
                        continue
                    }
                default:
                    if pattern[p] == name[n] {
                        p += 1
                        n += 1
                        continue
                    }
                }
            }
            guard starP >= 0 else { return false }
            p = starP + 1
            starN += 1
            n = starN
        }
        while p < pattern.count && pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    /// Matches `character` against the class starting at `pattern[start]` (`[`):
    /// whether it matched and the index after the class, or `nil` when the class is not closed.
    static func matchClass(_ pattern: [Character], at start: Int, _ character: Character) -> (Bool, Int)? {
        var index = start + 1
        var negated = false
        if index < pattern.count && (pattern[index] == "!" || pattern[index] == "^") {
            negated = true
            index += 1
        }
        var matched = false
        var first = true
        while index < pattern.count {
            let current = pattern[index]
            if current == "]" && !first { return (matched != negated, index + 1) }
            first = false
            if index + 2 < pattern.count && pattern[index + 1] == "-" && pattern[index + 2] != "]" {
                if current <= character && character <= pattern[index + 2] { matched = true }
                index += 3
            } else {
                if current == character { matched = true }
                index += 1
            }
        }
        return nil
    }
}
