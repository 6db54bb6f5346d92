import DossierLintKit

/// 10.1 (records of the whole certification, kept traceable): every person id a
/// dossier refers to is defined in its own `personnel` or in the registry.
struct PersonIdsDefinedRule: RepositoryRule {
    static let identifier = "person-ids-defined"

    func check(_ context: RepositoryContext) {
        let registered = Set((context.registry?.personnel ?? []).compactMap { $0["id"].string })
        for dossier in context.repository.dossiers {
            let own = Set(dossier.definedPersons.map(\.id))
            var reported = Set<String>()
            for reference in dossier.referencedPersons
            where !own.contains(reference.id) && !registered.contains(reference.id) {
                guard reported.insert(reference.place.pointer).inserted else { continue }
                let source =
                    context.registry == nil
                    ? Message(zh: "档案的人员名单中", en: "in the dossier's personnel")
                    : Message(zh: "档案的人员名单和人员登记文件中", en: "in the dossier's personnel or the registry")
                context.report(
                    file: dossier.path, reference.place,
                    Message(
                        zh: "人员编号 \(reference.id) 未在\(source.zh)定义",
                        en: "the person id \(reference.id) is not defined \(source.en)"))
            }
        }
    }
}
