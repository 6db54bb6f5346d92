import DossierLintKit

/// 5.4.2.3: on-site time is at least 80 % of the determined audit time, both as
/// determined and as done (stage 1 + stage 2 together for the initial audit).
struct OnsiteTimeShareRule: Rule {
    static let identifier = "onsite-time-share"

    func check(_ context: RuleContext) {
        let judged = context.dossier.judgedAudits.filter { !$0.isTerminated }
        guard !judged.isEmpty, let minimumShare = context.parameter("minimum_onsite_share") else { return }
        let limit = percentText(minimumShare)
        for audit in judged {
            let time = audit.time
            guard let determined = context.number(time["determined_days"]), determined > 0 else { continue }
            let required = minimumShare * determined
            if let planned = context.number(time["determined_onsite_days"]), planned < required - dayCountTolerance {
                context.report(
                    time["determined_onsite_days"],
                    Message(
                        zh:
                            "确定的现场审核时间 \(formatDays(planned)) 人日为确定的审核时间 \(formatDays(determined)) 人日的 \(percentText(planned / determined))，少于 \(limit)",
                        en:
                            "the determined on-site time of \(formatDays(planned)) person-days is \(percentText(planned / determined)) of the determined time of \(formatDays(determined)), less than \(limit)"
                    ))
            }
            var done = 0.0
            var termsZh: [String] = []
            var termsEn: [String] = []
            var complete = true
            for part in audit.parts {
                guard let onsite = context.number(part["time"]["onsite_days"]) else {
                    complete = false
                    continue
                }
                done += onsite
                let stage1 = part["type"].string == "stage1"
                termsZh.append((stage1 ? "第一阶段 " : audit.parts.count > 1 ? "第二阶段 " : "") + formatDays(onsite))
                termsEn.append((stage1 ? "stage 1 " : audit.parts.count > 1 ? "stage 2 " : "") + formatDays(onsite))
            }
            guard complete, done < required - dayCountTolerance else { continue }
            let sumZh = termsZh.count > 1 ? termsZh.joined(separator: " + ") + " = " : ""
            let sumEn = termsEn.count > 1 ? termsEn.joined(separator: " + ") + " = " : ""
            context.report(
                time["onsite_days"],
                Message(
                    zh:
                        "\(audit.name.zh)现场审核时间 \(sumZh)\(formatDays(done)) 人日，为确定的审核时间 \(formatDays(determined)) 人日的 \(percentText(done / determined))，少于 \(limit)",
                    en:
                        "the \(audit.name.en) spent \(sumEn)\(formatDays(done)) person-days on site, \(percentText(done / determined)) of the determined \(formatDays(determined)), less than \(limit)"
                ))
        }
    }
}
