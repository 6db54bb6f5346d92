import DossierLintKit

/// 5.5.5 (2): when neither top management nor an authorised senior manager
/// attends the opening or closing meeting, the team reports to the body and
/// terminates the audit.
struct TerminationOnAbsenceRule: Rule {
    static let identifier = "termination-on-absence"

    func check(_ context: RuleContext) {
        for audit in context.dossier.audits {
            var absentZh: [String] = []
            var absentEn: [String] = []
            for meeting in Meetings.judged(audit) {
                guard let present = context.bool(meeting.field["top_management_present"]) else { continue }
                if !present && !Meetings.hasAuthorisedDelegate(meeting.field) {
                    absentZh.append(meeting.zh)
                    absentEn.append(meeting.en)
                }
            }
            let terminated = audit["terminated"]
            if !absentZh.isEmpty && !terminated.exists {
                context.report(
                    terminated,
                    Message(
                        zh: "最高管理者或经授权的高级管理层成员缺席\(absentZh.joined(separator: "、"))，审核组应向认证机构报告后终止审核，但审核未终止",
                        en:
                            "neither top management nor an authorised senior manager attended the \(absentEn.joined(separator: " and ")); the team must report to the body and terminate the audit, but it was not terminated"
                    ))
            }
            if terminated.exists && !terminated["reported_to_body_on"].exists {
                context.report(
                    terminated["reported_to_body_on"],
                    Message(
                        zh: "审核已终止，但没有向认证机构报告的记录",
                        en: "the audit was terminated without a record of reporting to the body (reported_to_body_on)"))
            }
        }
    }
}
