import DossierLintKit

/// 5.5.2 (with 10.4): the audit team records the audit in Chinese.
struct AuditRecordsLanguageRule: Rule {
    static let identifier = "audit-records-language"

    func check(_ context: RuleContext) {
        let languages = context.listParameter("languages")
        for audit in context.dossier.audits {
            guard let language = context.text(audit["records_language"]), !languages.contains(language) else {
                continue
            }
            context.report(
                audit["records_language"],
                Message(
                    zh: "审核过程记录的语言为 \(language)，应采用中文（\(languages.joined(separator: ", "))）",
                    en:
                        "the audit is recorded in \(language); it must be recorded in Chinese (\(languages.joined(separator: ", ")))"
                ))
        }
    }
}
