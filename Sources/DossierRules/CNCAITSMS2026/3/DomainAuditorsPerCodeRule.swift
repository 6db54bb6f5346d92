import DossierLintKit

/// 3.6: at least 2 registered ITSMS domain auditors for every Annex A code the
/// body certifies.
struct DomainAuditorsPerCodeRule: RepositoryRule {
    static let identifier = "domain-auditors-per-code"

    func check(_ context: RepositoryContext) {
        guard let registry = context.requireRegistry(), let minimum = context.parameter("minimum_domain_auditors")
        else { return }
        // The codes certified: declared in the registry, else first met on a dossier with a certificate in force.
        var codes: [(code: String, file: String, place: SummaryPlace)] = []
        var seen = Set<String>()
        for field in registry.root["certification_body"]["scope_codes"].elements {
            guard let code = field.string, seen.insert(code).inserted else { continue }
            codes.append((code, registry.path, SummaryPlace(field)))
        }
        for dossier in context.repository.dossiers
        where dossier.certificates.contains(where: { $0.status == .valid || $0.status == .suspended }) {
            for (code, place) in dossier.scopeCodes where seen.insert(code).inserted {
                codes.append((code, dossier.path, place))
            }
        }
        let auditors = registry.personnel.filter(RegistryPersonnel.isRegisteredAuditor)
        for (code, file, place) in codes.sorted(by: { $0.code < $1.code }) {
            let domain = auditors.filter { ($0["domain_codes"].texts.value ?? []).contains(code) }
            guard Double(domain.count) < minimum else { continue }
            context.report(
                file: file, place,
                Message(
                    zh: "认证业务范围 \(code) 的 ITSMS 专业领域审核员只有 \(RegistryPersonnel.listing(domain))，"
                        + "少于 \(Int(minimum)) 名",
                    en: "the business scope \(code) has only \(RegistryPersonnel.listing(domain)) ITSMS domain "
                        + "auditors, fewer than \(Int(minimum))"))
        }
    }
}
