import DossierLintKit

/// The record kinds of `records` (10.2, 10.3, 10.5): one mapping per kind,
/// `{present, signed, format, language, kept_until, stored_in_china}`, plus the
/// list `client_retained`.
enum CertificationRecordEntries {
    /// Names of the record kinds, by the project's keys, for messages.
    static let labels: [String: Message] = [
        "application_form": Message(zh: "认证申请书", en: "the application form"),
        "application_review": Message(zh: "认证申请评审记录", en: "the application review record"),
        "contract": Message(zh: "认证合同", en: "the certification contract"),
        "audit_programme": Message(zh: "审核方案", en: "the audit programme"),
        "audit_time_rationale": Message(zh: "确定审核时间的理由（计算过程）", en: "the audit time rationale"),
        "audit_plan": Message(zh: "审核计划", en: "the audit plan record"),
        "meeting_attendance": Message(zh: "首、末次会议签到表", en: "the opening and closing meeting attendance record"),
        "onsite_records": Message(zh: "现场审核记录", en: "the on-site audit record"),
        "nonconformity_reports": Message(zh: "不符合报告及验证记录", en: "the nonconformity report and verification record"),
        "audit_report": Message(zh: "审核报告", en: "the audit report record"),
        "decision_record": Message(zh: "认证决定记录", en: "the certification decision record"),
        "suspension_withdrawal_notices": Message(zh: "暂停、撤销通知", en: "the suspension and withdrawal notice record"),
    ]

    /// The label of a record kind.
    static func label(_ key: String) -> Message { labels[key] ?? Message(zh: key, en: key) }

    /// The record entries (mappings) of `records`, in file order; `nil` after a
    /// "cannot verify" when `records` is missing.
    static func entries(_ context: RuleContext) -> [(key: String, field: Field)]? {
        guard let entries = context.dossier.reading(Listed.self) else {
            context.cannotVerify(context.dossier["records"], Message(zh: "缺少 records", en: "records is missing"))
            return nil
        }
        return entries
    }

    /// The record entries of `records`, listed once per dossier (six rules ask); `nil` when
    /// `records` is missing.
    enum Listed: DossierReading {
        static func read(_ dossier: Dossier) -> [(key: String, field: Field)]? {
            let records = dossier["records"]
            guard records.exists else { return nil }
            return records.members.filter { $0.field.isMapping }
        }
    }

    /// Each listed entry's `present`, read once per dossier (five rules ask): in the order of
    /// `Listed`, and empty when `records` is missing.
    enum Presence: DossierReading {
        static func read(_ dossier: Dossier) -> [FieldValue<Bool>] {
            (dossier.reading(Listed.self) ?? []).map { $0.field["present"].bool }
        }
    }

    /// The entries that are kept (`present` is not false).
    static func keptEntries(_ context: RuleContext) -> [(key: String, field: Field)]? {
        entries(context).map { kept($0, context) }
    }

    /// The kept ones of `entries` (those of `Listed`). A `present` that is not a boolean is
    /// read again through the context, which reports it for the rule, and the entry kept.
    private static func kept(_ entries: [(key: String, field: Field)], _ context: RuleContext) -> [(
        key: String, field: Field
    )] {
        let presence = context.dossier.reading(Presence.self)
        var kept: [(key: String, field: Field)] = []
        kept.reserveCapacity(entries.count)
        for (entry, present) in zip(entries, presence) {
            switch present {
            case .value(false): continue
            case .value, .missing: kept.append(entry)
            case .invalid: if context.optional(entry.field["present"], { $0.bool }) != false { kept.append(entry) }
            }
        }
        return kept
    }

    /// As `entries(_:)`, a missing `records` named by its label in Chinese.
    static func namedEntries(_ context: RuleContext) -> [(key: String, field: Field)]? {
        let records = context.dossier["records"]
        guard records.exists else {
            context.cannotVerify(records, Message(zh: "缺少\(context.name(records).zh)", en: "records is missing"))
            return nil
        }
        return entries(context)
    }

    /// As `keptEntries(_:)`, a missing `records` named by its label in Chinese.
    static func namedKeptEntries(_ context: RuleContext) -> [(key: String, field: Field)]? {
        namedEntries(context).map { kept($0, context) }
    }

    /// The Chinese label of a record kind (the glossary's `record_kind`), the English of `label(_:)`.
    static func namedLabel(_ key: String, _ context: RuleContext) -> Message {
        Message(zh: context.label(key, of: "record_kind").zh, en: label(key).en)
    }
}
