import DossierLintKit

/// ICASP25C 6.4.3 a): a domain auditor or a technical expert takes part in
/// the document review, and the team leader signs it.
struct ICASDocumentReviewParticipantsRule: Rule {
    static let identifier = "icas-document-review-participants"

    func check(_ context: RuleContext) {
        for audit in context.dossier.audits {
            guard context.optional(audit["document_review_on"], { $0.date }) != nil else { continue }
            let name = Audits.name(of: audit)
            let team = context.dossier.team(of: audit)
            let byField = audit["document_review_by"]
            if let reviewers = context.texts(byField) {
                let qualified = reviewers.contains { id in
                    if context.dossier.person(withId: id)?["qualification"].string == TeamRole.technicalExpert {
                        return true
                    }
                    return team.contains {
                        $0.personId == id && ($0.role == TeamRole.domainAuditor || $0.isTechnicalExpert)
                    }
                }
                if !qualified {
                    let listed = reviewers.joined(separator: "、")
                    context.report(
                        byField,
                        Message(
                            zh: "审核 \(name) 的文件审核人员（\(listed)）中没有专业审核员或技术专家",
                            en: "the document review of audit \(name) was done by \(reviewers.joined(separator: ", ")) "
                                + "with no domain auditor or technical expert taking part"))
                }
            }
            let signedField = audit["document_review_signed_by"]
            guard let signer = context.text(signedField) else { continue }
            let leaders = team.filter { $0.role == TeamRole.leader }
            guard !leaders.isEmpty, !leaders.contains(where: { $0.personId == signer }) else { continue }
            let leaderText = leaders.map(\.label)
            context.report(
                signedField,
                Message(
                    zh: "审核 \(name) 的文件审核由 \(signer) 签字确认，不是审核组长（\(leaderText.joined(separator: "、"))）",
                    en: "the document review of audit \(name) was signed by \(signer), not by the team leader "
                        + "(\(leaderText.joined(separator: ", ")))"))
        }
    }
}
