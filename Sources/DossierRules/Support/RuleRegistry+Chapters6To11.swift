import DossierLintKit

extension RuleRegistry {
    /// The rules of this part of the regulation.
    static let chapters6To11: [any Rule.Type] = [
        // 6.2 certificates, Annex C
        CertificateValidityRule.self,
        CertificateIssueDateRule.self,
        RecertificateLateDecisionExpiryRule.self,
        CertificateNumberInProgrammeRule.self,
        CertificateNumberFormatRule.self,
        CertificateLanguageRule.self,
        CertificateContentRule.self,
        // 7 suspension, withdrawal, cancellation
        SuspensionDeadlineRule.self,
        SuspensionTriggerUnansweredRule.self,
        SuspensionPeriodRule.self,
        WithdrawalDeadlineRule.self,
        WithdrawalTriggerUnansweredRule.self,
        CancellationConditionsRule.self,
        // 8 appeals and complaints
        ComplaintResponseRule.self,
        ComplaintHandlerIndependenceRule.self,
        // 9 reporting and publication
        AuditPlanReportedRule.self,
        CertificateReportedToCNCARule.self,
        CertificateQueryRouteRule.self,
        CertificateEventReportedRule.self,
        CertificateEventPublishedRule.self,
        // 10 records, 11.5 data
        RecordsRetentionRule.self,
        RecordsPresentRule.self,
        RecordsSignedRule.self,
        RecordsChineseRule.self,
        RecordsNonEditableRule.self,
        ClientRetainedRecordsRule.self,
        DataStoredInChinaRule.self,
    ]
}
