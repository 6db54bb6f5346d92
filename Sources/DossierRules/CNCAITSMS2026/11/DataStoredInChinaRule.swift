import DossierLintKit

/// 11.5: the information and data collected and produced in certification in
/// China are stored in China.
struct DataStoredInChinaRule: Rule {
    static let identifier = "data-stored-in-china"

    func check(_ context: RuleContext) {
        guard let entries = CertificationRecordEntries.keptEntries(context) else { return }
        for (key, entry) in entries {
            guard context.bool(entry["stored_in_china"]) == false else { continue }
            let label = CertificationRecordEntries.label(key)
            context.report(
                entry["stored_in_china"],
                Message(
                    zh: "\(label.zh)未存储在中华人民共和国境内", en: "\(label.en) is not stored in China"))
        }
    }
}
