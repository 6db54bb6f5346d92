import DossierLintKit

/// An audit as the audit-time (5.4.2) and site (5.4.3) rules judge it: stage 1
/// and stage 2 together as the initial audit, with the determination written on
/// stage 2; every other audit on its own.
struct JudgedAudit {
    /// What kind of audit the determination is for.
    enum Kind: String {
        case initial
        case surveillance
        case recertification
        case other
    }

    /// The audit that carries the determination (stage 2 for the initial audit).
    let main: Field
    /// The audits whose time and sites count: the stage 1 before a stage 2 and
    /// the stage 2, or the audit alone.
    let parts: [Field]
    /// The kind of audit.
    let kind: Kind

    /// The determination (`time` of the main audit).
    var time: Field { main["time"] }

    /// Whether the main audit was terminated (5.5.5).
    var isTerminated: Bool { main["terminated"].exists }

    /// The ids of the client sites the audit visited (`sites` of every part), in
    /// order of first appearance.
    var visitedSites: [String] {
        var seen = Set<String>()
        return sitesOfParts.filter { seen.insert($0).inserted }
    }

    /// The ids of the client sites the audit visited, for lookups: as `visitedSites`
    /// without the list (one pass; a site list can be tens of thousands long).
    var visitedSiteSet: Set<String> { Set(sitesOfParts) }

    /// The `sites` of every part, in order, repeats included.
    private var sitesOfParts: some Sequence<String> { parts.lazy.flatMap { $0["sites"].texts.value ?? [] } }

    /// "stage 1 + stage 2" / "第一阶段 + 第二阶段" and the like, for messages.
    var name: Message {
        switch kind {
        case .initial:
            return parts.count > 1
                ? Message(zh: "初次认证审核（第一阶段 + 第二阶段）", en: "initial audit (stage 1 + stage 2)")
                : Message(zh: "初次认证审核（第二阶段）", en: "initial audit (stage 2)")
        case .surveillance: return Message(zh: "监督审核", en: "surveillance audit")
        case .recertification: return Message(zh: "再认证审核", en: "re-certification audit")
        case .other:
            let type = main["type"].string ?? "?"
            return Message(zh: "\(type) 审核", en: "\(type) audit")
        }
    }
}

extension Dossier {
    /// Every audit that carries a determination (all but stage 1), in file
    /// order; a stage 2 brings the last stage 1 before it.
    var judgedAudits: [JudgedAudit] { reading(JudgedAudits.self) }
}

/// The judged audits of a dossier, read once per dossier: a dozen audit-time and site rules
/// ask for them.
enum JudgedAudits: DossierReading {
    static func read(_ dossier: Dossier) -> [JudgedAudit] {
        var result: [JudgedAudit] = []
        var pendingStage1: Field?
        for audit in dossier.audits {
            switch audit["type"].string {
            case "stage1":
                pendingStage1 = audit
            case "stage2":
                result.append(
                    JudgedAudit(main: audit, parts: [pendingStage1, audit].compactMap { $0 }, kind: .initial))
                pendingStage1 = nil
            case "surveillance":
                result.append(JudgedAudit(main: audit, parts: [audit], kind: .surveillance))
            case "recertification":
                result.append(JudgedAudit(main: audit, parts: [audit], kind: .recertification))
            default:
                result.append(JudgedAudit(main: audit, parts: [audit], kind: .other))
            }
        }
        return result
    }
}
