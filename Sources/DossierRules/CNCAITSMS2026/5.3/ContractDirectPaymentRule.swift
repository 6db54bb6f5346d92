import DossierLintKit

/// 5.3.1 (and the client notice 000): the client pays the certification fees
/// directly to the body, never through a third party.
struct ContractDirectPaymentRule: Rule {
    static let identifier = "contract-direct-payment"

    func check(_ context: RuleContext) {
        let contract = context.dossier["contract"]
        guard contract.exists else { return }
        let direct = contract["paid_directly_to_body"]
        guard let value = context.bool(direct), !value else { return }
        context.report(
            direct,
            Message(
                zh: "认证费用未由认证委托人直接支付给认证机构（不得通过第三方支付）",
                en: "the fees are not paid by the client directly to the body (payment through a third party is not "
                    + "allowed)"
            ))
    }
}
