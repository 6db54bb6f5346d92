import DossierLintKit

/// ICASP25C 6.4.2.2 k): a new auditor's first witnessed audit is an on-site audit.
struct ICASFirstWitnessOnsiteRule: Rule {
    static let identifier = "icas-first-witness-onsite"

    func check(_ context: RuleContext) {
        for audit in context.dossier.audits {
            let name = Audits.name(of: audit)
            for member in context.dossier.team(of: audit) {
                let field = member.entry["first_witness"]
                guard context.optional(field, { $0.bool }) == true else { continue }
                guard let onsite = context.bool(audit["onsite"]), !onsite else { continue }
                context.report(
                    field,
                    Message(
                        zh: "新进审核员 \(member.label) 的初试见证在审核 \(name) 中进行，该审核不在现场实施：初试见证应为现场见证",
                        en: "the first witnessing of the new auditor \(member.label) is audit \(name), which is not "
                            + "on site: a first witnessing is on site"))
            }
        }
    }
}
