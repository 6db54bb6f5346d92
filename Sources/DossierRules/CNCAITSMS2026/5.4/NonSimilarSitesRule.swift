import DossierLintKit

/// 5.4.3.3: non-similar sites are not sampled: the initial and re-certification
/// audits visit every one; each surveillance visits at least 30 % of them and
/// the central function.
struct NonSimilarSitesRule: Rule {
    static let identifier = "non-similar-sites"

    func check(_ context: RuleContext) {
        let judged = context.dossier.judgedAudits.filter { !$0.isTerminated && $0.kind != .other }
        guard !judged.isEmpty else { return }
        let sites = context.dossier.clientSites
        guard !sites.isEmpty else {
            context.cannotVerify(
                context.dossier["client"]["sites"],
                Message(
                    zh: "缺少认证委托人的场所清单，或其不是非空列表",
                    en: "the client's sites (client.sites) are missing or not a non-empty list"))
            return
        }
        // The ids in one pass each, without copying the sites (a list can be tens of thousands long).
        var nonSimilar: [String] = []
        var central: [String] = []
        for site in sites {
            guard let id = site.id else { continue }
            if site.similarGroup == nil { nonSimilar.append(id) }
            if site.isCentral { central.append(id) }
        }
        for audit in judged {
            guard context.texts(audit.main["sites"]) != nil else { continue }
            let visited = audit.visitedSiteSet
            switch audit.kind {
            case .initial, .recertification:
                var required = nonSimilar
                for id in central where !required.contains(id) { required.append(id) }
                let missing = required.filter { !visited.contains($0) }
                guard !missing.isEmpty else { continue }
                context.report(
                    audit.main["sites"],
                    Message(
                        zh: "非相似场所不应抽样，\(audit.name.zh)应逐一到各场所审核（含中心职能部门），未审核：\(listText(missing))",
                        en:
                            "non-similar sites are not sampled: the \(audit.name.en) must visit every one (and the central function); not visited: \(listText(missing))"
                    ))
            case .surveillance:
                guard let minimumShare = context.parameter("minimum_surveillance_share") else { return }
                if !nonSimilar.isEmpty {
                    let sampled = nonSimilar.filter(visited.contains)
                    let required = ceilingIgnoringNoise(minimumShare * Double(nonSimilar.count))
                    if sampled.count < required {
                        let share = percentText(minimumShare)
                        let product = formatDays(minimumShare * Double(nonSimilar.count))
                        let formula = "\(formatDays(minimumShare)) × \(nonSimilar.count) = \(product)"
                        let computation = "⌈\(formula)⌉ = \(required)"
                        context.report(
                            audit.main["sites"],
                            Message(
                                zh:
                                    "监督审核应抽取不少于 \(share) 的非相似场所：共 \(nonSimilar.count) 个，至少 \(computation) 个，实际 \(sampled.count) 个（\(listText(sampled))）",
                                en:
                                    "a surveillance audit must visit at least \(share) of the non-similar sites: of \(nonSimilar.count), at least \(computation), but visited \(sampled.count) (\(listText(sampled)))"
                            ))
                    }
                }
                let missingCentral = central.filter { !visited.contains($0) }
                if !missingCentral.isEmpty {
                    context.report(
                        audit.main["sites"],
                        Message(
                            zh: "监督审核应包括中心职能部门，未审核：\(listText(missingCentral))",
                            en:
                                "every surveillance audit must include the central function; not visited: \(listText(missingCentral))"
                        ))
                }
            case .other:
                continue
            }
        }
    }
}
