import DossierLintKit

/// 5.3.1: the contract states the fees, the payment terms, the breach terms,
/// and the responsibilities of the client, the body and the certified organisation.
struct ContractContentRule: Rule {
    static let identifier = "contract-content"

    func check(_ context: RuleContext) {
        let contract = context.dossier["contract"]
        guard contract.exists, let terms = context.requiredListParameter("required_terms") else { return }
        for term in terms where !contract[term].holdsValue {
            context.report(
                contract[term],
                Message(
                    zh: "认证合同未明确\(context.label(term, of: "contract_term").zh)",
                    en: "the contract does not state \(term)"))
        }
    }
}
