import DossierLintKit

/// 3.6.5.2 c: a certificate re-issued on a `reduce_scope` decision (a `reissues` entry, or a later
/// `certificates` entry, whose `decision` is one) keeps the registration number and the validity
/// and is re-issued on or after the decision; a reduction without a re-issue cannot be verified.
struct BCMSScopeReductionKeepsNumberRule: Rule {
    static let identifier = "bcms-scope-reduction-keeps-number"

    func check(_ context: RuleContext) {
        var reductions: [String: Field] = [:]
        for decision in context.dossier["decisions"].elements where decision["kind"].string == "reduce_scope" {
            guard let id = context.text(decision["id"]) else { continue }
            reductions[id] = decision
        }
        guard !reductions.isEmpty else { return }
        var reissued = Set<String>()
        var reissueEntries = Set<String>()
        for reissue in CertificateReissues.all(in: context.dossier) {
            guard let id = reissue.field["decision"].string, let decision = reductions[id] else { continue }
            reissued.insert(id)
            if reissue.isCertificateEntry { reissueEntries.insert(reissue.field.pointer) }
            check(reissue, decision: decision, context)
        }
        let certificates = context.dossier["certificates"].elements
        for (index, certificate) in certificates.enumerated() where !reissueEntries.contains(certificate.pointer) {
            guard let id = certificate["decision"].string, reductions[id] != nil else { continue }
            reissued.insert(id)
            reportNewNumber(certificate, earlier: Array(certificates[..<index]), decision: id, context)
        }
        for (id, decision) in reductions.sorted(by: { $0.key < $1.key }) where !reissued.contains(id) {
            context.cannotVerify(
                decision,
                Message(
                    zh: "缩小认证范围的认证决定 \(id) 没有对应的换发证书（没有哪个证书换发记录或认证证书的认证决定是 \(id)），"
                        + "无法核查注册号和有效期",
                    en: "the scope reduction decision \(id) has no re-issued certificate (no reissues[].decision or "
                        + "certificates[].decision refers to it)"))
        }
    }

    private func check(_ reissue: CertificateReissue, decision: Field, _ context: RuleContext) {
        let certificate = reissue.certificate
        let name = certificate["number"].string ?? certificate.path
        let numberField = reissue.field["number"]
        if !reissue.isCertificateEntry, let number = context.optional(numberField, { $0.text }),
            let original = certificate["number"].string, key(number) != key(original)
        {
            context.report(
                numberField,
                Message(
                    zh: "缩小认证范围换发的证书注册号应保持不变：换发后为 \(number)，原注册号为 \(original)",
                    en: "a certificate re-issued for a scope reduction keeps its number: \(number) after the "
                        + "re-issue, \(original) before"))
        }
        let expiresField = reissue.field["expires_on"]
        let moved = reissue.isCertificateEntry ? context.date(expiresField) : context.optional(expiresField) { $0.date }
        if let moved, let expires = context.date(certificate["expires_on"]), moved != expires {
            context.report(
                expiresField,
                Message(
                    zh: "证书 \(name) 因缩小认证范围换发，有效期应保持不变：换发后的到期日为 \(moved)，原到期日为 \(expires)",
                    en: "certificate \(name) was re-issued for a scope reduction, which keeps the validity: the "
                        + "re-issue expires on \(moved), the certificate on \(expires)"))
        }
        guard let day = context.date(reissue.dayField), let decided = context.date(decision["date"]),
            day < decided
        else { return }
        context.report(
            reissue.dayField,
            Message(
                zh: "证书 \(name) 于 \(day) 因缩小认证范围换发，早于认证决定 \(decision["id"].string ?? "") 的日期 \(decided)"
                    + "（应经技术委员会审定、总经理批准后换发）",
                en: "certificate \(name) was re-issued for a scope reduction on \(day), before the decision's date "
                    + "\(decided) (re-issued after the technical committee's review and the general manager's approval)"
            ))
    }

    /// A certificate issued on the reduction that is the first of its number: a new number when an
    /// earlier certificate exists; with none, nothing to compare with.
    private func reportNewNumber(_ certificate: Field, earlier: [Field], decision id: String, _ context: RuleContext) {
        let number = certificate["number"]
        guard let text = context.text(number) else { return }
        guard !earlier.isEmpty else {
            context.cannotVerify(
                number,
                Message(
                    zh: "证书 \(text) 依据缩小认证范围的认证决定 \(id) 出具，但档案中没有此前的认证证书，无法核查注册号和有效期是否保持不变",
                    en: "certificate \(text) was issued on the scope reduction decision \(id), but the dossier has no "
                        + "earlier certificate to compare its number and validity with"))
            return
        }
        let before = earlier.compactMap { $0["number"].string }.joined(separator: "、")
        context.report(
            number,
            Message(
                zh: "证书 \(text) 依据缩小认证范围的认证决定 \(id) 换发，注册号应保持不变，但与此前的认证证书（\(before)）均不同",
                en: "certificate \(text) was re-issued on the scope reduction decision \(id) with a new number: "
                    + "a scope reduction keeps the number (earlier: \(before))"))
    }

    /// A certificate number as compared: without spaces, dash variants as "-", upper-cased.
    private func key(_ number: String) -> String {
        AnnexCGrammar.normalised(number).uppercased()
    }
}
