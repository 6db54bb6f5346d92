import DossierLintKit

/// CESI BCMS 3.4.6: a nonconformity not corrected by its `due_on` means no
/// grant or renewal resting on its audit after that day, and, for a
/// surveillance audit, a suspension within 5 working days (5.1.1 i).
struct BCMSLateCorrectionConsequenceRule: Rule {
    static let identifier = "bcms-late-correction-consequence"

    /// Certificate events that take the certificate out of force.
    private static let answeringKinds: Set<String> = ["suspension", "withdrawal", "cancellation"]

    func check(_ context: RuleContext) {
        guard let decisions = BCMSCertificationDecisions.all(context),
            let suspensionTypes = context.requiredListParameter("suspension_audit_types"),
            let workingDays = context.wholeParameter("suspension_deadline_working_days")
        else { return }
        var cache: [String: BCMSNonconformities.Lateness?] = [:]
        func lateness(_ nonconformity: Field) -> BCMSNonconformities.Lateness? {
            if let known = cache[nonconformity.pointer] { return known }
            let found = BCMSNonconformities.lateness(of: nonconformity, context: context)
            cache[nonconformity.pointer] = found
            return found
        }
        for decision in decisions {
            let audits = BCMSCertificationDecisions.audits(of: decision, context: context)
            guard audits.contains(where: { !$0["nonconformities"].elements.isEmpty }),
                let date = context.date(decision["date"])
            else { continue }
            let decisionName = BCMSCertificationDecisions.name(of: decision, date: date, context: context)
            for audit in audits {
                for nonconformity in audit["nonconformities"].elements {
                    guard let late = lateness(nonconformity), date > late.due else { continue }
                    let name = BCMSNonconformities.name(of: nonconformity, in: audit)
                    context.report(
                        decision["date"],
                        Message(
                            zh: "\(decisionName.zh)作出时，\(name.zh) \(late.description.zh)：未能在规定时间内完成纠正和纠正措施的，"
                                + "不推荐通过认证/再认证",
                            en: "\(decisionName.en) was made although \(name.en) \(late.description.en): a client that "
                                + "did not complete correction and corrective action in time is not recommended for "
                                + "certification or re-certification"))
                }
            }
        }
        let timeline = CertificateTimeline(dossier: context.dossier)
        for audit in context.dossier.audits where suspensionTypes.contains(audit["type"].string ?? "") {
            for nonconformity in audit["nonconformities"].elements {
                guard let late = lateness(nonconformity), timeline.status(on: late.due).name == "active",
                    !timeline.events.contains(where: { Self.answeringKinds.contains($0.kind) && $0.decided > late.due }
                    ),
                    let last = WorkingDays.passedDeadline(
                        workingDays, after: late.due, field: nonconformity, context: context)
                else { continue }
                let name = BCMSNonconformities.name(of: nonconformity, in: audit)
                context.report(
                    nonconformity,
                    Message(
                        zh: "\(name.zh) \(late.description.zh)：未能在规定时间内完成纠正和纠正措施的，应暂停认证证书"
                            + "（5.1.1 i：\(workingDays) 个工作日内，\(latestBy(last).zh)），但截至 \(context.judgingDay) 档案中没有暂停记录",
                        en:
                            "\(name.en) \(late.description.en): the certificate must then be suspended (5.1.1 i: within "
                            + "\(workingDays) working days, \(latestBy(last).en)), but the dossier records no suspension "
                            + "as of \(context.judgingDay)"))
            }
        }
    }
}
