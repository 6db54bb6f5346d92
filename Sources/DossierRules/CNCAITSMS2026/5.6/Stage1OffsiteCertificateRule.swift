import DossierLintKit

/// 5.6.2.2: the certificate an off-site stage 1 rests on
/// (`audits[].offsite_exception_certificate`) is valid through the stage 1,
/// and is what the exception claimed needs: for (1) another management
/// system's certificate issued by this body, for (2) an accredited ITSMS
/// certificate issued by another body.
struct Stage1OffsiteCertificateRule: Rule {
    static let identifier = "stage1-offsite-certificate"

    func check(_ context: RuleContext) {
        let itsmsStandards = context.listParameter("itsms_standards")
        let ownBody = context.dossier["certification_body"]
        let ownNames = Set([ownBody["name"].string, ownBody["approval_number"].string].compactMap { $0 })
        for audit in context.dossier.audits(ofType: "stage1") where audit["onsite"].bool.value == false {
            guard let exception = audit["offsite_exception"].string,
                exception == Exception.thisBody || exception == Exception.accreditedITSMS
            else { continue }  // stage1-onsite reports a missing or unknown exception
            let certificate = audit["offsite_exception_certificate"]
            let name = Audits.name(of: audit)
            guard certificate.exists else {
                context.cannotVerify(
                    certificate,
                    Message(
                        zh: "未记录第一阶段审核 \(name) 未在现场实施所依据的证书",
                        en: "the certificate off-site stage 1 \(name) rests on is not recorded"))
                continue
            }
            let number = context.text(certificate["number"])
            let body = context.text(certificate["body"])
            let standard = context.text(certificate["standard"])
            let validUntil = context.date(certificate["valid_until"])
            guard number != nil, let body, let standard, let validUntil,
                let lastDay = context.date(audit["dates"]["end"])
            else { continue }
            if validUntil < lastDay {
                context.report(
                    certificate["valid_until"],
                    Message(
                        zh: "第一阶段审核 \(name) 未在现场实施所依据的证书有效期至 \(validUntil)，"
                            + "早于该审核最后一日 \(lastDay)：审核时该证书已不是有效证书",
                        en: "the certificate off-site stage 1 \(name) rests on is valid until \(validUntil), before "
                            + "the audit's last day \(lastDay): it was no longer valid during the audit"))
            }
            let isITSMS = itsmsStandards.contains { standard.hasPrefix($0) }
            let fromThisBody = ownNames.contains(body)
            if exception == Exception.thisBody {
                if !fromThisBody {
                    report(
                        certificate["body"], name: name,
                        zh: "依据情形 (1)，但证书由“\(body)”颁发，不是本认证机构",
                        en: "rests on exception (1), but the certificate was issued by \(body), not by this body",
                        context: context)
                }
                if isITSMS {
                    report(
                        certificate["standard"], name: name,
                        zh: "依据情形 (1)，但证书标准 \(standard) 是 ITSMS，不是其他管理体系",
                        en: "rests on exception (1), but the certificate's standard \(standard) is the ITSMS, not "
                            + "another management system",
                        context: context)
                }
            } else {
                if fromThisBody {
                    report(
                        certificate["body"], name: name,
                        zh: "依据情形 (2)，但证书由本认证机构颁发，不是其他认证机构",
                        en: "rests on exception (2), but the certificate was issued by this body, not another one",
                        context: context)
                }
                if !isITSMS {
                    report(
                        certificate["standard"], name: name,
                        zh: "依据情形 (2)，但证书标准 \(standard) 不是 ITSMS 标准",
                        en: "rests on exception (2), but the certificate's standard \(standard) is not an ITSMS "
                            + "standard",
                        context: context)
                }
                if let accredited = context.bool(certificate["accredited"]), !accredited {
                    report(
                        certificate["accredited"], name: name,
                        zh: "依据情形 (2)，但该 ITSMS 证书未经认可",
                        en: "rests on exception (2), but the ITSMS certificate is not accredited",
                        context: context)
                }
            }
        }
    }

    /// The values of `offsite_exception` this rule judges.
    private enum Exception {
        static let thisBody = "other_certificate_from_this_body"
        static let accreditedITSMS = "accredited_itsms_certificate"
    }

    private func report(_ field: Field, name: String, zh: String, en: String, context: RuleContext) {
        context.report(
            field,
            Message(
                zh: "第一阶段审核 \(name) 未在现场实施，\(zh)",
                en: "off-site stage 1 \(name) \(en)"))
    }
}
