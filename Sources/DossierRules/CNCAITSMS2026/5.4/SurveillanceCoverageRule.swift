import DossierLintKit

/// 5.4.1.3: the surveillance audits within a certificate's validity together
/// cover every requirement of ISO/IEC 20000-1. Judged once the cycle's
/// surveillance audits are over: all those the validity calls for are done, the
/// re-certification audit has started, a renewed certificate was issued, or the
/// certificate has expired.
struct SurveillanceCoverageRule: Rule {
    static let identifier = "surveillance-coverage"

    func check(_ context: RuleContext) {
        guard let interval = context.wholeParameter("surveillance_interval_months") else {
            return
        }
        for window in SurveillanceWindow.windows(context) {
            let surveillances = window.surveillances.map(\.audit)
            guard let last = surveillances.last else { continue }
            let expected = window.expectedSurveillanceCount(intervalMonths: interval)
            let over =
                context.judgingDay > window.expires || !window.recertificationStarts.isEmpty
                || window.nextCycleIssued != nil || (expected > 0 && surveillances.count >= expected)
            guard over else { continue }
            StandardCoverage.judge(
                surveillances, main: last,
                name: Message(
                    zh: "证书 \(window.certificateName) 有效期内的监督审核",
                    en: "surveillance audits within the validity of certificate \(window.certificateName)"),
                context)
        }
    }
}
