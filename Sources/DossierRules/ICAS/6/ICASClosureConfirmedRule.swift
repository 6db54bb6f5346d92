import DossierLintKit

/// ICASP25C 6.4.11: the closure of a nonconformity is confirmed within 2
/// working days of receiving the client's corrective action material.
struct ICASClosureConfirmedRule: Rule {
    static let identifier = "icas-closure-confirmed"

    func check(_ context: RuleContext) {
        guard let limit = context.parameter("maximum_working_days") else { return }
        let count = Int(limit)
        for audit in context.dossier.audits {
            for nonconformity in audit["nonconformities"].elements {
                guard nonconformity["plan_only"].bool.value != true else { continue }
                let receivedField = nonconformity["evidence_submitted_on"]
                let confirmedField =
                    nonconformity["closure_confirmed_on"].exists
                    ? nonconformity["closure_confirmed_on"] : nonconformity["verified_on"]
                let subject = ICASNonconformitySteps.label(
                    of: nonconformity, grade: Message(zh: "不符合", en: "nonconformity"), in: audit, context: context)
                guard receivedField.exists else {
                    guard let confirmed = confirmedField.date.value else { continue }
                    context.cannotVerify(
                        receivedField,
                        Message(
                            zh: "\(subject.zh)于 \(confirmed) 确认关闭，但档案没有记录收到整改资料的日期"
                                + "（\(context.label("evidence_submitted_on").zh)），无法判断是否在 \(count) 个工作日内确认",
                            en: "\(subject.en) was confirmed closed on \(confirmed), but the dossier does not record "
                                + "when the corrective action material was received (\(receivedField.path)), so "
                                + "\(count) working days cannot be judged"))
                    continue
                }
                guard let received = context.optional(receivedField, { $0.date }) else { continue }
                let missingField = nonconformity["closure_confirmed_on"]
                switch WorkingDays.step(
                    count, after: received, doneAt: confirmedField, missingAt: missingField, context: context)
                {
                case .late(let confirmed, let last):
                    context.report(
                        confirmedField,
                        Message(
                            zh: "\(subject.zh)的整改资料于 \(received) 收到，\(confirmed) 才确认关闭，"
                                + "超出 \(count) 个工作日：应\(latestBy(last).zh)确认关闭",
                            en: "\(subject.en): the material was received on \(received) but closure was confirmed "
                                + "only on \(confirmed), after \(count) working days (by \(last) at the latest)"))
                case .missing(let last):
                    context.report(
                        missingField,
                        Message(
                            zh: "\(subject.zh)的整改资料于 \(received) 收到，截至 \(context.judgingDay) 未确认关闭，"
                                + "已超出 \(count) 个工作日：应\(latestBy(last).zh)确认关闭",
                            en: "\(subject.en): the material was received on \(received) and closure is not confirmed "
                                + "as of \(context.judgingDay), past \(count) working days (by \(last) at the latest)"))
                case nil:
                    break
                }
            }
        }
    }
}
