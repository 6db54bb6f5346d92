import DossierLintKit

/// 4.4.1.1 (with 4.4.1.4 and 4.4.1.5): an approved mark-use request puts the marks on
/// none of the forbidden media — products and their individual packaging, laboratory
/// test, calibration or inspection reports, business outside the certified scope.
struct BCMSMarkNotOnProductsRule: Rule {
    static let identifier = "bcms-mark-not-on-products"

    func check(_ context: RuleContext) {
        guard let forbidden = context.requiredListParameter("forbidden_media"),
            let permitted = context.requiredListParameter("permitted_media")
        else { return }
        for request in context.dossier["mark_requests"].elements {
            guard let media = BCMSMarkRequests.items("media", of: request, context: context) else { continue }
            let flagged = media.filter { forbidden.contains($0.value) }
            let unknown = media.filter { !forbidden.contains($0.value) && !permitted.contains($0.value) }
            guard !flagged.isEmpty || !unknown.isEmpty else { continue }
            let asked = context.labels((flagged + unknown).map(\.value), of: "bcms_mark_media")
            guard
                BCMSMarkRequests.isApproved(
                    request, concern: Message(zh: "申请在\(asked.zh)上使用标志", en: "the request is for \(asked.en)"),
                    context: context) == true
            else { continue }
            for item in flagged {
                let medium = context.label(item.value, of: "bcms_mark_media")
                context.report(
                    item.field,
                    Message(
                        zh: "获准的标志使用申请包括在“\(medium.zh)”上使用：获证组织不得将标志用在产品上或实验室检测、校准、检查报告上，"
                            + "也不得用于与认证范围无关的业务",
                        en:
                            "an approved mark-use request includes \(medium.en): the marks must not be used on products, "
                            + "laboratory test, calibration or inspection reports, or business outside the certified scope"
                    ))
            }
            for item in unknown {
                let expected = context.notAccepted(item.value, forbidden + permitted, of: "bcms_mark_media")
                context.cannotVerify(
                    item.field,
                    Message(
                        zh: "\(context.name(item.field).zh) '\(item.value)' 无法判断是否为产品或报告，\(expected.zh)",
                        en: "the medium '\(item.value)' cannot be told from a product or report: \(expected.en)"))
            }
        }
    }
}
