import DossierLintKit

/// 5.6.2.2: stage 1 is carried out at the client's site unless one of the
/// two exceptions applies, and the reason for an off-site stage 1 is recorded.
struct Stage1OnsiteRule: Rule {
    static let identifier = "stage1-onsite"

    func check(_ context: RuleContext) {
        let exceptions = context.listParameter("offsite_exceptions")
        guard !exceptions.isEmpty else {
            context.cannotVerify(
                context.dossier.root,
                Message(
                    zh: "规则包缺少参数“offsite_exceptions”", en: "the rule pack lacks the parameter offsite_exceptions"))
            return
        }
        for audit in context.dossier.audits(ofType: "stage1") {
            guard let onsite = context.bool(audit["onsite"]), !onsite else { continue }
            let name = Audits.name(of: audit)
            let exception = audit["offsite_exception"]
            let list = exceptions.joined(separator: ", ")
            let listZh = context.labels(exceptions, of: "offsite_exception").zh
            if let value = exception.string, !exception.isBlank {
                if !exceptions.contains(value) {
                    context.report(
                        exception,
                        Message(
                            zh:
                                "第一阶段审核 \(name) 未在现场实施，所述例外 '\(value)' 不是 5.6.2.2 的两种情形之一（\(context.notAccepted(value, exceptions, of: "offsite_exception").zh)）",
                            en: "stage 1 \(name) was off site under '\(value)', which is not one of the two "
                                + "exceptions of 5.6.2.2 (\(list))"))
                }
            } else {
                context.report(
                    exception,
                    Message(
                        zh: "第一阶段审核 \(name) 未在现场实施，但未注明适用 5.6.2.2 的哪种例外情形（\(listZh)）",
                        en: "stage 1 \(name) was off site without naming which exception of 5.6.2.2 applies "
                            + "(\(list))"))
            }
            if audit["offsite_reason"].isBlank {
                context.report(
                    audit["offsite_reason"],
                    Message(
                        zh: "第一阶段审核 \(name) 未在现场实施，未记录理由",
                        en: "stage 1 \(name) was off site and no reason is recorded"))
            }
        }
    }
}
