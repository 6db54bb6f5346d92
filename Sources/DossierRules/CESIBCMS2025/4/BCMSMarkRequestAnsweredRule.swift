import DossierLintKit

/// 4.4.3: when a mark-use request has problems, the body raises them with the client
/// within 15 (calendar) days of receiving it. An approval has no deadline in the text.
struct BCMSMarkRequestAnsweredRule: Rule {
    static let identifier = "bcms-mark-request-answered"

    func check(_ context: RuleContext) {
        guard let limit = context.wholeParameter("maximum_days") else { return }
        for request in context.dossier["mark_requests"].elements {
            guard let received = context.date(request["received_on"]) else { continue }
            let due = received.adding(days: limit)
            let answeredField = request["answered_on"]
            let answered = context.optional(answeredField) { $0.date }
            if let answered, answered <= due { continue }
            if answered == nil && context.judgingDay <= due { continue }
            let outcomeField = request["outcome"]
            guard outcomeField.exists else {
                context.cannotVerify(
                    outcomeField,
                    Message(
                        zh: "\(received) 收到的标志使用申请\(answered.map { "于 \($0) 才答复" } ?? "截至 \(context.judgingDay) 未答复")，"
                            + "但缺少\(context.name(outcomeField).zh)，无法判断是否存在问题",
                        en: "the request received \(received) was "
                            + (answered.map { "answered only on \($0)" } ?? "not answered as of \(context.judgingDay)")
                            + ", but \(outcomeField.path) is missing, so whether it had problems cannot be told"))
                continue
            }
            guard let outcome = context.oneOf(outcomeField, BCMSMarkRequests.outcomes, of: "bcms_mark_request_outcome"),
                outcome == "problems_raised"
            else { continue }
            context.report(
                answeredField,
                Message(
                    zh: "\(received) 收到的标志使用申请存在问题，"
                        + (answered.map { "\($0) 才向申请组织提出" } ?? "截至 \(context.judgingDay) 没有向申请组织提出的记录")
                        + "：应在收到申请后 \(limit) 天内、\(latestBy(due).zh)提出",
                    en: "the request received \(received) had problems, "
                        + (answered.map { "raised with the client only on \($0)" }
                            ?? "and none was raised with the client as of \(context.judgingDay)")
                        + ": within \(limit) days of receipt, \(latestBy(due).en)"))
        }
    }
}
