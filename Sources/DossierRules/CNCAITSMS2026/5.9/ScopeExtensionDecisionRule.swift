import DossierLintKit

/// 5.9.1 (with 5.12.2): a certificate re-issued with more Annex A codes or
/// more sites than it showed rests on a decision to extend the scope, made
/// no later than the re-issue.
struct ScopeExtensionDecisionRule: Rule {
    static let identifier = "scope-extension-decision"

    func check(_ context: RuleContext) {
        for reissue in CertificateReissues.all(in: context.dossier) {
            let name = reissue.certificate["number"].string ?? reissue.certificate.path
            if reissue.field["scope_codes"].exists, reissue.codesBefore == nil {
                context.cannotVerify(
                    reissue.certificate["scope_codes"],
                    Message(
                        zh: "证书 \(name) 换发前的认证范围代码未知，无法判断换发是否扩大了认证范围",
                        en: "the Annex A codes of certificate \(name) before its re-issue are unknown, so a scope "
                            + "extension cannot be judged"))
                continue
            }
            let codes = reissue.addedCodes
            let sites = reissue.addedSites
            guard !codes.isEmpty || !sites.isEmpty else { continue }
            let at = !codes.isEmpty ? reissue.field["scope_codes"] : reissue.field["sites"]
            var added: [String] = []
            var addedEn: [String] = []
            if !codes.isEmpty {
                added.append("认证范围代码 \(listText(codes))")
                addedEn.append("the Annex A codes \(listText(codes))")
            }
            if !sites.isEmpty {
                added.append("场所 \(listText(sites))")
                addedEn.append("the sites \(listText(sites))")
            }
            let what = Message(zh: added.joined(separator: "和"), en: addedEn.joined(separator: " and "))
            check(reissue, at: at, name: name, what: what, context: context)
        }
    }

    private func check(
        _ reissue: CertificateReissue, at field: Field, name: String, what: Message, context: RuleContext
    ) {
        let decisionField = reissue.field["decision"]
        guard let identifier = context.optional(decisionField, { $0.text }) else {
            context.report(
                field,
                Message(
                    zh: "证书 \(name) 换发时增加了\(what.zh)，但未依据范围扩大决定",
                    en: "certificate \(name) was re-issued with \(what.en) added but on no extend_scope decision"))
            return
        }
        guard let decision = context.dossier["decisions"].elements.first(where: { $0["id"].string == identifier })
        else {
            context.cannotVerify(
                decisionField,
                Message(
                    zh: "证书 \(name) 换发所依据的认证决定 \(identifier) 不在档案中",
                    en: "the decision \(identifier) of the re-issue of certificate \(name) is not in decisions"))
            return
        }
        guard let kind = context.text(decision["kind"]) else { return }
        guard kind == "extend_scope" else {
            context.report(
                field,
                Message(
                    zh: "证书 \(name) 换发时增加了\(what.zh)，所依据的认证决定 \(identifier) 不是范围扩大决定",
                    en: "certificate \(name) was re-issued with \(what.en) added on decision \(identifier), which is "
                        + "\(kind), not extend_scope"))
            return
        }
        guard let decided = context.date(decision["date"]), let day = context.date(reissue.dayField),
            decided > day
        else { return }
        context.report(
            reissue.dayField,
            Message(
                zh: "证书 \(name) 于 \(day) 扩大范围换发，早于范围扩大决定 \(identifier) 的日期 \(decided)",
                en: "certificate \(name) was re-issued with a wider scope on \(day), before the extend_scope decision "
                    + "\(identifier) of \(decided)"))
    }
}
