import DossierLintKit

/// 5.4.4.3: the team has no more trainee auditors than formal auditors.
struct TraineeCountRule: Rule {
    static let identifier = "trainee-count"

    func check(_ context: RuleContext) {
        guard let ratio = context.parameter("maximum_trainees_per_formal_auditor") else { return }
        for audit in context.dossier.audits {
            let team = context.dossier.team(of: audit)
            let trainees = team.filter { $0.isTrainee && !$0.isTechnicalExpert }
            let formal = team.filter(\.isFormalAuditor)
            guard Double(trainees.count) > ratio * Double(formal.count) + dayCountTolerance else { continue }
            let traineeLabels = trainees.map(\.label).joined(separator: ", ")
            context.report(
                audit["team"],
                Message(
                    zh: "审核组有 \(trainees.count) 名实习审核员（\(traineeLabels)），多于 \(formal.count) 名正式审核员",
                    en:
                        "the team has \(trainees.count) trainees (\(traineeLabels)), more than its \(formal.count) formal auditors"
                ))
        }
    }
}
