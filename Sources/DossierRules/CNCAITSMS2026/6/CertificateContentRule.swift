import DossierLintKit

/// 6.2.6: a certificate holds at least items (1)–(8), and item (3) is the full
/// number of the ISO/IEC 20000-1 edition.
struct CertificateContentRule: Rule {
    static let identifier = "certificate-content"

    /// Names of the items, by the project's content keys, for messages.
    private static let labels: [String: Message] = [
        "client_name_code_addresses": Message(
            zh: "获证组织名称、统一社会信用代码、注册地址和所覆盖的经营地址",
            en: "the client's name, unified social credit code, registered and covered operating addresses"),
        "scope": Message(zh: "所覆盖的活动和服务范围", en: "the activities and services covered"),
        "standard": Message(zh: "认证标准的完整标准号", en: "the full number of the standard"),
        "dates_and_surveillance_notice": Message(
            zh: "签发日期、有效截止日期及定期接受监督审核的提示",
            en: "the issue and expiry dates and the notice that validity depends on surveillance"),
        "number": Message(zh: "认证证书编号", en: "the certificate number"),
        "body_name_address": Message(zh: "认证机构名称、地址", en: "the body's name and address"),
        "marks": Message(
            zh: "认证标志、认可标识及认可注册号", en: "the certification mark, accreditation symbol and number"),
        "query_route": Message(
            zh: "证书信息及证书状态的查询途径", en: "where to check the certificate's information and status"),
    ]

    func check(_ context: RuleContext) {
        let items = context.listParameter("required_items")
        let optionalItems = context.listParameter("items_only_where_applicable")
        let prefixes = context.listParameter("standard_prefixes")
        for certificate in context.dossier["certificates"].elements {
            checkItems(of: certificate, items: items, optionalItems: optionalItems, context: context)
            checkStandard(of: certificate, prefixes: prefixes, context: context)
        }
    }

    private func checkItems(of certificate: Field, items: [String], optionalItems: [String], context: RuleContext) {
        let content = certificate["content"]
        guard content.exists else {
            context.cannotVerify(
                content, Message(zh: "缺少\(context.name(content).zh)", en: "\(content.path) is missing"))
            return
        }
        for (index, key) in items.enumerated() {
            let field = content[key]
            guard let value = context.text(field) else { continue }
            // Worded only for a finding: most items are "true".
            var label: Message { CertificateContentRule.labels[key] ?? Message(zh: key, en: key) }
            var item: String { "(\(index + 1))" }
            switch value.lowercased() {
            case "true":
                continue
            case "false":
                context.report(
                    field,
                    Message(
                        zh: "证书缺少 6.2.6\(item) 规定的内容：\(label.zh)",
                        en: "the certificate lacks item \(item) of 6.2.6: \(label.en)"))
            case "not_applicable" where optionalItems.contains(key):
                continue
            case "not_applicable":
                context.report(
                    field,
                    Message(
                        zh: "6.2.6\(item)（\(label.zh)）是证书的必备内容，不能标为不适用",
                        en: "item \(item) of 6.2.6 (\(label.en)) is required on every certificate; "
                            + "it cannot be not applicable"))
            default:
                context.cannotVerify(
                    field,
                    Message(
                        zh: "\(field.path) 的值 '\(value)' 无效，应为 true、false 或 not_applicable",
                        en: "\(field.path) has the value '\(value)', expected true, false or not_applicable"))
            }
        }
    }

    private func checkStandard(of certificate: Field, prefixes: [String], context: RuleContext) {
        guard !prefixes.isEmpty, let standard = context.text(certificate["standard"]) else { return }
        let written = AnnexCGrammar.normalised(standard).replacingColons()
        for prefix in prefixes {
            let normalisedPrefix = AnnexCGrammar.normalised(prefix).replacingColons()
            guard written.hasPrefix(normalisedPrefix) else { continue }
            let year = written.dropFirst(normalisedPrefix.count)
            if year.count == 4 && AnnexCGrammar.isDigits(year) { return }
        }
        let expected = prefixes.map { "\($0)YYYY" }.joined(separator: " / ")
        context.report(
            certificate["standard"],
            Message(
                zh: "证书上的认证标准 '\(standard)' 不是完整标准号（应为 \(expected)）",
                en: "the certificate's standard '\(standard)' is not a full standard number (expected \(expected))"))
    }
}

extension String {
    /// The text with full-width colons made ASCII, for comparing standard numbers.
    fileprivate func replacingColons() -> String {
        // "：" is EF BC 9A in UTF-8: a text without the byte EF has none.
        guard utf8.contains(0xEF) else { return self }
        return String(map { $0 == "：" ? ":" : $0 })
    }
}
