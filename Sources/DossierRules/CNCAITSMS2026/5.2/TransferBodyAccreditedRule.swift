import DossierLintKit

/// 5.2.3 (1): a transfer needs the accepting body to be accredited for the
/// ITSMS scope applied for.
struct TransferBodyAccreditedRule: Rule {
    static let identifier = "transfer-body-accredited"

    func check(_ context: RuleContext) {
        guard let transfer = TransferCondition.transferRecord(context) else { return }
        let accreditedForScope = transfer["body_accredited_for_scope"]
        if let value = context.bool(accreditedForScope), !value {
            TransferCondition.report(
                context, at: accreditedForScope, number: 1,
                Message(
                    zh: "本认证机构不具有所申请 ITSMS 认证范围的认可资格",
                    en: "this body is not accredited for the ITSMS scope applied for"))
        }
        let accredited = context.dossier["certification_body"]["accredited"]
        if let value = context.optional(accredited, { $0.bool }), !value {
            TransferCondition.report(
                context, at: accredited, number: 1,
                Message(
                    zh: "本认证机构的 ITSMS 认证未获认可",
                    en: "this body's ITSMS certification is not accredited (certification_body.accredited: false)"))
        }
    }
}
