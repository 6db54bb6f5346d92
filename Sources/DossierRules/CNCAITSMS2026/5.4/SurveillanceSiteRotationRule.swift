import DossierLintKit

/// 5.4.3.3: the second surveillance usually picks other non-similar sites than
/// the first (the central function, visited every time, aside).
struct SurveillanceSiteRotationRule: Rule {
    static let identifier = "surveillance-site-rotation"

    func check(_ context: RuleContext) {
        let pool = context.dossier.clientSites.filter { $0.similarGroup == nil && !$0.isCentral }.compactMap(\.id)
        guard pool.count > 1 else { return }
        // Surveillance audits by cycle: a stage 2 or a re-certification starts a new cycle.
        var cycles: [[Field]] = [[]]
        for audit in context.dossier.audits {
            switch audit["type"].string {
            case "stage2", "recertification": cycles.append([])
            case "surveillance": cycles[cycles.count - 1].append(audit)
            default: break
            }
        }
        for cycle in cycles where cycle.count >= 2 {
            let first = (cycle[0]["sites"].texts.value ?? []).filter(pool.contains)
            guard let secondSites = context.texts(cycle[1]["sites"]) else { continue }
            let second = secondSites.filter(pool.contains)
            let repeated = second.filter(first.contains)
            let neverVisited = pool.filter { !first.contains($0) && !second.contains($0) }
            guard !repeated.isEmpty, !neverVisited.isEmpty else { continue }
            context.report(
                cycle[1]["sites"],
                Message(
                    zh:
                        "第二次监督审核再次选取了第一次监督审核已审核的场所 \(listText(repeated))，而场所 \(listText(neverVisited)) 两次监督审核均未审核；第二次监督审核选取的场所通常不同于第一次",
                    en:
                        "the second surveillance revisits \(listText(repeated)), already visited by the first, while \(listText(neverVisited)) were visited by neither; the second surveillance usually picks other sites"
                ))
        }
    }
}
