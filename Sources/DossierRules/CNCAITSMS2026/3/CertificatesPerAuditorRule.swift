import DossierLintKit

/// 3.10: valid management system certificates (ITSMS and others) per
/// registered ITSMS auditor are at most 50.
struct CertificatesPerAuditorRule: RepositoryRule {
    static let identifier = "certificates-per-auditor"

    func check(_ context: RepositoryContext) {
        guard let registry = context.requireRegistry(),
            let maximum = context.parameter("maximum_certificates_per_auditor")
        else { return }
        var numbers = Set<String>()
        for dossier in context.repository.dossiers {
            for certificate in dossier.certificates where certificate.status == .valid {
                numbers.insert(certificate.number)
            }
        }
        let otherField = registry.root["certification_body"]["other_valid_certificates"]
        var other = 0
        if otherField.exists {
            guard let value = otherField.integer.value, value >= 0 else {
                context.cannotVerify(
                    file: registry.path, SummaryPlace(otherField),
                    Message(
                        zh: "\(context.name(otherField).zh)应为非负整数",
                        en: "\(otherField.path) should be a whole number, 0 or more"))
                return
            }
            other = value
        }
        let total = numbers.count + other
        let auditors = registry.personnel.filter(RegistryPersonnel.isRegisteredAuditor).count
        guard total > 0, Double(total) > maximum * Double(auditors) else { return }
        let ratio = auditors == 0 ? "—" : formatDays((Double(total) / Double(auditors) * 10).rounded() / 10)
        context.report(
            registryField: RegistryPersonnel.listField(registry),
            Message(
                zh: "截至 \(context.judgingDay) 有效认证证书 \(total) 张（ITSMS \(numbers.count) 张，其他管理体系 \(other) 张），"
                    + "注册 ITSMS 审核员 \(auditors) 名，人均 \(ratio) 张，超过 \(formatDays(maximum)) 张",
                en: "as of \(context.judgingDay), \(total) valid certificates (ITSMS: \(numbers.count), other systems: "
                    + "\(other)) for \(auditors) registered ITSMS auditors: \(ratio) per auditor, more than "
                    + "\(formatDays(maximum))"))
    }
}
