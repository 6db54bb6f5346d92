import DossierLintKit

/// 9.3: a certificate's information is reported to CNCA on or before the 10th
/// of the month after its issue.
struct CertificateReportedToCNCARule: Rule {
    static let identifier = "certificate-reported-to-cnca"

    func check(_ context: RuleContext) {
        let certificates = context.dossier["certificates"].elements
        guard !certificates.isEmpty, let dayOfMonth = context.parameter("report_by_day_of_next_month") else {
            return
        }
        for certificate in certificates {
            guard let issued = context.date(certificate["issued_on"]) else { continue }
            let due = CertificateReportedToCNCARule.deadline(issued: issued, dayOfMonth: Int(dayOfMonth))
            let field = certificate["reported_to_cnca_on"]
            guard let reported = context.optional(field, { $0.date }) else {
                if context.judgingDay > due {
                    context.report(
                        field,
                        Message(
                            zh: "\(issued) 颁发的证书至 \(context.judgingDay) 未报送国家认监委（应最迟于 \(due)（含当日）报送）",
                            en: "the certificate issued \(issued) was not reported to CNCA as of \(context.judgingDay) "
                                + "(due by \(due) at the latest; \(field.path) is missing)"))
                }
                continue
            }
            guard reported > due else { continue }
            context.report(
                field,
                Message(
                    zh: "证书于 \(issued) 颁发，\(reported) 才报送国家认监委，晚于次月 \(Int(dayOfMonth)) 日（\(due)）",
                    en: "the certificate was issued \(issued) and reported to CNCA on \(reported), after day "
                        + "\(Int(dayOfMonth)) of the following month (\(due))"))
        }
    }

    /// The given day of the month after the issue month (`Day.tenthOfNextMonth` for 10),
    /// clamped to the month's last day.
    static func deadline(issued: Day, dayOfMonth: Int) -> Day {
        let tenth = issued.tenthOfNextMonth
        let (year, month, _) = tenth.components
        let day = max(1, min(dayOfMonth, Day.daysIn(month: month, year: year)))
        return Day(year: year, month: month, day: day) ?? tenth
    }
}
