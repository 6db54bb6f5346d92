import Testing

@testable import DossierRules

/// The web addresses of a certificate query route, read byte by byte from ASCII text and
/// character by character from any other: the two readings agree on ASCII.
@Suite("certificate query route addresses")
struct CertificateQueryRouteTests {
    @Test("ASCII text: bytes and characters give the same tokens")
    func asciiAgreesWithCharacters() {
        let alphabet = Array("aZ9.-:/_%?=&#~+ ,;()\r\n\tHTTPS://Www.CNCA.gov.cn/x?q=1".utf8)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...40, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(
                CertificateQueryRouteRule.asciiAddressTokens(in: text)
                    == CertificateQueryRouteRule.addressTokens(in: text),
                "\(bytes)")
        }
    }

    @Test("ASCII tokens: bytes and characters give the same host")
    func asciiHostAgreesWithCharacters() {
        let alphabet = Array("ab9.-:/_%?=&#~+".utf8)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let length = Int.random(in: 0...16, using: &generator)
            let token = String(
                decoding: (0..<length).map { _ in alphabet.randomElement(using: &generator)! }, as: UTF8.self)
            #expect(
                CertificateQueryRouteRule.asciiHost(of: token) == CertificateQueryRouteRule.host(of: token), "\(token)")
        }
        for token in ["https://a.b/c", "x://", "://a.b", "a.b:80", "https://.a.b", "9.9", "a.b."] {
            #expect(
                CertificateQueryRouteRule.asciiHost(of: token) == CertificateQueryRouteRule.host(of: token), "\(token)")
        }
    }

    @Test("hosts of ASCII and Chinese routes")
    func hosts() {
        #expect(CertificateQueryRouteRule.hosts(in: "HTTPS://Cert.Example.CN/query") == ["cert.example.cn"])
        #expect(
            CertificateQueryRouteRule.hosts(in: "见 www.cnca.gov.cn 或 http://x.example.com:8080/a") == [
                "www.cnca.gov.cn", "x.example.com",
            ])
        #expect(CertificateQueryRouteRule.hosts(in: "tel 021-12345678, .bad., 1.2") == [])
    }
}
