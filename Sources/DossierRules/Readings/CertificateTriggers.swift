import DossierLintKit

/// A condition of 7.2.1 (suspension) or 7.3 (withdrawal) that the dossier shows.
struct CertificateTrigger {
    /// The reason key (`surveillance_overdue`, `major_not_verified`, ...).
    let reason: String
    /// The item of the clause, e.g. `7.2.1(6)`.
    let item: String
    /// The first day the condition is established; `nil` when the dossier gives no date.
    let start: Day?
    /// The day the condition ended (surveillance held late, nonconformity verified late,
    /// certificate restored late), if it did.
    let end: Day?
    /// Where to report a missed suspension or withdrawal.
    let field: Field
    /// What happened, for messages: worded only when a message needs it, as most triggers
    /// are answered in time.
    var description: Message { describe() }
    private let describe: () -> Message

    init(
        reason: String, item: String, start: Day?, end: Day?, field: Field,
        description: @autoclosure @escaping () -> Message
    ) {
        self.reason = reason
        self.item = item
        self.start = start
        self.end = end
        self.field = field
        self.describe = description
    }
}

/// How a body answered a trigger.
enum CertificateTriggerOutcome {
    /// Answered in time, or no answer was needed (yet).
    case answered
    /// Not answered by `due`, and the judging day is past `due`.
    case missed(due: Day)
    /// Answered by `event`, after `due`.
    case late(event: CertificateTimeline.Event, due: Day)
    /// The dossier gives no date for the condition, and the certificate is still in force on the judging day.
    case undatedInForce
}

/// Finds the conditions of 7.2.1 and 7.3 that a dossier shows, and judges
/// whether the body answered them.
enum CertificateTriggers {
    /// The limits the derivation uses, read from the rule's parameters.
    struct Limits {
        /// 5.4.1.4: months allowed before the first surveillance and between surveillances (12).
        var surveillanceIntervalMonths = 12
        /// Surveillance audits per three-year cycle (2); the third year has the re-certification.
        var surveillancesPerCycle = 2
        /// 7.2.1(12): months to verify a major nonconformity of a surveillance audit (3).
        var majorVerificationMonths = 3
        /// 7.2.2: longest suspension (6 months).
        var maximumSuspensionMonths = 6
    }

    // MARK: 7.2.1

    /// The suspension conditions of 7.2.1 the dossier shows: (6) surveillance
    /// overdue, (12) a surveillance major nonconformity not verified in time,
    /// (5) a required licence expired, (9) ordered to suspend business.
    static func suspensionTriggers(
        in context: RuleContext, timeline: CertificateTimeline, limits: Limits
    ) -> [CertificateTrigger] {
        overdueSurveillance(in: context, timeline: timeline, limits: limits)
            + unverifiedMajors(in: context, limits: limits)
            + expiredLicences(in: context, timeline: timeline)
            + businessSuspension(in: context)
    }

    private static func overdueSurveillance(
        in context: RuleContext, timeline: CertificateTimeline, limits: Limits
    ) -> [CertificateTrigger] {
        var periodic: [(start: Day, type: String)] = []
        for audit in context.dossier.audits {
            guard let type = audit["type"].string, type == "surveillance" || type == "recertification" else {
                continue
            }
            guard let start = context.date(audit["dates"]["start"]) else { continue }
            periodic.append((start, type))
        }
        periodic.sort { $0.start < $1.start }
        var triggers: [CertificateTrigger] = []
        for certificate in timeline.certificates {
            let replacedOn = timeline.successor(of: certificate)?.issued
            var base = certificate.issued
            var held = 0
            var remaining = periodic.filter { $0.start > certificate.issued }[...]
            while held < limits.surveillancesPerCycle {
                let deadline = base.adding(months: limits.surveillanceIntervalMonths)
                if deadline >= certificate.expires { break }
                if let replacedOn, deadline >= replacedOn { break }
                let next = remaining.first
                if let next, next.start <= deadline {
                    if next.type == "recertification" { break }
                    base = next.start
                    held += 1
                    remaining = remaining.dropFirst()
                    continue
                }
                let ordinal = held == 0 ? "first" : "next"
                let ordinalZh = held == 0 ? "第一次" : "下一次"
                var heldText: Message? {
                    next.map { Message(zh: "，\($0.start) 才实施", en: "; it was held only on \($0.start)") }
                }
                triggers.append(
                    CertificateTrigger(
                        reason: "surveillance_overdue", item: "7.2.1(6)", start: deadline.adding(days: 1),
                        end: next?.start, field: certificate.field,
                        description: Message(
                            zh: "\(ordinalZh)监督审核应最迟于 \(deadline)（含当日）实施" + (heldText?.zh ?? "，档案中没有记录"),
                            en: "the \(ordinal) surveillance audit was due by \(deadline) at the latest"
                                + (heldText?.en ?? " and the dossier records none"))))
                guard let next, next.type == "surveillance" else { break }
                base = next.start
                held += 1
                remaining = remaining.dropFirst()
            }
        }
        return triggers
    }

