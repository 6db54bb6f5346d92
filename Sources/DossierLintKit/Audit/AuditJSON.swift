import DossierSyntax

extension JSONWriter.Value {
    /// A number that may have a fraction (on-site days), in `AuditFormat.number`'s form.
    fileprivate static func decimal(_ value: Double) -> Self { .number(AuditFormat.number(value)) }
    /// An integer, or `null` when `value` is `nil`.
    fileprivate static func int(_ value: Int?) -> Self { value.map(Self.int) ?? .null }
    /// A day as `YYYY-MM-DD`, or `null` when `value` is `nil`.
    fileprivate static func day(_ value: Day?) -> Self { value.map { .string($0.description) } ?? .null }
    /// A message in both languages.
    fileprivate static func message(_ message: Message) -> Self {
        .object(["zh": .string(message.zh), "en": .string(message.en)])
    }
}

/// Number and rate formatting shared by the renderers, so every format shows the same figures.
public enum AuditFormat {
    /// `4`, `2.5`: whole numbers without a fraction, others in their shortest form.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// A per-mille value as a percentage: `952` → `95.2 %`.
    public static func percent(permille: Int) -> String {
        let sign = permille < 0 ? "-" : ""
        let magnitude = abs(permille)
        return "\(sign)\(magnitude / 10).\(magnitude % 10) %"
    }

    /// A per-mille value as a decimal: `50100` → `50.1`.
    public static func decimal(permille: Int) -> String {
        let sign = permille < 0 ? "-" : ""
        let magnitude = abs(permille)
        let tenths = (magnitude + 50) / 100
        return "\(sign)\(tenths / 10).\(tenths % 10)"
    }

    /// A signed change: `+2`, `-1`, `0`.
    public static func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : String(value) }
}

extension AuditReport {
    /// The report as JSON (`schema: itsms-audit-report/1`): language-independent,
    /// every message in Chinese and English.
    public func json() -> String {
        var text = ""
        json { text += $0 }
        return text
    }

    /// The JSON report handed to `write` in pieces: the dossiers one at a time.
    public func json(to write: (String) -> Void) {
        let value: JSONWriter.Value = .object([
            "schema": .string(AuditReport.schema),
            "tool": .object(["name": .string("dossierlint"), "version": .string(toolVersion)]),
            "year": .int(year), "as_of": .day(asOf), "repository": .string(repositoryPath),
            "registry": .optional(registryPath), "previous_year": .int(previousYear),
            "summary": .object([
                "dossiers": .int(dossierCount), "unreadable_files": .int(unreadableFiles),
                "skipped_files": .int(skippedFiles), "errors": .int(counts.errors),
                "warnings": .int(counts.warnings), "infos": .int(counts.infos),
                "clauses": .int(clauses.count), "clauses_broken": .int(clauses.count(where: \.broken)),
                "certificates": .int(certificates.count), "deadlines": .int(deadlines.count),
            ]),
            "schemes": .array(
                schemes.map { scheme in
                    .object([
                        "id": .string(scheme.identifier), "title": .message(scheme.title),
                        "dossiers": .int(scheme.dossiers),
                    ])
                }),
            "clauses": .array(clauses.map(Self.json)),
            "most_broken": .array(
                mostBroken.map { row in
                    .object([
                        "scheme": .string(row.scheme), "clause": .string(row.clause),
                        "failed_dossiers": .int(row.failed),
                        "repository_failed": .bool(row.repositoryStatus == "failed"), "findings": .int(row.findings),
                    ])
                }),
            "dossiers": .spliced,
            "workload": .object([
                "year": .int(year), "maximum_days": .decimal(maximumDays),
                "maximum_certificates_per_auditor": .decimal(maximumCertificatesPerAuditor),
                "certificates": ratio.map(Self.json) ?? .null, "auditors": .array(auditors.map(json)),
            ]),
            "certificates": .object([
                "counts": .object(statusCounts.map { JSONWriter.Member($0.status.rawValue, .int($0.count)) }),
                "items": .array(certificates.map(Self.json)),
            ]),
            "deadlines": .object([
                "horizon_days": .int(horizonDays), "from": .day(asOf), "until": .day(horizonEnd),
                "items": .array(deadlines.map(Self.json)),
            ]),
        ])
        let (head, tail, depth) = JSONWriter.split(value, elements: files.count)
        var piece = head
        let files = self.files
        ParallelPieces.make(files.count) { index in
            JSONWriter.element(Self.json(files[index]), depth: depth, first: index == 0)
        } each: { element in
            piece += element
            piece.handOn(to: write)
        }
        piece += tail
        piece.handOn(to: write, over: 0)
    }

