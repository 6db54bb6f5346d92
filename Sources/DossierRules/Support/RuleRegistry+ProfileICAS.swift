import DossierLintKit

extension RuleRegistry {
    /// The rules of the `icas` profile (ICAS procedure ICASP25C), layered on `cnca-itsms-2026`.
    static let profileICAS: [any Rule.Type] = [
        ICASClosureConfirmedRule.self,
        ICASDocumentReviewFindingsSentRule.self,
        ICASMajorEvidenceDeadlineRule.self,
        ICASMajorPlanDeadlineRule.self,
        ICASMinorEvidenceDeadlineRule.self,
        ICASObserverNotAuditingRule.self,
        ICASRecertificationTimeRule.self,
        ICASRecertificationWindowRule.self,
        ICASRecordsHandedInRule.self,
        ICASStage1TimeShareRule.self,
        ICASStageGapWorkingDaysRule.self,
        ICASTeamRotationRule.self,
        ICASTraineeNotAloneRule.self,
    ]
}
