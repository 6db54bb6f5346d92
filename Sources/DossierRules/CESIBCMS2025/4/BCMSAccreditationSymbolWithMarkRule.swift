import DossierLintKit

/// 4.4.2.1 (printed “4.2.1” in the seed): an approved request to use the accreditation
/// symbol uses it together with CESI's certification mark.
struct BCMSAccreditationSymbolWithMarkRule: Rule {
    static let identifier = "bcms-accreditation-symbol-with-mark"

    func check(_ context: RuleContext) {
        guard let symbols = context.requiredListParameter("symbols_needing_mark"),
            let required = context.requiredListParameter("required_marks")
        else { return }
        for request in context.dossier["mark_requests"].elements {
            guard let marks = BCMSMarkRequests.items("marks", of: request, context: context) else { continue }
            let values = marks.map(\.value)
            let used = values.filter(symbols.contains)
            let missing = required.filter { !values.contains($0) }
            guard !used.isEmpty, !missing.isEmpty else { continue }
            let symbol = context.labels(used, of: "bcms_mark")
            let mark = context.labels(missing, of: "bcms_mark")
            guard
                BCMSMarkRequests.isApproved(
                    request, concern: Message(zh: "申请单独使用\(symbol.zh)", en: "the request is for \(symbol.en) alone"),
                    context: context) == true
            else { continue }
            context.report(
                request["marks"],
                Message(
                    zh: "获准的标志使用申请使用\(symbol.zh)而不同时使用\(mark.zh)：认可标识必须与赛西认证的认证合格标志同时使用",
                    en: "an approved mark-use request uses \(symbol.en) without \(mark.en): the accreditation symbol "
                        + "must be used together with CESI's certification mark"))
        }
    }
}
