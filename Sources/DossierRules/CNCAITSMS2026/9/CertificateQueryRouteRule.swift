import DossierLintKit
import DossierSyntax

/// 9.3: the body offers the public a way to check certificates that is not
/// only CNCA's own platforms (CNCA's site, 认e云).
struct CertificateQueryRouteRule: Rule {
    static let identifier = "certificate-query-route"

    func check(_ context: RuleContext) {
        let field = context.dossier["certification_body"]["certificate_query"]
        let routes: [String]?
        if field.isSequence {
            routes = context.texts(field)
        } else {
            routes = context.text(field).map { [$0] }
        }
        guard let routes else { return }
        let hosts = context.listParameter("cnca_hosts").map { $0.lowercased() }
        let names = context.listParameter("cnca_platform_names")
        let own = routes.filter { !isCNCARoute($0, hosts: hosts, names: names) && !$0.isEmpty }
        guard own.isEmpty else { return }
        let written = routes.joined(separator: ", ")
        context.report(
            field,
            Message(
                zh: "证书查询途径（\(written)）仅为国家认监委或其公共服务平台；认证机构应通过自己的网站或其他形式提供查询",
                en: "the certificate query route (\(written)) is only CNCA's own platform; the body must offer "
                    + "its own website or other means"))
    }

    /// Whether a route points only to CNCA: every web address in it is a CNCA
    /// host, or it has no web address and names a CNCA platform.
    private func isCNCARoute(_ route: String, hosts: [String], names: [String]) -> Bool {
        let found = CertificateQueryRouteRule.hosts(in: route)
        if !found.isEmpty {
            return found.allSatisfy { host in hosts.contains { host == $0 || host.hasSuffix("." + $0) } }
        }
        return names.contains { route.contains($0) }
    }

    /// The ASCII characters a web address is read from, by byte value.
    private static let addressBytes: [Bool] = (0..<128).map { byte in
        "abcdefghijklmnopqrstuvwxyz0123456789.-:/_%?=&#~+".utf8.contains(UInt8(byte))
    }

    /// The host names of the web addresses written in a text.
    static func hosts(in text: String) -> [String] {
        if text.isASCII { return asciiAddressTokens(in: text).compactMap(asciiHost(of:)) }
        return addressTokens(in: text).compactMap(host(of:))
    }

    /// The host name of an address token (after its scheme, before its path, port, query or
    /// fragment), if it has a dot and a letter and neither starts nor ends with a dot.
    static func host(of token: String) -> String? {
        var rest = Substring(token)
        if let scheme = rest.firstRange(of: "://") { rest = rest[scheme.upperBound...] }
        let host = rest.prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
        guard host.contains("."), host.contains(where: { $0.isLetter }), !host.hasPrefix("."), !host.hasSuffix(".")
        else { return nil }
        return String(host)
    }

    /// `host(of:)` of an ASCII token, byte by byte.
    static func asciiHost(of token: String) -> String? {
        let bytes = Array(token.utf8)
        var start = 0
        if let scheme = (0..<max(0, bytes.count - 2)).first(where: {
            bytes[$0] == UInt8(ascii: ":") && bytes[$0 + 1] == UInt8(ascii: "/") && bytes[$0 + 2] == UInt8(ascii: "/")
        }) {
            start = scheme + 3
        }
        var end = start
        while end < bytes.count && !"/:?#".utf8.contains(bytes[end]) { end += 1 }
        let host = bytes[start..<end]
        guard host.contains(UInt8(ascii: ".")),
            host.contains(where: { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }),
            host.first != UInt8(ascii: "."), host.last != UInt8(ascii: ".")
        else { return nil }
        return String(decoding: host, as: UTF8.self)
    }

    /// The runs of address characters of a text, lowercased, character by character.
    static func addressTokens(in text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for character in text.lowercased() {
            if let ascii = character.asciiValue, CertificateQueryRouteRule.addressBytes[Int(ascii)] {
                current.append(character)
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// `addressTokens(in:)` of an ASCII text (most routes), byte by byte: its characters are its
    /// bytes (a CR LF pair, one character, is no address character either way), lowercased as
    /// bytes.
    static func asciiAddressTokens(in text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            if CertificateQueryRouteRule.addressBytes[Int(lower)] {
                current.append(lower)
            } else if !current.isEmpty {
                tokens.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }
}
