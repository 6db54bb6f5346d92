import DossierLintKit

/// Annex C (C.1): the sequence number counts the certificates one body issues
/// in one year, so two different certificates of the same body and issue year
/// do not share it.
struct CertificateSequenceUniqueRule: RepositoryRule {
    static let identifier = "certificate-sequence-unique"

    func check(_ context: RepositoryContext) {
        var first: [String: (number: String, path: String)] = [:]
        for dossier in context.repository.dossiers {
            for certificate in dossier.certificates {
                guard let key = certificate.sequenceKey else { continue }
                let number = AnnexCGrammar.normalised(certificate.number).uppercased()
                guard let earlier = first[key] else {
                    first[key] = (number, dossier.path)
                    continue
                }
                guard earlier.number != number else { continue }
                let parts = key.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                let sequence = parts.count == 3 ? parts[2] : key
                let year = parts.count == 3 ? parts[1] : "?"
                context.report(
                    file: dossier.path, certificate.place,
                    Message(
                        zh: "证书 \(certificate.number) 的顺序号 \(sequence) 与同一认证机构 \(year) 年签发的证书 \(earlier.number)"
                            + "（\(earlier.path)）重复",
                        en: "the certificate \(certificate.number) repeats the sequence number \(sequence) of "
                            + "\(earlier.number) (\(earlier.path)), issued by the same body in the same year (\(year))")
                )
            }
        }
    }
}
