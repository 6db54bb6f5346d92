import DossierLintKit

/// 5.4.4.1: at least one auditor who audited stage 1 takes part in stage 2.
struct Stage1AuditorOnStage2Rule: Rule {
    static let identifier = "stage1-auditor-on-stage2"

    func check(_ context: RuleContext) {
        let dossier = context.dossier
        for audit in dossier.judgedAudits where audit.kind == .initial && audit.parts.count > 1 {
            let stage1 = dossier.team(of: audit.parts[0]).filter(\.isFormalAuditor)
            let stage1Ids = stage1.compactMap(\.personId)
            guard !stage1Ids.isEmpty else { continue }
            let stage2Ids = dossier.team(of: audit.main).filter(\.isFormalAuditor).compactMap(\.personId)
            guard !stage2Ids.contains(where: stage1Ids.contains) else { continue }
            let labels = stage1.map(\.label).joined(separator: ", ")
            context.report(
                audit.main["team"],
                Message(
                    zh: "第二阶段审核组中没有实施第一阶段审核的审核员（第一阶段审核员：\(labels)）",
                    en: "no auditor of stage 1 takes part in stage 2 (stage 1 auditors: \(labels))"))
        }
    }
}
