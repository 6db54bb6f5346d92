import DossierLintKit

/// 4.4.2.2: no approved mark-use request uses the IAF-MLA/CNAS combined mark or the
/// IAF-MLA mark.
struct BCMSNoIafMlaMarkRule: Rule {
    static let identifier = "bcms-no-iaf-mla-mark"

    func check(_ context: RuleContext) {
        guard let forbidden = context.requiredListParameter("forbidden_marks"),
            let permitted = context.requiredListParameter("permitted_marks")
        else { return }
        for request in context.dossier["mark_requests"].elements {
            guard let marks = BCMSMarkRequests.items("marks", of: request, context: context) else { continue }
            let flagged = marks.filter { forbidden.contains($0.value) }
            let unknown = marks.filter { !forbidden.contains($0.value) && !permitted.contains($0.value) }
            guard !flagged.isEmpty || !unknown.isEmpty else { continue }
            let asked = context.labels((flagged + unknown).map(\.value), of: "bcms_mark")
            guard
                BCMSMarkRequests.isApproved(
                    request, concern: Message(zh: "申请使用\(asked.zh)", en: "the request is for \(asked.en)"),
                    context: context) == true
            else { continue }
            for item in flagged {
                let mark = context.label(item.value, of: "bcms_mark")
                context.report(
                    item.field,
                    Message(
                        zh: "获准的标志使用申请包括“\(mark.zh)”：获证组织不得使用 IAF-MLA/CNAS 联合标识或 IAF-MLA 国际互认标志",
                        en:
                            "an approved mark-use request includes \(mark.en): the client must not use the IAF-MLA/CNAS "
                            + "combined mark or the IAF-MLA mark"))
            }
            for item in unknown {
                let expected = context.notAccepted(item.value, forbidden + permitted, of: "bcms_mark")
                context.cannotVerify(
                    item.field,
                    Message(
                        zh: "\(context.name(item.field).zh) '\(item.value)' 无法识别，\(expected.zh)",
                        en: "the mark '\(item.value)' is not known: \(expected.en)"))
            }
        }
    }
}
