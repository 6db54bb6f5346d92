import DossierLintKit

/// Annex C (with 6.2.4): every certificate number follows the Annex C grammar
/// and agrees with the dossier: body code from the approval number, issue
/// year, `IT`, a 5-digit sequence, `R<n>` for the cycle, the accreditation
/// code, and `-<k>` for sub-certificates.
struct CertificateNumberFormatRule: Rule {
    static let identifier = "certificate-number-format"

    /// What the number must be made of, derived from the dossier.
    private struct Expectation {
        let bodyCode: String
        let bodySource: String
        let accreditationCode: String
        let accreditationSource: Message
    }

    func check(_ context: RuleContext) {
        let certificates = context.dossier["certificates"].elements
        guard !certificates.isEmpty else { return }
        let grammar: AnnexCGrammar
        switch context.pack.reading(AnnexCGrammar.OfPack.self) {
        case .success(let read):
            grammar = read
        case .failure(let error):
            context.cannotVerify(
                context.dossier.root,
                Message(
                    zh: "规则包的附录 C 表缺少 \(error.key)", en: "the pack's Annex C table lacks \(error.key)"))
            return
        }
        guard let expectation = expectation(grammar: grammar, context: context) else { return }
        var checked: Set<String> = []
        for certificate in certificates {
            guard let number = context.text(certificate["number"]) else { continue }
            // A certificate re-issued within its validity keeps its number (C.3): check it once.
            guard checked.insert(AnnexCGrammar.normalised(number)).inserted else { continue }
            check(certificate, number: number, expectation: expectation, grammar: grammar, context: context)
        }
    }

    private func expectation(grammar: AnnexCGrammar, context: RuleContext) -> Expectation? {
        let body = context.dossier["certification_body"]
        guard let approval = context.text(body["approval_number"]) else { return nil }
        let bodyCode: String
        switch grammar.bodyCode(forApprovalNumber: approval) {
        case .value(let code): bodyCode = code
        case .invalid(let problem):
            context.cannotVerify(body["approval_number"], problem.message)
            return nil
        case .missing: return nil
        }
        guard let accredited = context.bool(body["accredited"]) else { return nil }
        guard accredited else {
            return Expectation(
                bodyCode: bodyCode, bodySource: approval, accreditationCode: grammar.notAccreditedCode,
                accreditationSource: Message(zh: "未获认可", en: "not accredited"))
        }
        let codeField = body["accreditation_body_code"]
        guard let code = context.text(codeField) else { return nil }
        guard code.count == grammar.accreditationCodeDigits, AnnexCGrammar.isDigits(code) else {
            context.cannotVerify(
                codeField,
                Message(
                    zh: "认可机构代码 '\(code)' 应为 \(grammar.accreditationCodeDigits) 位数字",
                    en: "the accreditation body code '\(code)' should be \(grammar.accreditationCodeDigits) digits"))
            return nil
        }
        return Expectation(
            bodyCode: bodyCode, bodySource: approval, accreditationCode: code,
            accreditationSource: Message(zh: "认可机构代码 \(code)", en: "accreditation body code \(code)"))
    }

    private func check(
        _ certificate: Field, number: String, expectation: Expectation, grammar: AnnexCGrammar, context: RuleContext
    ) {
        guard let issued = context.date(certificate["issued_on"]),
            let cycle = CertificateCycle.derive(for: certificate, grammar: grammar, context: context)
        else { return }
        let written = grammar.parts(of: number)
        let expected = grammar.mainNumber(
            bodyCode: expectation.bodyCode, issueYear: issued.year,
            sequence: grammar.sequenceForDisplay(written?.sequence), cycle: cycle.number,
            accreditationCode: expectation.accreditationCode)
        if AnnexCGrammar.normalised(number) != expected {
            let differences = describeDifferences(
                written, expectation: expectation, issued: issued, cycle: cycle, grammar: grammar)
            context.report(
                certificate["number"],
                Message(
                    zh: "证书编号 \(number) 不符合附录 C，应为 \(expected)" + differences.zh,
                    en: "the certificate number \(number) does not follow Annex C; expected \(expected)"
                        + differences.en))
        }
        checkSubCertificates(of: certificate, main: number, grammar: grammar, context: context)
    }

    private func describeDifferences(
        _ written: AnnexCGrammar.Parts?, expectation: Expectation, issued: Day, cycle: CertificateCycle,
        grammar: AnnexCGrammar
    ) -> Message {
        guard let written else {
            return Message(
                zh: "（无法识别领域代号 \(grammar.fieldCode) 或认证周期 \(grammar.cycleMarker)<n>）",
                en: " (the field code \(grammar.fieldCode) or the cycle \(grammar.cycleMarker)<n> cannot be found)")
        }
        var zh: [String] = []
        var en: [String] = []
        if written.bodyCode != expectation.bodyCode {
            zh.append("认证机构代码应为 \(expectation.bodyCode)（批准号 \(expectation.bodySource)）")
            en.append("body code \(expectation.bodyCode) (approval number \(expectation.bodySource))")
        }
        let year = grammar.yearCode(issued.year)
        if written.year != year {
            zh.append("发证年份号应为 \(year)（签发日期 \(issued)）")
            en.append("issue year \(year) (issued \(issued))")
        }
        if written.sequence.count != grammar.sequenceDigits || !AnnexCGrammar.isDigits(written.sequence) {
            zh.append("顺序号 '\(written.sequence)' 应为 \(grammar.sequenceDigits) 位数字")
            en.append("the sequence '\(written.sequence)' should be \(grammar.sequenceDigits) digits")
        }
        if written.cycle != String(cycle.number) {
            zh.append("认证周期应为 \(grammar.cycleMarker)\(cycle.number)（\(cycle.reason.zh)）")
            en.append("cycle \(grammar.cycleMarker)\(cycle.number) (\(cycle.reason.en))")
        }
        if written.accreditationCode != expectation.accreditationCode {
            zh.append("认可机构代码应为 \(expectation.accreditationCode)（\(expectation.accreditationSource.zh)）")
            en.append("accreditation code \(expectation.accreditationCode) (\(expectation.accreditationSource.en))")
        }
        if let sub = written.subCertificate {
            zh.append("主证书编号不应带子证书号 \(grammar.subCertificateSeparator)\(sub)")
            let suffix = grammar.subCertificateSeparator + sub
            en.append("a main certificate's number has no sub-certificate suffix \(suffix)")
        }
        guard !zh.isEmpty else { return Message(zh: "", en: "") }
        return Message(zh: "：" + zh.joined(separator: "；"), en: ": " + en.joined(separator: "; "))
    }

    private func checkSubCertificates(
        of certificate: Field, main: String, grammar: AnnexCGrammar, context: RuleContext
    ) {
        for (index, sub) in certificate["sub_certificates"].elements.enumerated() {
            let field = sub.isMapping ? sub["number"] : sub
            guard let number = context.text(field) else { continue }
            let expected = grammar.subCertificateNumber(main: AnnexCGrammar.normalised(main), index: index + 1)
            guard AnnexCGrammar.normalised(number) != expected else { continue }
            context.report(
                field,
                Message(
                    zh: "第 \(index + 1) 张子证书编号 \(number) 应为主证书编号加序号：\(expected)",
                    en: "sub-certificate \(index + 1) is numbered \(number); expected the main number "
                        + "and its index: \(expected)"))
        }
    }
}
