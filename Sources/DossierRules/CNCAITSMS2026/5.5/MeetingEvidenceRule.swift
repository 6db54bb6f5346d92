import DossierLintKit

/// 5.5.3: the body keeps the attendance sheets and the photo or media evidence
/// of the opening and closing meetings.
struct MeetingEvidenceRule: Rule {
    static let identifier = "meeting-evidence"

    func check(_ context: RuleContext) {
        let evidence: [(key: String, zh: String, en: String)] = [
            ("attendance_sheet", "签到记录", "attendance sheet"),
            ("photos_or_media", "图片/音像证明材料", "photo or media evidence"),
        ]
        for audit in context.dossier.audits {
            for meeting in Meetings.judged(audit) {
                for item in evidence {
                    guard let kept = context.bool(meeting.field[item.key]), !kept else { continue }
                    context.report(
                        meeting.field[item.key],
                        Message(
                            zh: "未保留\(meeting.zh)的\(item.zh)",
                            en: "the \(meeting.en)'s \(item.en) was not kept"))
                }
            }
        }
    }
}
