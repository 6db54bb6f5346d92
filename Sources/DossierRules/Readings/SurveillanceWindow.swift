import DossierLintKit

/// One surveillance audit with its on-site days.
struct DatedSurveillance {
    /// The audit entry.
    let audit: Field
    /// The first on-site day.
    let start: Day
    /// The last on-site day: the day the audit is taken as carried out.
    let end: Day
}

/// A certification cycle as 5.4.1.3 and 5.4.1.4 see it: a certificate issued
/// by a grant or a renewal, its validity, and the surveillance audits carried
/// out while it was the cycle's certificate (a terminated audit was not carried out).
struct SurveillanceWindow {
    /// The certificate entry.
    let certificate: Field
    /// `issued_on`.
    let issued: Day
    /// `expires_on`.
    let expires: Day
    /// The next cycle's certificate issue day, if the cycle was renewed.
    let nextCycleIssued: Day?
    /// The surveillance audits that started in the window, by end day.
    let surveillances: [DatedSurveillance]
    /// Start days of the re-certification audits that started in the window.
    let recertificationStarts: [Day]
    /// Suspension, restoration, withdrawal and cancellation events decided in the window.
    let events: [(kind: String, decided: Day)]
    /// For the first window of a transfer (`programme.cycle: transfer`), the day the original body's last
    /// surveillance audit ended, `application.transfer.last_surveillance_on`: the interval of 5.4.1.4 runs on
    /// across the transfer. `nil` for other windows.
    let transferredSurveillance: Field?

    /// The original body's last surveillance day when the window continues a transfer and the day is readable.
    var transferredSurveillanceDay: Day? { transferredSurveillance?.date.value }

    /// The last day of the window: the expiry, or the day before the next cycle's certificate.
    var closes: Day {
        guard let nextCycleIssued else { return expires }
        return min(expires, nextCycleIssued.adding(days: -1))
    }

    /// The surveillance audits a certificate of this validity calls for: one per
    /// 12-month anniversary of the issue that falls before the expiry (two for a
    /// three-year certificate).
    func expectedSurveillanceCount(intervalMonths: Int) -> Int {
        guard intervalMonths > 0 else { return 0 }
        var count = 0
        while issued.adding(months: intervalMonths * (count + 1)) < expires { count += 1 }
        return count
    }

    /// Whether a re-certification audit started after `day` in the window.
    func recertified(after day: Day) -> Bool {
        recertificationStarts.contains { $0 > day }
    }

    /// Whether the body has acted on the certificate about a missed deadline: it
    /// was suspended, withdrawn or cancelled on the deadline, or such a decision
    /// came after the deadline and on or before `until` (7.2.1 (6) handles an
    /// overdue surveillance by suspending the certificate).
    func bodyActed(deadline: Day, until: Day) -> Bool {
        let actions: Set<String> = ["suspension", "withdrawal", "cancellation"]
        let inForceChanges = events.filter { $0.decided <= deadline }
        if let last = inForceChanges.max(by: { $0.decided < $1.decided }), actions.contains(last.kind) { return true }
        return events.contains { actions.contains($0.kind) && $0.decided > deadline && $0.decided <= until }
    }

    /// The windows of the dossier, by issue day. Certificates issued for a scope
    /// extension continue their cycle and open no window. Missing dates become
    /// "cannot verify" findings, and their certificates or audits are left out.
    ///
    /// Read once per dossier (`Windows`, four rules ask); the dates it could not read are read
    /// again through `context`, which reports them for the rule asking.
    static func windows(_ context: RuleContext) -> [SurveillanceWindow] {
        let read = context.dossier.reading(Windows.self)
        for field in read.unreadDates { _ = context.date(field) }
        return read.windows
    }

    /// The windows of a dossier, with the dates left out for not being dates, in the order
    /// they were read.
    enum Windows: DossierReading {
        static func read(_ dossier: Dossier) -> (windows: [SurveillanceWindow], unreadDates: [Field]) {
            var unreadDates: [Field] = []
            let windows = SurveillanceWindow.windows(of: dossier) { field in
                guard let day = field.date.value else {
                    unreadDates.append(field)
                    return nil
                }
                return day
            }
            return (windows, unreadDates)
        }
    }

    /// The windows of `dossier`, its dates read by `date` (`nil` for a date left out).
    private static func windows(of dossier: Dossier, date: (Field) -> Day?) -> [SurveillanceWindow] {
        var decisionKinds: [String: String] = [:]
        for decision in dossier["decisions"].elements {
            if let id = decision["id"].string, let kind = decision["kind"].string { decisionKinds[id] = kind }
        }
        var certificates: [(field: Field, issued: Day, expires: Day)] = []
        for certificate in dossier["certificates"].elements {
            let kind = certificate["decision"].string.flatMap { decisionKinds[$0] }
            if kind == "extend_scope" { continue }
            guard let issued = date(certificate["issued_on"]), let expires = date(certificate["expires_on"]) else {
                continue
            }
            certificates.append((certificate, issued, expires))
        }
        guard !certificates.isEmpty else { return [] }
        certificates.sort { $0.issued < $1.issued }
        var surveillances: [DatedSurveillance] = []
        for audit in dossier.audits(ofType: "surveillance") where !audit["terminated"].exists {
            guard let start = date(audit["dates"]["start"]), let end = date(audit["dates"]["end"]) else { continue }
            surveillances.append(DatedSurveillance(audit: audit, start: start, end: end))
        }
        surveillances.sort { $0.end < $1.end }
        let recertificationStarts = dossier.audits(ofType: "recertification").compactMap {
            $0["dates"]["start"].date.value
        }
        var events: [(kind: String, decided: Day)] = []
        for event in dossier["certificate_events"].elements {
            if let kind = event["kind"].string, let decided = event["decided_on"].date.value {
                events.append((kind, decided))
            }
        }
        var result: [SurveillanceWindow] = []
        let transfer = dossier["programme"]["cycle"].string == "transfer"
        for (index, certificate) in certificates.enumerated() {
            let next = index + 1 < certificates.count ? certificates[index + 1].issued : nil
            let closes = next.map { min(certificate.expires, $0.adding(days: -1)) } ?? certificate.expires
            let inWindow = { (day: Day) in day >= certificate.issued && day <= closes }
            result.append(
                SurveillanceWindow(
                    certificate: certificate.field, issued: certificate.issued, expires: certificate.expires,
                    nextCycleIssued: next, surveillances: surveillances.filter { inWindow($0.start) },
                    recertificationStarts: recertificationStarts.filter(inWindow),
                    events: events.filter { inWindow($0.decided) },
                    transferredSurveillance: transfer && index == 0
                        ? dossier["application"]["transfer"]["last_surveillance_on"] : nil))
        }
        return result
    }

    /// The certificate's number for messages.
    var certificateName: String { certificate["number"].string ?? certificate.path }
}
