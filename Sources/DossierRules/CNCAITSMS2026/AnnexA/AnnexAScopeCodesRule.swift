import DossierLintKit

/// Annex A: scope codes are sub-categories (中类) of Annex A table A: the
/// application's `scope_codes`, an audit's own `scope_codes`, and the
/// `domain_codes` of the dossier's personnel.
struct AnnexAScopeCodesRule: Rule {
    static let identifier = "annex-a-scope-codes"

    func check(_ context: RuleContext) {
        let known = context.pack.reading(AnnexAScopeCodes.self)
        guard !known.isEmpty else {
            context.cannotVerify(
                context.dossier.root,
                Message(zh: "规则包没有附录 A 表（tables/annex-a）", en: "the rule pack has no Annex A table (tables/annex-a)"))
            return
        }
        let dossier = context.dossier
        let scopeCodes = dossier["application"]["scope_codes"]
        if let codes = context.texts(scopeCodes) {
            if codes.isEmpty {
                context.report(
                    scopeCodes,
                    Message(
                        zh: "认证申请的范围没有任何附录 A 业务范围代码",
                        en: "the application's scope has no Annex A scope code"))
            }
            checkCodes(scopeCodes, known: known, context)
        }
        for audit in dossier.audits where audit["scope_codes"].exists {
            if context.texts(audit["scope_codes"]) != nil { checkCodes(audit["scope_codes"], known: known, context) }
        }
        for person in dossier["personnel"].elements where person["domain_codes"].exists {
            if context.texts(person["domain_codes"]) != nil {
                checkCodes(person["domain_codes"], known: known, context)
            }
        }
    }

    private func checkCodes(_ list: Field, known: Set<String>, _ context: RuleContext) {
        for element in list.elements {
            guard let code = element.string, !known.contains(code) else { continue }
            context.report(
                element,
                Message(
                    zh: "“\(code)”不是附录 A 表 A 的业务范围中类代码（01.01–06.05 中的 25 个）",
                    en: "'\(code)' is not a sub-category code of Annex A table A (one of the 25 codes 01.01–06.05)"))
        }
    }
}
