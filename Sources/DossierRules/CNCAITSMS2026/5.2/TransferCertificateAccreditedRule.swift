import DossierLintKit

/// 5.2.3 (2): a transfer needs an ITSMS certificate from another accredited
/// body that bears the accreditation mark.
struct TransferCertificateAccreditedRule: Rule {
    static let identifier = "transfer-certificate-accredited"

    func check(_ context: RuleContext) {
        guard let transfer = TransferCondition.transferRecord(context) else { return }
        let accredited = transfer["certificate_accredited"]
        guard let value = context.bool(accredited), !value else { return }
        TransferCondition.report(
            context, at: accredited, number: 2,
            Message(
                zh: "原认证证书不是经认可的认证机构颁发的带认可标识的证书",
                en: "the original certificate is not an accredited certificate bearing the accreditation mark"))
    }
}
