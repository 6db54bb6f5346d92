import DossierLintKit

/// 5.11.5: a terminated audit has a report of why it was terminated and what
/// work was done, submitted to the client.
struct TerminatedAuditReportRule: Rule {
    static let identifier = "terminated-audit-report"

    func check(_ context: RuleContext) {
        for audit in context.dossier.audits where audit["terminated"].exists {
            let terminated = audit["terminated"]
            if !terminated["reason"].hasContent {
                context.report(
                    terminated["reason"],
                    Message(
                        zh: "终止审核的报告没有写明终止原因",
                        en: "the termination report does not state why the audit was terminated (terminated.reason)"))
            }
            let field = terminated["report_to_client_on"]
            guard !field.exists else {
                _ = context.optional(field) { $0.date }
                continue
            }
            context.report(
                field,
                Message(
                    zh: "审核已终止，但没有将终止审核报告提交给认证委托人的记录",
                    en:
                        "the audit was terminated, but there is no record of the termination report sent to the client (terminated.report_to_client_on)"
                ))
        }
    }
}
