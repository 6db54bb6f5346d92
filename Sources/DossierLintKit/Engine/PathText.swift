/// The path operations the tool needs, on path text alone (no file system),
/// as Foundation's `NSString` path methods do them, without linking Foundation.
package enum PathText {
    /// The last component: `a/b.yaml` → `b.yaml`, `a/b/` → `b`, `/` → `/`.
    package static func lastComponent(of path: String) -> String {
        // An ASCII path's characters are its bytes: read as bytes (a run lists 10,000 files).
        guard path.isASCII else { return lastComponentByCharacter(of: path) }
        let bytes = path.utf8
        var end = bytes.endIndex
        while bytes.distance(from: bytes.startIndex, to: end) > 1
            && bytes[bytes.index(before: end)] == UInt8(ascii: "/")
        {
            end = bytes.index(before: end)
        }
        let text = path[..<end]
        guard text != "/", let slash = text.utf8.lastIndex(of: UInt8(ascii: "/")) else { return String(text) }
        return String(text[text.utf8.index(after: slash)...])
    }

    /// `lastComponent(of:)` read character by character, for any path.
    static func lastComponentByCharacter(of path: String) -> String {
        var text = Substring(path)
        while text.count > 1 && text.hasSuffix("/") { text.removeLast() }
        guard text != "/", let slash = text.lastIndex(of: "/") else { return String(text) }
        return String(text[text.index(after: slash)...])
    }

    /// The path without its last component: `a/b.yaml` → `a`, `a//b` → `a`,
    /// `/a` → `/`, `b.yaml` → the empty text.
    package static func deletingLastComponent(of path: String) -> String {
        var text = Substring(path)
        while text.count > 1 && text.hasSuffix("/") { text.removeLast() }
        guard let slash = text.lastIndex(of: "/") else { return "" }
        var head = text[..<slash]
        while head.hasSuffix("/") { head.removeLast() }
        if head.isEmpty { return text.hasPrefix("/") ? "/" : "" }
        return String(head)
    }

    /// `name` inside `folder`: `out` and `a.md` → `out/a.md`; `out/` → `out/a.md`;
    /// the empty folder → `a.md`.
    package static func appending(_ name: String, to folder: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
