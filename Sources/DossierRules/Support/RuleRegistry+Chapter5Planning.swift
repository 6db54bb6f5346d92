import DossierLintKit

extension RuleRegistry {
    /// The rules of this part of the regulation.
    static let chapter5Planning: [any Rule.Type] = [
        // 5.4.2 audit time and Annex B
        PersonDayHoursRule.self,
        EffectiveHeadcountRule.self,
        AnnexBDaysRule.self,
        AuditTimeHeadcountRule.self,
        AuditTimeReductionLimitRule.self,
        AuditTimeDeterminationRecordRule.self,
        OnsiteTimeShareRule.self,
        HalfDayRoundingRule.self,
        CombinedAuditTimeRule.self,
        // 5.4.3 multi-site sampling
        SimilarSiteSamplingRule.self,
        NonSimilarSitesRule.self,
        SurveillanceSiteRotationRule.self,
        SiteOnsiteTimeRule.self,
        ServicePointTimeRule.self,
        MultiSiteTotalTimeRule.self,
        // 5.4.4 audit team
        TeamLeaderRule.self,
        TeamDomainAuditorRule.self,
        TeamFullTimeAuditorRule.self,
        Stage1AuditorOnStage2Rule.self,
        CombinedAuditSpecialistsRule.self,
        TechnicalExpertTimeRule.self,
        TraineeTimeRule.self,
        TraineeCountRule.self,
        TeamTechnicalServicesRule.self,
        DecisionMakerTechnicalServicesRule.self,
        // 5.4.5 audit plan
        AuditPlanContentRule.self,
        AuditPlanTeamDetailsRule.self,
        AuditPlanConfirmationRule.self,
        // 5.5 conduct of the audit
        AuditsOnSiteRule.self,
        AuditRecordsLanguageRule.self,
        TopManagementAtMeetingsRule.self,
        MeetingEvidenceRule.self,
        TopManagementInterviewRule.self,
        TopManagementLeadershipRule.self,
        TerminationOnAbsenceRule.self,
        TerminatedAuditReportRule.self,
    ]
}
