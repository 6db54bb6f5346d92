import Testing

@testable import DossierRules

/// The web addresses of a certificate query route, read byte by byte from ASCII text and
/// character by character from any other: the two readings agree on ASCII.
@Suite("certificate query route addresses")
struct CertificateQueryRouteTests {
    @Test("ASCII text: bytes and characters give the same tokens")
    func asciiAgreesWithCharacters() {
        let alphabet = RandomTexts.characters(of: "aZ9.-:/_%?=&#~+ ,;()\r\n\tHTTPS://Www.CNCA.gov.cn/x?q=1")
        for text in RandomTexts.make(2_000, from: alphabet, maxPieces: 40) {
            #expect(
                CertificateQueryRouteRule.asciiAddressTokens(in: text)
                    == CertificateQueryRouteRule.addressTokens(in: text),
                "\(Array(text.utf8))")
        }
    }

    @Test("ASCII tokens: bytes and characters give the same host")
    func asciiHostAgreesWithCharacters() {
        let alphabet = RandomTexts.characters(of: "ab9.-:/_%?=&#~+")
        for token in RandomTexts.make(3_000, from: alphabet, maxPieces: 16) {
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
