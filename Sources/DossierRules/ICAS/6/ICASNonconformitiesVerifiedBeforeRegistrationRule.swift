import DossierLintKit

/// ICASP25C 6.4.9: registration is recommended at initial certification and
/// re-certification once every nonconformity the audits found has been
/// corrected and verified.
struct ICASNonconformitiesVerifiedBeforeRegistrationRule: Rule {
    static let identifier = "icas-nonconformities-verified-before-registration"

    func check(_ context: RuleContext) {
        let kinds = Set(context.listParameter("decision_kinds"))
        for decision in context.dossier["decisions"].elements {
            guard let kind = decision["kind"].string, kinds.contains(kind) else { continue }
            let audits = Audits.audits(decidedBy: decision, in: context.dossier)
            guard audits.contains(where: { !$0["nonconformities"].elements.isEmpty }),
                let date = context.date(decision["date"])
            else { continue }
            let decisionName = decision["id"].string.map { "决定 \($0)" } ?? context.name(decision).zh
            let kindLabel = context.label(kind, of: "decision_kind")
            let basis = Message(
                zh: "\(decisionName)（\(kindLabel.zh)，\(date)）之前，宜\(latestBy(date).zh)验证",
                en: "before decision \(Audits.name(of: decision)) (\(kindLabel.en), \(date)): \(latestBy(date).en)")
            for audit in audits {
                for nonconformity in audit["nonconformities"].elements {
                    let subject = ICASNonconformitySteps.label(
                        of: nonconformity, grade: Message(zh: "不符合", en: "nonconformity"), in: audit,
                        context: context)
                    let field = nonconformity["verified_on"]
                    if field.exists {
                        guard let verified = context.optional(field, { $0.date }), verified > date else { continue }
                        context.report(
                            field,
                            Message(
                                zh: "\(subject.zh)于 \(verified) 才经验证，晚于注册决定（\(basis.zh)）",
                                en: "\(subject.en) was verified only on \(verified), after the registration "
                                    + "decision (\(basis.en))"))
                    } else {
                        context.report(
                            field,
                            Message(
                                zh: "\(subject.zh)没有验证的记录，却已作出注册决定（\(basis.zh)）",
                                en: "\(subject.en) has no recorded verification, yet the registration decision "
                                    + "was taken (\(basis.en))"))
                    }
                }
            }
        }
    }
}
