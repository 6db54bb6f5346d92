import DossierLintKit

/// ICASP25C 10.2: the team leader hands an audit's records to the body's
/// archive within 2 working days after the audit.
struct ICASRecordsHandedInRule: Rule {
    static let identifier = "icas-records-handed-in"

    func check(_ context: RuleContext) {
        guard let limit = context.parameter("maximum_working_days") else { return }
        let count = Int(limit)
        for audit in context.dossier.audits {
            guard let end = context.date(audit["dates"]["end"]), end <= context.judgingDay else { continue }
            let field = audit["records_handed_in_on"]
            let name = Audits.name(of: audit)
            let last: Day
            switch WorkingDays.step(count, after: end, doneAt: field, context: context) {
            case .late(let handedIn, let deadline):
                context.report(
                    field,
                    Message(
                        zh: "审核 \(name) 于 \(end) 结束，审核记录 \(handedIn) 才交档案管理人员，超出 \(count) 个工作日："
                            + "应\(latestBy(deadline).zh)移交",
                        en: "audit \(name) ended on \(end) but its records were handed in only on \(handedIn), after "
                            + "\(count) working days (by \(deadline) at the latest)"))
                continue
            case .missing(let deadline): last = deadline
            case nil: continue
            }
            // The records being in the file does not show they were handed in on time: the day is the
            // evidence 10.2 asks for, so its absence past the limit is a finding either way.
            if context.dossier["records"]["onsite_records"]["present"].bool.value == true {
                context.report(
                    field,
                    Message(
                        zh: "审核 \(name) 于 \(end) 结束，档案中虽有其审核记录，但截至 \(context.judgingDay) 没有交档案管理人员的记录，"
                            + "已超出 \(count) 个工作日：应\(latestBy(last).zh)移交",
                        en: "audit \(name) ended on \(end) and the dossier holds its records, but no handing in is "
                            + "recorded as of \(context.judgingDay), past \(count) working days (by \(last) at the latest)"
                    ))
            } else {
                context.report(
                    field,
                    Message(
                        zh: "审核 \(name) 于 \(end) 结束，截至 \(context.judgingDay) 审核记录未交档案管理人员，"
                            + "已超出 \(count) 个工作日：应\(latestBy(last).zh)移交",
                        en: "audit \(name) ended on \(end) and its records are not handed in as of "
                            + "\(context.judgingDay), past \(count) working days (by \(last) at the latest)"))
            }
        }
    }
}
