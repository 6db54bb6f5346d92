import DossierLintKit

/// 5.1.2 (1) as the client notice (002) applies it to multi-site certificates
/// (Annex C C.2): each sub-certificate is issued for one site of the dossier,
/// covered by its main certificate, and tied to a legal entity of the dossier
/// (the client itself or one of `client.legal_entities`).
struct SubCertificateSiteEntityRule: Rule {
    static let identifier = "sub-certificate-site-entity"

    func check(_ context: RuleContext) {
        let client = context.dossier["client"]
        let certificates = context.dossier["certificates"].elements
        guard certificates.contains(where: { !$0["sub_certificates"].elements.isEmpty }) else { return }
        let siteIds = Set(context.dossier.clientSites.compactMap(\.id))
        var entities = Set(client["legal_entities"].elements.compactMap { $0["name"].string })
        if let name = client["name"].string { entities.insert(name) }
        for certificate in certificates {
            let mainSites = certificate["sites"].texts.value
            let number = certificate["number"].string ?? certificate.path
            for (index, sub) in certificate["sub_certificates"].elements.enumerated() {
                let label = Message(
                    zh: "证书 \(number) 的第 \(index + 1) 张子证书",
                    en: "sub-certificate \(index + 1) of certificate \(number)")
                if let site = context.text(sub["site"]) {
                    if !siteIds.contains(site) {
                        context.report(
                            sub["site"],
                            Message(
                                zh: "\(label.zh)所属场所 \(site) 不是档案中认证委托人的场所",
                                en: "\(label.en) is issued for site \(site), which is not a site of the client "
                                    + "in the dossier (client.sites)"))
                    } else if let mainSites, !mainSites.contains(site) {
                        context.report(
                            sub["site"],
                            Message(
                                zh: "\(label.zh)所属场所 \(site) 不在主证书覆盖的场所中",
                                en: "\(label.en) is issued for site \(site), which the main certificate does not "
                                    + "cover (certificates[].sites)"))
                    }
                }
                if let entity = context.text(sub["legal_entity"]), !entities.contains(entity) {
                    context.report(
                        sub["legal_entity"],
                        Message(
                            zh: "\(label.zh)所属法律实体“\(entity)”既不是认证委托人，也不在档案所列的法律实体中，"
                                + "无从核实其合法主体资格",
                            en: "\(label.en) names the legal entity \"\(entity)\", which is neither the client nor "
                                + "one of client.legal_entities, so its legal status cannot be shown"))
                }
            }
        }
    }
}
