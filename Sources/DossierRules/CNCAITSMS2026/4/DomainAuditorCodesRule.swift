import DossierLintKit

/// 4.3: an auditor does not take an audit task beyond the registration. A team
/// member acting as a domain auditor holds at least one of the audit's scope
/// codes among the domain codes of the registration.
struct DomainAuditorCodesRule: Rule {
    static let identifier = "domain-auditor-codes"

    func check(_ context: RuleContext) {
        guard let domainRoles = context.requiredListParameter("domain_roles") else { return }
        let dossier = context.dossier
        // The application's scope codes, read (and reported when missing) once.
        var applicationCodesRead = false
        var applicationCodes: [String]?
        func readApplicationCodes() -> [String]? {
            if !applicationCodesRead {
                applicationCodesRead = true
                applicationCodes = context.texts(dossier["application"]["scope_codes"])
            }
            return applicationCodes
        }
        for audit in dossier.audits {
            let members = audit["team"].elements.filter { entry in
                entry["role"].string.map { domainRoles.contains($0) } ?? false
            }
            guard !members.isEmpty else { continue }
            let ownCodes = audit["scope_codes"]
            guard let scopeCodes = ownCodes.exists ? context.texts(ownCodes) : readApplicationCodes() else { continue }
            let auditName = audit["id"].string ?? audit.path
            for entry in members {
                guard let personId = context.text(entry["person"]) else { continue }
                guard let person = dossier.person(withId: personId) else {
                    context.cannotVerify(
                        entry["person"],
                        Message(
                            zh: "人员 \(personId) 既不在 personnel 中，也不在人员登记册中",
                            en: "person \(personId) is in neither personnel nor the registry"))
                    continue
                }
                guard let held = context.texts(person["domain_codes"]) else { continue }
                guard !held.contains(where: scopeCodes.contains) else { continue }
                let label = person["name"].string.map { "\(personId) \($0)" } ?? personId
                context.report(
                    entry["person"],
                    Message(
                        zh: "\(label) 在审核 \(auditName) 中担任专业领域审核员，但其专业代码（\(listText(held))）"
                            + "不含审核范围的任何代码（\(listText(scopeCodes))）",
                        en: "\(label) acts as domain auditor in audit \(auditName), but none of the person's domain "
                            + "codes (\(listText(held))) is a scope code of the audit "
                            + "(\(listText(scopeCodes)))"
                    ))
            }
        }
    }
}
