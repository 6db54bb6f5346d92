import DossierSyntax

/// RFC 6901 JSON Pointers, as fields and findings write them: the one reading and writing of
/// their tokens.
///
/// A token is escaped and unescaped by bytes (`~` is `~0`, `/` is `~1`), whatever follows
/// it: a key whose `/` or `~` is followed by a combining mark round-trips like any other.
/// Findings' pointers and messages are made by the thousand in a repository under review, so
/// the tokens are read in place, not split as characters.
package enum JSONPointer {
    private static let slash = UInt8(ascii: "/")
    private static let tilde = UInt8(ascii: "~")

    /// The reference tokens of `pointer`, unescaped (`~1` is `/`, then `~0` is `~`):
    /// `/a~1b/0` gives `["a/b", "0"]`; `""` gives none. What comes before the first `/` is
    /// not a token (a pointer starts with one).
    package static func tokens(of pointer: String) -> [String] {
        var pointer = pointer
        return pointer.withUTF8 { bytes -> [String] in
            guard var start = bytes.firstIndex(of: slash) else { return [] }
            var tokens: [String] = []
            while true {
                start += 1
                var end = start
                var escaped = false
                while end < bytes.count && bytes[end] != slash {
                    if bytes[end] == tilde { escaped = true }
                    end += 1
                }
                let token = UnsafeBufferPointer(rebasing: bytes[start..<end])
                tokens.append(escaped ? unescaped(token) : String(decoding: token, as: UTF8.self))
                guard end < bytes.count else { return tokens }
                start = end
            }
        }
    }

    /// A token's text: `~1` is `/` and `~0` is `~`, read left to right; any other `~` stays.
    private static func unescaped(_ token: UnsafeBufferPointer<UInt8>) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(token.count)
        var index = 0
        while index < token.count {
            let byte = token[index]
            if byte == tilde && index + 1 < token.count {
                let next = token[index + 1]
                if next == UInt8(ascii: "0") || next == UInt8(ascii: "1") {
                    result.append(next == UInt8(ascii: "0") ? tilde : slash)
                    index += 2
                    continue
                }
            }
            result.append(byte)
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends `/` and `key` as a token to the pointer's UTF-8 `bytes`: `~` written `~0`, `/`
    /// written `~1`.
    package static func appendKey(_ key: String, to bytes: inout [UInt8]) {
        bytes.append(slash)
        var key = key
        key.withUTF8 { text in
            guard text.contains(where: { $0 == tilde || $0 == slash }) else {
                bytes.append(contentsOf: text)
                return
            }
            for byte in text {
                switch byte {
                case tilde: bytes += [tilde, UInt8(ascii: "0")]
                case slash: bytes += [tilde, UInt8(ascii: "1")]
                default: bytes.append(byte)
                }
            }
        }
    }

    /// Appends `/` and the decimal digits of `index` (a sequence's element) to the pointer's
    /// UTF-8 `bytes`.
    package static func appendIndex(_ index: Int, to bytes: inout [UInt8]) {
        bytes.append(slash)
        bytes.appendDecimal(index)
    }

    /// The path of `tokens` for messages: `audits[1].dates.end`, a token that reads as a whole
    /// number written as an index; `(document)` for none.
    package static func path(ofTokens tokens: [String]) -> String {
        var result = ""
        for name in tokens {
            if !name.isEmpty, let index = Int(name) {
                result += "["
                result += String(index)
                result += "]"
            } else {
                if !result.isEmpty { result += "." }
                result += name
            }
        }
        return result.isEmpty ? "(document)" : result
    }
}