    private static func unverifiedMajors(in context: RuleContext, limits: Limits) -> [CertificateTrigger] {
        var triggers: [CertificateTrigger] = []
        for audit in context.dossier.audits(ofType: "surveillance") {
            let majors = audit["nonconformities"].elements.filter { $0["grade"].string == "major" }
            guard !majors.isEmpty, let end = context.date(audit["dates"]["end"]) else { continue }
            let deadline = end.adding(months: limits.majorVerificationMonths)
            for nonconformity in majors {
                let verified = context.optional(nonconformity["verified_on"]) { $0.date }
                let effective = context.optional(nonconformity["verified_effective"]) { $0.bool }
                if let verified, verified <= deadline, effective != false { continue }
                let name = nonconformity["id"].string ?? nonconformity.path
                let auditName = audit["id"].string ?? audit.path
                let months = limits.majorVerificationMonths
                triggers.append(
                    CertificateTrigger(
                        reason: "major_not_verified", item: "7.2.1(12)", start: deadline.adding(days: 1),
                        end: effective == false ? nil : verified, field: nonconformity,
                        description: Message(
                            zh: "监督审核 \(auditName)（\(end) 结束）的严重不符合 \(name) 未在 \(months) 个月内（最迟于 \(deadline)，含当日）完成验证",
                            en: "the major nonconformity \(name) of surveillance audit \(auditName) (ended \(end)) "
                                + "was not verified within \(months) months (by \(deadline) at the latest)")))
            }
        }
        return triggers
    }

    private static func expiredLicences(
        in context: RuleContext, timeline: CertificateTimeline
    ) -> [CertificateTrigger] {
        guard let firstIssue = timeline.certificates.first?.issued else { return [] }
        var triggers: [CertificateTrigger] = []
        for licence in context.dossier["client"]["licenses"].elements {
            guard context.optional(licence["required"], { $0.bool }) != false,
                let validUntil = context.optional(licence["valid_until"], { $0.date })
            else { continue }
            let start = max(validUntil.adding(days: 1), firstIssue)
            guard start <= context.judgingDay else { continue }
            let name = licence["name"].string ?? licence.path
            triggers.append(
                CertificateTrigger(
                    reason: "license_expired", item: "7.2.1(5)", start: start, end: nil,
                    field: licence["valid_until"],
                    description: Message(
                        zh: "认证范围所需的行政许可“\(name)”有效期至 \(validUntil)，已过期",
                        en: "the licence '\(name)' the scope needs expired on \(validUntil)")))
        }
        return triggers
    }

    private static func businessSuspension(in context: RuleContext) -> [CertificateTrigger] {
        let client = context.dossier["client"]
        guard context.optional(client["ordered_to_suspend_business"], { $0.bool }) == true else { return [] }
        let since = context.optional(client["ordered_to_suspend_business_on"]) { $0.date }
        let sinceZh = since.map { "（\($0) 起）" } ?? ""
        let sinceEn = since.map { " (from \($0))" } ?? ""
        return [
            CertificateTrigger(
                reason: "ordered_to_suspend_business", item: "7.2.1(9)", start: since, end: nil,
                field: client["ordered_to_suspend_business"],
                description: Message(
                    zh: "获证组织被行政监管部门责令停业整顿\(sinceZh)",
                    en: "the client was ordered to suspend business\(sinceEn)"))
        ]
    }

    // MARK: 7.3

