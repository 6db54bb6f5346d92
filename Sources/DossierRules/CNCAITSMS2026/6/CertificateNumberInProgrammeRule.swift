import DossierLintKit

/// 6.2.4: every certificate has a number, and the number the audit programme
/// records is the number of one of the dossier's certificates.
struct CertificateNumberInProgrammeRule: Rule {
    static let identifier = "certificate-number-in-programme"

    func check(_ context: RuleContext) {
        let certificates = context.dossier["certificates"].elements
        guard !certificates.isEmpty else { return }
        var numbers: [String] = []
        for certificate in certificates {
            if let number = context.text(certificate["number"]) { numbers.append(number) }
        }
        guard numbers.count == certificates.count else { return }
        let programmeNumber = context.dossier["programme"]["certificate_number"]
        guard let recorded = context.optional(programmeNumber, { $0.text }) else { return }
        let normalised = AnnexCGrammar.normalised(recorded)
        guard !numbers.contains(where: { AnnexCGrammar.normalised($0) == normalised }) else { return }
        let list = numbers.joined(separator: ", ")
        context.report(
            programmeNumber,
            Message(
                zh: "审核方案记录的证书编号 \(recorded) 与档案中的证书编号（\(list)）不一致",
                en: "the audit programme records the certificate number \(recorded), "
                    + "which is none of the dossier's certificate numbers (\(list))"))
    }
}
