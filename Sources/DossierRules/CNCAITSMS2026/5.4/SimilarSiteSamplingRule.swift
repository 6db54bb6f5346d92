import DossierLintKit

/// 5.4.3.2: similar sites (the same `similar_group`) are sampled at least
/// ⌈√X⌉ at the initial audit, ⌈0.6√X⌉ at surveillance and ⌈0.8√X⌉ at
/// re-certification, X being the number of sites in the group.
struct SimilarSiteSamplingRule: Rule {
    static let identifier = "similar-site-sampling"

    func check(_ context: RuleContext) {
        var groups: [(name: String, sites: [String])] = []
        for site in context.dossier.clientSites {
            guard let group = site.similarGroup, let id = site.id else { continue }
            if let index = groups.firstIndex(where: { $0.name == group }) {
                groups[index].sites.append(id)
            } else {
                groups.append((group, [id]))
            }
        }
        guard !groups.isEmpty else { return }
        for audit in context.dossier.judgedAudits where !audit.isTerminated {
            let factorName: String
            switch audit.kind {
            case .initial: factorName = "initial_factor"
            case .surveillance: factorName = "surveillance_factor"
            case .recertification: factorName = "recertification_factor"
            case .other: continue
            }
            guard let factor = context.parameter(factorName), context.texts(audit.main["sites"]) != nil else {
                continue
            }
            let visited = audit.visitedSiteSet
            for group in groups {
                let count = group.sites.count
                let root = Double(count).squareRoot()
                let required = ceilingIgnoringNoise(factor * root)
                let sampled = group.sites.filter(visited.contains)
                guard sampled.count < required else { continue }
                let formula = factor == 1 ? "√\(count)" : "\(formatDays(factor)) × √\(count)"
                let computation = "⌈\(formula) = \(formatDays(factor * root))⌉ = \(required)"
                context.report(
                    audit.main["sites"],
                    Message(
                        zh:
                            "相似场所组“\(group.name)”共 X = \(count) 个场所，\(audit.name.zh)应至少抽取 \(computation) 个，实际抽取 \(sampled.count) 个（\(sampled.isEmpty ? "无" : sampled.joined(separator: "、"))）",
                        en:
                            "similar-site group \(group.name) has X = \(count) sites; the \(audit.name.en) must sample at least \(computation), but sampled \(sampled.count) (\(listText(sampled)))"
                    ))
            }
        }
    }
}
