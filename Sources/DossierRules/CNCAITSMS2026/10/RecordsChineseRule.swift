import DossierLintKit

/// 10.4: certification records are in Chinese.
struct RecordsChineseRule: Rule {
    static let identifier = "records-chinese"

    func check(_ context: RuleContext) {
        let codes = context.listParameter("chinese_language_codes")
        guard let entries = CertificationRecordEntries.keptEntries(context) else { return }
        for (key, entry) in entries {
            guard let languages = Languages.read(entry["language"], in: context),
                !languages.contains(where: { Languages.isChinese($0, codes: codes) })
            else { continue }
            let label = CertificationRecordEntries.label(key)
            context.report(
                entry["language"],
                Message(
                    zh: "\(label.zh)使用 \(languages.joined(separator: ", "))，认证记录应使用中文",
                    en: "\(label.en) is in \(languages.joined(separator: ", ")); records must be in Chinese"))
        }
    }
}
