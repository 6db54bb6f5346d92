import DossierLintKit

/// ICASP25C 6.4.4.1: stage 1 is carried out at the applicant's site, with none
/// of the off-site exceptions of CNCA 5.6.2.2.
struct ICASStage1OnSiteRule: Rule {
    static let identifier = "icas-stage1-on-site"

    func check(_ context: RuleContext) {
        for audit in context.dossier.audits(ofType: "stage1") {
            guard let onsite = context.bool(audit["onsite"]), !onsite else { continue }
            let name = Audits.name(of: audit)
            var zhException = ""
            var enException = ""
            if let exception = audit["offsite_exception"].string, !audit["offsite_exception"].isBlank {
                zhException = "（记录的例外情形为“\(context.label(exception, of: "offsite_exception").zh)”）"
                enException = " (the exception recorded is \(context.label(exception, of: "offsite_exception").en))"
            }
            context.report(
                audit["onsite"],
                Message(
                    zh: "第一阶段审核 \(name) 未在申请组织的现场实施\(zhException)：ICAS 程序要求第一阶段审核在现场进行，"
                        + "不适用非现场的例外情形",
                    en: "stage 1 \(name) was not carried out at the applicant's site\(enException): the ICAS procedure "
                        + "requires stage 1 on site and allows no off-site exception"))
        }
    }
}
