import DossierLintKit

/// The two stages of an initial certification audit, as the stage-gap rules read them.
enum InitialStages {
    /// The first stage 2 audit and the last stage 1 audit before it, or `nil` when
    /// there is no stage 2 yet. A stage 2 without any stage 1 is reported as
    /// "cannot verify" at the stage 2 audit's type.
    static func pair(in context: RuleContext) -> (stage1: Field, stage2: Field)? {
        let dossier = context.dossier
        guard let stage2 = dossier.audits(ofType: "stage2").first else { return nil }
        guard let stage1 = dossier.audits(ofType: "stage1").last else {
            context.cannotVerify(
                stage2["type"],
                Message(zh: "档案中有第二阶段审核但没有第一阶段审核", en: "the dossier has a stage 2 audit but no stage 1 audit"))
            return nil
        }
        return (stage1, stage2)
    }
}
