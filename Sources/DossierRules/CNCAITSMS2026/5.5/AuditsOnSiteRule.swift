import DossierLintKit

/// 5.5.1 (with 5.6.3.2 and 5.8.2): stage 2, surveillance, re-certification and
/// special audits are carried out at the client's site.
struct AuditsOnSiteRule: Rule {
    static let identifier = "audits-on-site"

    func check(_ context: RuleContext) {
        let types = context.listParameter("onsite_types")
        for audit in context.dossier.audits {
            guard let type = audit["type"].string, types.contains(type),
                let onsite = context.bool(audit["onsite"]), !onsite
            else { continue }
            context.report(
                audit["onsite"],
                Message(
                    zh: "\(type) 审核应在认证委托人的现场实施，但记录为非现场审核",
                    en: "a \(type) audit must be carried out at the client's site, but it is recorded as off-site"))
        }
    }
}
