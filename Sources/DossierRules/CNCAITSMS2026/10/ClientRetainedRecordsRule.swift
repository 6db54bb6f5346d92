import DossierLintKit

/// 10.5: the certified client keeps records (1)–(6) for the certificate's
/// validity; (6) the suspension and withdrawal notices only when there were any.
struct ClientRetainedRecordsRule: Rule {
    static let identifier = "client-retained-records"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        let certified = dossier["certificates"].elements.contains { certificate in
            certificate["issued_on"].date.value.map { $0 <= context.judgingDay } ?? false
        }
        guard certified else { return }
        var required = context.listParameter("client_records")
        if dossier.audits.contains(where: { !$0["nonconformities"].elements.isEmpty }) {
            required += context.listParameter("client_records_with_nonconformities")
        }
        let noticeKinds = ["suspension", "withdrawal"]
        if dossier["certificate_events"].elements.contains(where: { noticeKinds.contains($0["kind"].string ?? "") }) {
            required += context.listParameter("client_records_with_suspension_or_withdrawal")
        }
        let field = dossier["records"]["client_retained"]
        guard let retained = context.texts(field) else { return }
        let missing = required.filter { !retained.contains($0) }
        guard !missing.isEmpty else { return }
        let zh = missing.map { CertificationRecordEntries.namedLabel($0, context).zh }.joined(separator: "、")
        let en = missing.map { "\(CertificationRecordEntries.label($0).en) (\($0))" }.joined(separator: ", ")
        context.report(
            field,
            Message(
                zh: "获证组织留存的认证记录缺少：\(zh)",
                en: "the records the client keeps lack \(en)"))
    }
}