    /// The withdrawal conditions of 7.3 the dossier shows: (1) legal status
    /// cancelled or revoked, (2) on the serious-dishonesty list, (3) a suspension
    /// whose period ended without the cause being removed.
    static func withdrawalTriggers(
        in context: RuleContext, timeline: CertificateTimeline, limits: Limits
    ) -> [CertificateTrigger] {
        var triggers: [CertificateTrigger] = []
        let client = context.dossier["client"]
        let legalStatus = client["legal_status"]
        if let status = context.oneOf(
            legalStatus["status"], ["valid", "cancelled", "revoked"], of: "legal_status", required: false),
            status != "valid"
        {
            let since = context.optional(legalStatus["status_changed_on"]) { $0.date }
            let statusZh = status == "cancelled" ? "注销" : "撤销"
            triggers.append(
                CertificateTrigger(
                    reason: "legal_status_revoked", item: "7.3(1)", start: since, end: nil,
                    field: legalStatus["status"],
                    description: Message(
                        zh: "获证组织的法律地位证明文件已被\(statusZh)" + (since.map { "（\($0)）" } ?? ""),
                        en: "the client's legal status was \(status)" + (since.map { " (\($0))" } ?? ""))))
        }
        if context.optional(client["on_serious_dishonesty_list"], { $0.bool }) == true {
            let since = context.optional(client["serious_dishonesty_listed_on"]) { $0.date }
            triggers.append(
                CertificateTrigger(
                    reason: "serious_dishonesty_list", item: "7.3(2)", start: since, end: nil,
                    field: client["on_serious_dishonesty_list"],
                    description: Message(
                        zh: "获证组织被列入严重违法失信名单" + (since.map { "（\($0)）" } ?? ""),
                        en: "the client is on the serious-dishonesty list" + (since.map { " (since \($0))" } ?? ""))))
        }
        triggers += expiredSuspensions(in: context, timeline: timeline, limits: limits)
        return triggers
    }

    private static func expiredSuspensions(
        in context: RuleContext, timeline: CertificateTimeline, limits: Limits
    ) -> [CertificateTrigger] {
        var triggers: [CertificateTrigger] = []
        for suspension in timeline.events where suspension.kind == "suspension" {
            let stated = context.optional(suspension.field["period_months"]) { $0.integer }
            let months = min(stated ?? limits.maximumSuspensionMonths, limits.maximumSuspensionMonths)
            let periodEnd = suspension.decided.adding(months: months)
            let resolution = timeline.firstEvent(
                after: suspension, ofKinds: ["restoration", "withdrawal", "cancellation"])
            if let resolution, resolution.decided <= periodEnd { continue }
            let restoredLate = resolution.flatMap { $0.kind == "restoration" ? $0.decided : nil }
            triggers.append(
                CertificateTrigger(
                    reason: "suspension_unresolved", item: "7.3(3)", start: periodEnd.adding(days: 1),
                    end: restoredLate, field: suspension.field,
                    description: Message(
                        zh: "\(suspension.decided) 起的暂停期限（\(months) 个月）于 \(periodEnd) 届满，暂停原因未在期限内消除",
                        en: "the suspension of \(suspension.decided) (\(months) months) ran out on \(periodEnd) "
                            + "without the cause being removed")))
        }
        return triggers
    }

    // MARK: Judging the answer

    /// Judges whether the body answered a trigger within `windowDays` days by an
    /// event of one of `kinds`, or had already put the certificate in one of `statuses`.
    static func evaluate(
        _ trigger: CertificateTrigger, answeringKinds kinds: [String], answeringStatuses statuses: [String],
        windowDays: Int, timeline: CertificateTimeline, judgingDay: Day
    ) -> CertificateTriggerOutcome {
        guard let start = trigger.start else {
            let status = timeline.status(on: judgingDay)
            if ["not_certified", "expired"].contains(status.name) || statuses.contains(status.name) {
                return .answered
            }
            return .undatedInForce
        }
        guard start <= judgingDay, let certificate = timeline.certificate(on: start), start <= certificate.expires
        else { return .answered }
        if statuses.contains(timeline.status(of: certificate, on: start.adding(days: -1)).name) { return .answered }
        let due = start.adding(days: windowDays)
        if let end = trigger.end, end <= due { return .answered }
        if certificate.expires < due { return .answered }
        if let successor = timeline.successor(of: certificate), successor.issued <= due { return .answered }
        let answer = timeline.events(of: certificate).first { kinds.contains($0.kind) && $0.decided >= start }
        if let answer {
            if answer.decided <= due { return .answered }
            if trigger.end.map({ answer.decided <= $0 }) ?? true { return .late(event: answer, due: due) }
        }
        return judgingDay > due ? .missed(due: due) : .answered
    }
}
