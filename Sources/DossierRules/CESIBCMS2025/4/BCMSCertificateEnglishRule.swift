import DossierLintKit

/// 4.2: every certificate is issued in Chinese and in English with the same content:
/// the English one (`english`) has the same number and dates, an equivalent standard
/// number (parameter table) and a scope.
struct BCMSCertificateEnglishRule: Rule {
    static let identifier = "bcms-certificate-english"

    func check(_ context: RuleContext) {
        guard let standards = BCMSStandardEquivalence(parameter: "equivalent_standards", context: context) else {
            return
        }
        for certificate in context.dossier["certificates"].elements {
            let english = certificate["english"]
            guard english.exists else {
                context.report(
                    english,
                    Message(
                        zh: "档案没有\(context.name(english).zh)：赛西认证颁发的认证证书应为中、英文各一份",
                        en: "\(certificate.path) has no English certificate (\(english.path)): certificates are issued "
                            + "in Chinese and in English"))
                continue
            }
            compare(certificate["number"], english["number"], context: context) {
                context.text($0).map(BCMSStandardEquivalence.normalised)
            }
            for key in ["issued_on", "expires_on"] {
                compare(certificate[key], english[key], context: context) { context.date($0)?.description }
            }
            compareStandards(certificate["standard"], english["standard"], standards: standards, context: context)
            let scope = english["scope"]
            if context.text(scope) != nil, scope.isBlank {
                context.report(
                    scope,
                    Message(
                        zh: "\(context.name(scope).zh)为空：英文证书应与中文证书一样写明体系覆盖的范围",
                        en: "\(scope.path) is blank: the English certificate states the scope as the Chinese one does"))
            }
        }
    }

    /// The English certificate's `englishField` shows the same value as the Chinese `chineseField`.
    private func compare(
        _ chineseField: Field, _ englishField: Field, context: RuleContext, read: (Field) -> String?
    ) {
        guard let chinese = read(chineseField), let english = read(englishField), chinese != english else { return }
        context.report(
            englishField,
            Message(
                zh: "\(context.name(englishField).zh)为 '\(english)'，中文证书为 '\(chinese)'：中、英文证书内容应一致",
                en: "\(englishField.path) is '\(english)' but the Chinese certificate has '\(chinese)': the two "
                    + "certificates must agree"))
    }

    /// The English certificate names the Chinese certificate's standard or an equivalent one.
    private func compareStandards(
        _ chineseField: Field, _ englishField: Field, standards: BCMSStandardEquivalence, context: RuleContext
    ) {
        guard let chinese = context.text(chineseField), let english = context.text(englishField) else { return }
        switch standards.relation(chinese, english) {
        case .same:
            return
        case .different:
            context.report(
                englishField,
                Message(
                    zh: "\(context.name(englishField).zh)为 '\(english)'，与中文证书的 '\(chinese)' 不是同一标准或版次："
                        + "中、英文证书内容应一致",
                    en:
                        "\(englishField.path) is '\(english)', not the standard or edition of the Chinese certificate's "
                        + "'\(chinese)': the two certificates must agree"))
        case .unknown:
            context.cannotVerify(
                englishField,
                Message(
                    zh: "\(context.name(englishField).zh) '\(english)' 与中文证书的 '\(chinese)' 写法不同，"
                        + "规则包的等同标准表中没有这两个标准号，无法判断是否为同一标准",
                    en: "\(englishField.path) '\(english)' differs from the Chinese certificate's '\(chinese)', and "
                        + "the table of equivalent standards knows neither"))
        }
    }
}
