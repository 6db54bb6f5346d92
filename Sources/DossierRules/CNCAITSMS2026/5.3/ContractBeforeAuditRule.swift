import DossierLintKit

/// 5.3.1: a legally binding certification contract is signed before the first
/// audit (on the first audit day at the latest).
struct ContractBeforeAuditRule: Rule {
    static let identifier = "contract-before-audit"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        let audits = dossier.audits
        guard let firstListed = audits.first else { return }
        var first: (audit: Field, start: Day)?
        for audit in audits {
            guard let start = audit["dates"]["start"].date.value else { continue }
            if first.map({ start < $0.start }) ?? true { first = (audit, start) }
        }
        guard let first else {
            context.cannotVerify(
                firstListed["dates"]["start"],
                Message(zh: "没有任何审核记录了开始日期", en: "no audit has a start date"))
            return
        }
        let auditName = first.audit["id"].string ?? first.audit.path
        let contract = dossier["contract"]
        guard contract.exists else {
            context.report(
                contract,
                Message(
                    zh: "档案没有认证合同，但审核 \(auditName) 已于 \(first.start) 开始",
                    en: "there is no certification contract, yet audit \(auditName) started on \(first.start)"))
            return
        }
        guard let signedOn = context.date(contract["signed_on"]), signedOn > first.start else { return }
        context.report(
            contract["signed_on"],
            Message(
                zh: "认证合同于 \(signedOn) 签订，晚于首次审核 \(auditName) 的开始日 \(first.start)",
                en: "the contract was signed on \(signedOn), after the first audit \(auditName) started "
                    + "(\(first.start))"
            ))
    }
}
