import DossierLintKit

/// Annex C (C.3): a certificate re-issued within its validity keeps the body
/// code, year and sequence of its number and its validity, and notes the
/// re-issue day, which falls within the validity.
struct ReissueKeepsValidityRule: Rule {
    static let identifier = "reissue-keeps-validity"

    func check(_ context: RuleContext) {
        for reissue in CertificateReissues.all(in: context.dossier) {
            let certificate = reissue.certificate
            let name = certificate["number"].string ?? certificate.path
            guard let expires = context.date(certificate["expires_on"]) else { continue }
            let expiresField = reissue.field["expires_on"]
            if let moved = context.optional(expiresField, { $0.date }), moved != expires {
                context.report(
                    expiresField,
                    Message(
                        zh: "证书 \(name) 在有效期内换发，有效期应保持不变：换发后的到期日为 \(moved)，原到期日为 \(expires)",
                        en: "certificate \(name) was re-issued within its validity, which must not change: the "
                            + "re-issue expires on \(moved), the certificate on \(expires)"))
            }
            if reissue.isCertificateEntry { continue }
            checkDay(reissue, name: name, expires: expires, context: context)
            checkNumber(reissue, name: name, context: context)
        }
    }

    private func checkDay(_ reissue: CertificateReissue, name: String, expires: Day, context: RuleContext) {
        let dayField = reissue.dayField
        guard dayField.exists else {
            context.report(
                reissue.field,
                Message(
                    zh: "证书 \(name) 的换发记录没有注明换证日期",
                    en: "a re-issue of certificate \(name) does not note the re-issue day"))
            return
        }
        guard let day = context.date(dayField), let issued = context.date(reissue.certificate["issued_on"]) else {
            return
        }
        guard day < issued || day > expires else { return }
        context.report(
            dayField,
            Message(
                zh: "证书 \(name) 于 \(day) 换发，不在其有效期（\(issued) 至 \(expires)）内",
                en: "certificate \(name) was re-issued on \(day), outside its validity (\(issued) to \(expires))"))
    }

    private func checkNumber(_ reissue: CertificateReissue, name: String, context: RuleContext) {
        let numberField = reissue.field["number"]
        guard let number = context.optional(numberField, { $0.text }),
            case .success(let grammar) = context.pack.reading(AnnexCGrammar.OfPack.self),
            let original = grammar.parts(of: name)
        else { return }
        let written = grammar.parts(of: number)
        guard
            written?.bodyCode != original.bodyCode || written?.year != original.year
                || written?.sequence != original.sequence
        else { return }
        context.report(
            numberField,
            Message(
                zh: "换发的证书编号 \(number) 应保持原证书 \(name) 的认证机构代码、年份号和顺序号",
                en: "the re-issued number \(number) must keep the body code, year and sequence of \(name)"))
    }
}
