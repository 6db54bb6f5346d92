import DossierLintKit

/// 10.3: the signed or sealed records (1)–(6) are kept as originals with legal
/// effect (paper, or electronic under the Electronic Signature Law).
struct RecordsSignedRule: Rule {
    static let identifier = "records-signed"

    func check(_ context: RuleContext) {
        let signedKinds = context.listParameter("signed_records")
        guard let entries = CertificationRecordEntries.keptEntries(context) else { return }
        for (key, entry) in entries where signedKinds.contains(key) {
            guard context.bool(entry["signed"]) == false else { continue }
            let label = CertificationRecordEntries.label(key)
            context.report(
                entry["signed"],
                Message(
                    zh: "\(label.zh)应保存经签字或盖章的具有法律效力的原件",
                    en: "\(label.en) must be kept as a signed or sealed original with legal effect"))
        }
    }
}
