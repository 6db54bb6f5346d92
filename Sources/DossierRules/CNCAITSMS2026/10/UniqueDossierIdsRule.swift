import DossierLintKit

/// 10.1 (records of the whole certification, kept traceable): a dossier id is
/// unique within the repository.
struct UniqueDossierIdsRule: RepositoryRule {
    static let identifier = "unique-dossier-ids"

    func check(_ context: RepositoryContext) {
        var first: [String: String] = [:]
        for dossier in context.repository.dossiers {
            guard let id = dossier.dossierId else { continue }
            if let earlier = first[id] {
                context.report(
                    file: dossier.path, dossier.dossierIdPlace,
                    Message(
                        zh: "档案编号 \(id) 与 \(earlier) 重复", en: "the dossier id \(id) is also used by \(earlier)"))
            } else {
                first[id] = dossier.path
            }
        }
    }
}
