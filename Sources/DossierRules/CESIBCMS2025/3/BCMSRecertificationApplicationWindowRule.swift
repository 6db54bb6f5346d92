import DossierLintKit

/// 3.7: the client may apply for a new certificate in the three months before its certificate
/// expires: each re-certification application is received from the expiry less `window_months`
/// up to the expiry, both days included.
struct BCMSRecertificationApplicationWindowRule: Rule {
    static let identifier = "bcms-recertification-application-window"

    func check(_ context: RuleContext) {
        let applications = context.dossier["recertification_applications"].elements
        guard !applications.isEmpty, let months = context.wholeParameter("window_months") else { return }
        let certificates = context.dossier["certificates"].elements
        for application in applications {
            let received = context.date(application["received_on"])
            let numberField = application["certificate_number"]
            guard let number = context.text(numberField), let received else { continue }
            guard let certificate = certificates.first(where: { $0["number"].string.map(key) == key(number) }) else {
                context.cannotVerify(
                    numberField,
                    Message(
                        zh: "\(context.name(numberField).zh) \(number) 不是档案中任何认证证书的编号，无法确定其有效期",
                        en: "\(numberField.path) \(number) is the number of no certificate of the dossier"))
                continue
            }
            guard let expires = context.date(certificate["expires_on"]) else { continue }
            let opens = expires.adding(months: -months)
            if received < opens {
                context.report(
                    application["received_on"],
                    Message(
                        zh: "换证申请于 \(received) 收到，早于证书 \(number) 有效期满（\(expires)）前 \(months) 个月"
                            + "（最早于 \(opens)）",
                        en: "the re-certification application was received \(received), earlier than \(months) months "
                            + "before certificate \(number) expires on \(expires) (from \(opens) on)"))
            } else if received > expires {
                let deadline = latestBy(expires)
                context.report(
                    application["received_on"],
                    Message(
                        zh: "换证申请于 \(received) 收到，晚于证书 \(number) 的有效期截止日：应在有效期满前提出，\(deadline.zh)",
                        en: "the re-certification application was received \(received), after certificate \(number) "
                            + "expired: it is made before the expiry, \(deadline.en)"))
            }
        }
    }

    /// A certificate number as compared: without spaces, dash variants as "-", upper-cased.
    private func key(_ number: String) -> String {
        AnnexCGrammar.normalised(number).uppercased()
    }
}