    private static func json(_ row: ClauseRow) -> JSONWriter.Value {
        let dossiers: JSONWriter.Value =
            row.checked.map { checked in
                .object([
                    "checked": .int(checked), "passed": .int(row.passed), "failed": .int(row.failed),
                    "could_not_verify": .int(row.couldNotVerify),
                ])
            } ?? .null
        let change: JSONWriter.Value =
            row.change.map { change in
                .object([
                    "previous_year": .int(change.previousYear), "failed": .int(change.failed),
                    "findings": .int(change.findings), "pass_rate_permille": .int(change.passRatePermille),
                ])
            } ?? .null
        return .object([
            "scheme": .string(row.scheme), "clause": .string(row.clause), "title": .message(row.title),
            "rules": .array(row.rules.map(JSONWriter.Value.string)), "scope": .string(row.scope),
            "dossiers": dossiers, "pass_rate_permille": .int(row.passRatePermille),
            "repository": .optional(row.repositoryStatus), "findings": .int(row.findings), "change": change,
        ])
    }

    private static func json(_ file: FileRow) -> JSONWriter.Value {
        .object([
            "path": .string(file.path), "dossier_id": .optional(file.dossierId),
            "errors": .int(file.counts.errors), "warnings": .int(file.counts.warnings),
            "infos": .int(file.counts.infos),
            "findings": .array(
                file.findings.map { finding in
                    .object([
                        "rule": .string(finding.rule), "clause": .string(finding.clause),
                        "severity": .string(finding.severity.rawValue), "kind": .string(finding.kind.rawValue),
                        "message": .message(finding.message), "line": .int(finding.location.line),
                        "column": .int(finding.location.column), "pointer": .string(finding.pointer),
                    ])
                }),
        ])
    }

    private func json(_ auditor: AuditorRow) -> JSONWriter.Value {
        .object([
            "id": .string(auditor.id), "name": .optional(auditor.name), "registered": .bool(auditor.registered),
            "full_time": auditor.fullTime.map(JSONWriter.Value.bool) ?? .null,
            "itsms_days": .decimal(auditor.itsmsDays), "other_days": .decimal(auditor.otherDays),
            "total_days": .decimal(auditor.totalDays), "audits": .int(auditor.audits),
            "valid_certificates": .int(auditor.validCertificates),
            "over_limit": .bool(auditor.totalDays > maximumDays),
        ])
    }

    private static func json(_ ratio: CertificateRatio) -> JSONWriter.Value {
        .object([
            "valid_certificates": .int(ratio.validCertificates),
            "other_valid_certificates": .int(ratio.otherValidCertificates),
            "registered_auditors": .int(ratio.registeredAuditors),
            "per_auditor_permille": .int(ratio.perAuditorPermille),
        ])
    }

    private static func json(_ row: CertificateRow) -> JSONWriter.Value {
        .object([
            "number": .string(row.number), "dossier": .string(row.path), "dossier_id": .optional(row.dossierId),
            "client": .optional(row.client), "issued_on": .day(row.issued), "expires_on": .day(row.expires),
            "status": .string(row.status.rawValue),
        ])
    }

    private static func json(_ row: DeadlineRow) -> JSONWriter.Value {
        .object([
            "date": .day(row.deadline.day), "kind": .string(row.deadline.kind.rawValue),
            "subject": .string(row.deadline.subject), "dossier": .string(row.path),
            "dossier_id": .optional(row.dossierId), "days_left": .int(row.daysLeft),
            "pointer": .string(row.deadline.place.pointer),
        ])
    }
}
