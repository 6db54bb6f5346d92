import DossierLintKit

extension RuleRegistry {
    /// The repository rules (scope `repository`): they read every dossier's
    /// summary and the registry together.
    static let repository: [any Rule.Type] = [
        AuditorOnsiteDaysRule.self,
        CertificateSequenceUniqueRule.self,
        CertificatesPerAuditorRule.self,
        DomainAuditorsPerCodeRule.self,
        PersonIdsDefinedRule.self,
        RegisteredAuditorCountRule.self,
        RepositoryTechnicalServicesRule.self,
        UniqueCertificateNumbersRule.self,
        UniqueDossierIdsRule.self,
    ]
}
