import DossierLintKit

extension RuleRegistry {
    /// The rules of this part of the regulation.
    static let chapters3To5Application: [any Rule.Type] = [
        // 3.11, 4.2, 4.3
        AuditorRegistrationRule.self,
        DomainAuditorCodesRule.self,
        // 5.1.2 (1)–(7)
        ApplicantLegalStatusRule.self,
        ApplicantLicensesRule.self,
        ApplicantITSMSOperatingRule.self,
        ApplicantOwnFaultWaitRule.self,
        ApplicantPreviousBodyRevokedRule.self,
        ApplicantBusinessSuspensionRule.self,
        ApplicantDishonestyListRule.self,
        // 5.1.3 (1)–(6)
        ApplicationContentRule.self,
        ApplicationLegalStatusDocumentsRule.self,
        ApplicationLicenseDocumentsRule.self,
        ApplicationOrganisationChartRule.self,
        ApplicationServiceProcessesRule.self,
        ApplicationOperationEvidenceRule.self,
        // 5.2.1, 5.2.4
        ApplicationReviewBeforeContractRule.self,
        ApplicationReviewNotifiedRule.self,
        // 5.2.3 (1)–(5)
        TransferBodyAccreditedRule.self,
        TransferCertificateAccreditedRule.self,
        TransferCertificateValidRule.self,
        TransferOriginalBodyRule.self,
        TransferReportsObtainedRule.self,
        // 5.3.1
        ContractBeforeAuditRule.self,
        ContractContentRule.self,
        ContractDirectPaymentRule.self,
        // 5.4.1.2 – 5.4.1.5
        ProgrammeContentRule.self,
        FullAuditCoverageRule.self,
        SurveillanceCoverageRule.self,
        SurveillanceFirstTimingRule.self,
        SurveillanceIntervalRule.self,
        AuditShiftsCoveredRule.self,
        AuditShiftsReasonRule.self,
        // Annex A
        AnnexAScopeCodesRule.self,
    ]
}
