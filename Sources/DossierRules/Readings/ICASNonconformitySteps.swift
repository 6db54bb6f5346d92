import DossierLintKit

/// What the client submits on a nonconformity under the `icas` profile (ICAS
/// procedure ICASP25C, 6.4.8, 6.4.11), and when it is due.
enum ICASNonconformitySteps {
    /// Checks a submission (`step`, a noun: "corrective action plan") due by `deadline`, dated in `field`.
    ///
    /// - A recorded day after the deadline is a violation.
    /// - Without the day, a recorded later step that cannot precede it (`bounds`, e.g. the verification
    ///   that follows the evidence) settles it when that later step is on or before the deadline; otherwise,
    ///   when the dossier shows the step happened (`bounds` or `shown`), it is "cannot verify".
    /// - Nothing shows the step happened: a violation once the judging day is past the deadline; before,
    ///   the step is still pending.
    static func check(
        _ field: Field, deadline: Day, basis: Message, step: Message, subject: Message, bounds: [Field] = [],
        shown: Bool = false, context: RuleContext
    ) {
        if field.exists {
            guard let day = context.optional(field, { $0.date }), day > deadline else { return }
            context.report(
                field,
                Message(
                    zh: "\(subject.zh)于 \(day) 提交\(step.zh)，晚于时限（\(basis.zh)）",
                    en: "\(subject.en): the \(step.en) was submitted on \(day), after the limit (\(basis.en))"))
            return
        }
        let later = bounds.compactMap { bound in bound.date.value.map { (field: bound, day: $0) } }
        if let earliest = later.min(by: { $0.day < $1.day }) {
            guard earliest.day > deadline else { return }
            context.cannotVerify(
                field,
                Message(
                    zh: "\(subject.zh)已提交\(step.zh)（\(keyLabel(earliest.field, context).zh)为 \(earliest.day)，晚于时限），"
                        + "但档案没有记录提交日期（\(keyLabel(field, context).zh)），无法判断是否在时限内（\(basis.zh)）",
                    en: "\(subject.en): the dossier shows the \(step.en) was submitted (\(earliest.field.path) is "
                        + "\(earliest.day), after the limit) but not when (\(field.path)), so the limit "
                        + "(\(basis.en)) cannot be judged"))
        } else if shown {
            context.cannotVerify(
                field,
                Message(
                    zh: "\(subject.zh)已提交\(step.zh)，但档案没有记录提交日期（\(keyLabel(field, context).zh)），"
                        + "无法判断是否在时限内（\(basis.zh)）",
                    en: "\(subject.en): the dossier shows the \(step.en) was submitted but not when (\(field.path)), "
                        + "so the limit (\(basis.en)) cannot be judged"))
        } else if context.judgingDay > deadline {
            context.report(
                field,
                Message(
                    zh: "\(subject.zh)截至 \(context.judgingDay) 未记录提交\(step.zh)，已超出时限（\(basis.zh)）",
                    en: "\(subject.en): no \(step.en) submitted as of \(context.judgingDay), past the limit "
                        + "(\(basis.en))"))
        }
    }

    /// The audit's name and a nonconformity's label for messages.
    static func label(of nonconformity: Field, grade: Message, in audit: Field, context: RuleContext) -> Message {
        let identifier = nonconformity["id"].string
        let auditName = Audits.name(of: audit)
        guard let identifier else {
            let name = context.name(nonconformity)
            return Message(zh: "\(name.zh)（\(grade.zh)）", en: "\(grade.en) \(name.en) of audit \(auditName)")
        }
        let auditZh = audit["id"].string.map { "审核 \($0) 的" } ?? context.name(audit).zh + "的"
        return Message(
            zh: "\(auditZh)\(grade.zh) \(identifier) ", en: "\(grade.en) \(identifier) of audit \(auditName)")
    }

    /// The label of a field's own key (“验证日期”), for messages that already name its nonconformity.
    static func keyLabel(_ field: Field, _ context: RuleContext) -> Message {
        let key = field.pointer.split(separator: "/").last.map(String.init) ?? ""
        return context.label(key)
    }
}
