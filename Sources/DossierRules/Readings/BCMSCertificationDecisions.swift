import DossierLintKit

/// CESI BCMS 3.4.4–3.5: the certification decisions (the kinds of the rule's
/// `decision_kinds` parameter: grant and renew) and the audits they rest on.
enum BCMSCertificationDecisions {
    /// The decisions whose `kind` is in the rule's `decision_kinds`; `nil` after
    /// a "cannot verify" when the pack lacks the parameter.
    static func all(_ context: RuleContext) -> [Field]? {
        guard let kinds = context.requiredListParameter("decision_kinds") else { return nil }
        return context.dossier["decisions"].elements.filter { kinds.contains($0["kind"].string ?? "") }
    }

    /// The audits a decision names (`audits`); a missing list, or an id the
    /// dossier lacks, is a "cannot verify" at that entry.
    static func audits(of decision: Field, context: RuleContext) -> [Field] {
        guard let identifiers = context.texts(decision["audits"]) else { return [] }
        return identifiers.enumerated().compactMap { position, identifier in
            if let audit = context.dossier.audit(withId: identifier) { return audit }
            context.cannotVerify(
                decision["audits"][position],
                Message(zh: "档案中没有编号为 \(identifier) 的审核", en: "the dossier has no audit with id \(identifier)"))
            return nil
        }
    }

    /// A decision for messages: zh “认证决定 D1（批准认证，2025-06-16）”, en “decision D1 (grant,
    /// 2025-06-16)”; without the date when `date` is `nil`.
    static func name(of decision: Field, date: Day?, context: RuleContext) -> Message {
        let identifier = decision["id"].string ?? decision.path
        let kind = decision["kind"].string ?? ""
        let when = date.map { Message(zh: "，\($0)", en: ", \($0)") } ?? Message(zh: "", en: "")
        return Message(
            zh: "认证决定 \(identifier)（\(context.label(kind, of: "decision_kind").zh)\(when.zh)）",
            en: "decision \(identifier) (\(kind)\(when.en))")
    }
}
