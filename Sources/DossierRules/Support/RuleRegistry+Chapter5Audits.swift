import DossierLintKit

extension RuleRegistry {
    /// The rules of this part of the regulation.
    static let chapter5Audits: [any Rule.Type] = [
        StageGapRule.self,
        // 5.6.2–5.6.3: stage 1 and stage 2.
        Stage1ContentRule.self,
        Stage1InternalAuditAndReviewRule.self,
        Stage1OnsiteRule.self,
        Stage1ConclusionNotifiedRule.self,
        Stage2ContentRule.self,
        // 5.7: surveillance.
        SurveillanceTopManagementInterviewRule.self,
        SurveillanceContentRule.self,
        SurveillanceTimeRule.self,
        // 5.8: re-certification.
        RecertificationBeforeExpiryRule.self,
        RecertificationContentRule.self,
        RecertificationTimeRule.self,
        // 5.10: nonconformities.
        NonconformityCauseAndActionRule.self,
        NonconformityVerificationRule.self,
        MajorVerificationDeadlineRule.self,
        DecisionWithLateActionRule.self,
        // 5.11: audit reports.
        AuditReportByLeaderRule.self,
        AuditReportItemsRule.self,
        // 5.12: certification decisions.
        DecisionMakerEligibilityRule.self,
        DecisionWithUnverifiedNonconformityRule.self,
        InitialDecisionDeadlineRule.self,
        RecertificationDecisionBeforeExpiryRule.self,
        RecertificationDecisionDeadlineRule.self,
        RenewalAfterLateRecertificationRule.self,
        RefusalReasonsNotifiedRule.self,
        SurveillanceSeparateDecisionRule.self,
    ]
}
