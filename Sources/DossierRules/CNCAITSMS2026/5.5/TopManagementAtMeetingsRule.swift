import DossierLintKit

/// 5.5.3: top management attends the opening and closing meetings, or a
/// senior manager with written authorisation does and the reason for top
/// management's absence is recorded.
struct TopManagementAtMeetingsRule: Rule {
    static let identifier = "top-management-at-meetings"

    func check(_ context: RuleContext) {
        for audit in context.dossier.audits {
            for meeting in Meetings.judged(audit) {
                guard let present = context.bool(meeting.field["top_management_present"]), !present else { continue }
                let delegate = meeting.field["delegate"]
                guard delegate.exists else {
                    context.report(
                        meeting.field["top_management_present"],
                        Message(
                            zh: "最高管理者未参加\(meeting.zh)，也没有获得书面授权的其他高级管理层成员参会",
                            en:
                                "top management did not attend the \(meeting.en), and no senior manager with written authorisation attended instead"
                        ))
                    continue
                }
                if delegate["written_authorisation"].bool.value != true {
                    let name = delegate["name"].string ?? "?"
                    context.report(
                        delegate["written_authorisation"],
                        Message(
                            zh: "代最高管理者参加\(meeting.zh)的 \(name) 没有书面授权",
                            en: "\(name), attending the \(meeting.en) for top management, has no written authorisation")
                    )
                }
                if !meeting.field["absence_reason"].hasContent {
                    context.report(
                        meeting.field["absence_reason"],
                        Message(
                            zh: "最高管理者未参加\(meeting.zh)，审核组未记录缺席理由",
                            en: "top management was absent from the \(meeting.en), and the team did not record why"))
                }
            }
        }
    }
}
