import DossierLintKit

/// 10.2: the dossier's records include items (1)–(11), as far as the
/// certification has progressed.
struct RecordsPresentRule: Rule {
    static let identifier = "records-present"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        var required = context.listParameter("always_required")
        if dossier["contract"].exists { required += context.listParameter("required_after_contract") }
        let auditEnded = dossier.audits.contains { audit in
            audit["dates"]["end"].date.value.map { $0 <= context.judgingDay } ?? false
        }
        if auditEnded { required += context.listParameter("required_after_audit") }
        let hasNonconformities = dossier.audits.contains { !$0["nonconformities"].elements.isEmpty }
        if hasNonconformities { required += context.listParameter("required_with_nonconformities") }
        if !dossier["decisions"].elements.isEmpty { required += context.listParameter("required_after_decision") }
        guard let entries = CertificationRecordEntries.namedEntries(context) else { return }
        let records = dossier["records"]
        for key in required {
            var label: Message { CertificationRecordEntries.namedLabel(key, context) }  // for a finding only
            guard let entry = entries.first(where: { $0.key == key })?.field else {
                context.report(
                    records[key],
                    Message(
                        zh: "认证记录中缺少\(label.zh)", en: "the records lack \(label.en) (\(key))"))
                continue
            }
            guard context.bool(entry["present"]) == false else { continue }
            context.report(
                entry["present"],
                Message(zh: "认证记录中没有\(label.zh)", en: "\(label.en) is not among the records"))
        }
    }
}
