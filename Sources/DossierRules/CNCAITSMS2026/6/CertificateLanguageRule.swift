import DossierLintKit

/// 6.2.5: a certificate used in China is in Chinese.
struct CertificateLanguageRule: Rule {
    static let identifier = "certificate-language"

    func check(_ context: RuleContext) {
        let codes = context.listParameter("chinese_language_codes")
        for certificate in context.dossier["certificates"].elements {
            let field = certificate["language"]
            guard let languages = Languages.read(field, in: context) else { continue }
            guard !languages.contains(where: { Languages.isChinese($0, codes: codes) }) else { continue }
            let written = languages.joined(separator: ", ")
            context.report(
                field,
                Message(
                    zh: "证书语言为 \(written)，在中国境内使用的认证证书应使用中文",
                    en: "the certificate is in \(written); a certificate used in China must be in Chinese"))
        }
    }
}
