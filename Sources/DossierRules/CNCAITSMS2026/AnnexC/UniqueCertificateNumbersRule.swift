import DossierLintKit

/// Annex C (C.1, C.5): a certificate number belongs to one certificate; the
/// same number is not written on two certificates of the repository.
struct UniqueCertificateNumbersRule: RepositoryRule {
    static let identifier = "unique-certificate-numbers"

    func check(_ context: RepositoryContext) {
        var first: [String: String] = [:]
        for dossier in context.repository.dossiers {
            for certificate in dossier.certificates {
                let number = AnnexCGrammar.normalised(certificate.number).uppercased()
                if let earlier = first[number] {
                    context.report(
                        file: dossier.path, certificate.place,
                        Message(
                            zh: "证书编号 \(certificate.number) 已用于 \(earlier) 中的另一张证书",
                            en:
                                "the certificate number \(certificate.number) is already used by another "
                                + "certificate in "
                                + "\(earlier)"))
                } else {
                    first[number] = dossier.path
                }
            }
        }
    }
}
