import DossierLintKit

/// Readings of the registry's `personnel` shared by the repository rules.
enum RegistryPersonnel {
    /// "P001 李娜" for messages.
    static func label(_ person: Field) -> String {
        [person["id"].string, person["name"].string].compactMap { $0 }.joined(separator: " ")
    }

    /// Whether the person is a registered ITSMS auditor: a formal qualification
    /// (`auditor`, `lead_auditor`) and a registration number.
    static func isRegisteredAuditor(_ person: Field) -> Bool {
        guard let qualification = person["qualification"].string,
            TeamRole.formalQualifications.contains(qualification),
            let number = person["registration_number"].string
        else { return false }
        return !number.allSatisfy(\.isWhitespace)
    }

    /// The place to report a finding about the registry's personnel as a whole.
    static func listField(_ registry: RepositoryRegistry) -> Field {
        let personnel = registry.root["personnel"]
        return personnel.exists ? personnel : registry.root
    }

    /// A count of people for messages: "3 (P001 李娜, P002 王强, P005 周磊)".
    static func listing(_ people: [Field], limit: Int = 12) -> String {
        let labels = people.prefix(limit).map(label)
        let more = people.count > limit ? ", …" : ""
        return people.isEmpty ? "0" : "\(people.count) (\(labels.joined(separator: ", "))\(more))"
    }
}
