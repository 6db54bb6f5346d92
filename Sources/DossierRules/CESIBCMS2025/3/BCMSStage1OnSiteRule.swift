import DossierLintKit

/// CESI BCMS 3.4.1: stage 1 is carried out at the client's site, with no
/// off-site exception; a missing `onsite` is "cannot verify".
struct BCMSStage1OnSiteRule: Rule {
    static let identifier = "bcms-stage1-on-site"

    func check(_ context: RuleContext) {
        for audit in context.dossier.audits(ofType: "stage1") {
            guard let onsite = context.bool(audit["onsite"]), !onsite else { continue }
            context.report(
                audit["onsite"],
                Message(
                    zh: "第一阶段审核 \(Audits.name(of: audit)) 未在受审核方的现场进行：认证规则 3.4.1 要求第一阶段审核在受审核方的现场进行",
                    en: "stage 1 \(Audits.name(of: audit)) was not carried out at the client's site: 3.4.1 requires "
                        + "stage 1 at the client's site"))
        }
    }
}
