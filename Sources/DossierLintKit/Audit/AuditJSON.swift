import DossierSyntax

/// A JSON value for the audit report: like the reporters' JSON, with numbers
/// that may have a fraction (on-site days).
enum AuditJSONValue: Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([AuditJSONValue])
    case object([(String, AuditJSONValue)])

    static func int(_ value: Int) -> AuditJSONValue { .number(String(value)) }
    static func int(_ value: Int?) -> AuditJSONValue { value.map { .number(String($0)) } ?? .null }
    static func decimal(_ value: Double) -> AuditJSONValue { .number(AuditFormat.number(value)) }
    static func text(_ value: String?) -> AuditJSONValue { value.map(AuditJSONValue.string) ?? .null }
    static func day(_ value: Day?) -> AuditJSONValue { value.map { .string($0.description) } ?? .null }
    static func message(_ message: Message) -> AuditJSONValue {
        .object([("zh", .string(message.zh)), ("en", .string(message.en))])
    }

    /// Pretty-printed text: two-space indentation, one member per line.
    func rendered() -> String {
        var output = ""
        write(into: &output, indent: 0)
        return output + "\n"
    }

    private func write(into output: inout String, indent: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): output += JSONWriter.quoted(text)
        case .array(let items):
            guard !items.isEmpty else {
                output += "[]"
                return
            }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                item.write(into: &output, indent: indent + 1)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else {
                output += "{}"
                return
            }
            output += "{\n"
            for (index, (key, value)) in members.enumerated() {
                output += String(repeating: "  ", count: indent + 1) + JSONWriter.quoted(key) + ": "
                value.write(into: &output, indent: indent + 1)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: "  ", count: indent) + "}"
        }
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
        let clauseValues: [AuditJSONValue] = clauses.map { row in
            let dossiers: AuditJSONValue =
                row.checked.map { checked in
                    .object([
                        ("checked", .int(checked)), ("passed", .int(row.passed)), ("failed", .int(row.failed)),
                        ("could_not_verify", .int(row.couldNotVerify)),
                    ])
                } ?? .null
            let change: AuditJSONValue =
                row.change.map { change in
                    .object([
                        ("previous_year", .int(change.previousYear)), ("failed", .int(change.failed)),
                        ("findings", .int(change.findings)), ("pass_rate_permille", .int(change.passRatePermille)),
                    ])
                } ?? .null
            return .object([
                ("clause", .string(row.clause)), ("title", .message(row.title)),
                ("rules", .array(row.rules.map(AuditJSONValue.string))), ("scope", .string(row.scope)),
                ("dossiers", dossiers), ("pass_rate_permille", .int(row.passRatePermille)),
                ("repository", .text(row.repositoryStatus)), ("findings", .int(row.findings)), ("change", change),
            ])
        }
        let mostBrokenValues: [AuditJSONValue] = mostBroken.map { row in
            .object([
                ("clause", .string(row.clause)), ("failed_dossiers", .int(row.failed)),
                ("repository_failed", .bool(row.repositoryStatus == "failed")), ("findings", .int(row.findings)),
            ])
        }
        let fileValues: [AuditJSONValue] = files.map { file in
            .object([
                ("path", .string(file.path)), ("dossier_id", .text(file.dossierId)),
                ("errors", .int(file.counts.errors)), ("warnings", .int(file.counts.warnings)),
                ("infos", .int(file.counts.infos)),
                (
                    "findings",
                    .array(
                        file.findings.map { finding in
                            .object([
                                ("rule", .string(finding.rule)), ("clause", .string(finding.clause)),
                                ("severity", .string(finding.severity.rawValue)),
                                ("kind", .string(finding.kind.rawValue)),
                                ("message", .message(finding.message)), ("line", .int(finding.location.line)),
                                ("column", .int(finding.location.column)), ("pointer", .string(finding.pointer)),
                            ])
                        })
                ),
            ])
        }
        let auditorValues: [AuditJSONValue] = auditors.map { auditor in
            .object([
                ("id", .string(auditor.id)), ("name", .text(auditor.name)), ("registered", .bool(auditor.registered)),
                ("full_time", auditor.fullTime.map(AuditJSONValue.bool) ?? .null),
                ("itsms_days", .decimal(auditor.itsmsDays)), ("other_days", .decimal(auditor.otherDays)),
                ("total_days", .decimal(auditor.totalDays)), ("audits", .int(auditor.audits)),
                ("valid_certificates", .int(auditor.validCertificates)),
                ("over_limit", .bool(auditor.totalDays > maximumDays)),
            ])
        }
        let ratioValue: AuditJSONValue =
            ratio.map { ratio in
                .object([
                    ("valid_certificates", .int(ratio.validCertificates)),
                    ("other_valid_certificates", .int(ratio.otherValidCertificates)),
                    ("registered_auditors", .int(ratio.registeredAuditors)),
                    ("per_auditor_permille", .int(ratio.perAuditorPermille)),
                ])
            } ?? .null
        let certificateValues: [AuditJSONValue] = certificates.map { row in
            .object([
                ("number", .string(row.number)), ("dossier", .string(row.path)), ("dossier_id", .text(row.dossierId)),
                ("client", .text(row.client)), ("issued_on", .day(row.issued)), ("expires_on", .day(row.expires)),
                ("status", .string(row.status.rawValue)),
            ])
        }
        let deadlineValues: [AuditJSONValue] = deadlines.map { row in
            .object([
                ("date", .day(row.deadline.day)), ("kind", .string(row.deadline.kind.rawValue)),
                ("subject", .string(row.deadline.subject)), ("dossier", .string(row.path)),
                ("dossier_id", .text(row.dossierId)), ("days_left", .int(row.daysLeft)),
                ("pointer", .string(row.deadline.place.pointer)),
            ])
        }
        let value: AuditJSONValue = .object([
            ("schema", .string(AuditReport.schema)),
            ("tool", .object([("name", .string("dossierlint")), ("version", .string(toolVersion))])),
            ("year", .int(year)), ("as_of", .day(asOf)), ("repository", .string(repositoryPath)),
            ("registry", .text(registryPath)), ("previous_year", .int(previousYear)),
            (
                "summary",
                .object([
                    ("dossiers", .int(dossierCount)), ("unreadable_files", .int(unreadableFiles)),
                    ("skipped_files", .int(skippedFiles)), ("errors", .int(counts.errors)),
                    ("warnings", .int(counts.warnings)), ("infos", .int(counts.infos)),
                    ("clauses", .int(clauses.count)), ("clauses_broken", .int(clauses.count(where: \.broken))),
                    ("certificates", .int(certificates.count)), ("deadlines", .int(deadlines.count)),
                ])
            ),
            ("clauses", .array(clauseValues)),
            ("most_broken", .array(mostBrokenValues)),
            ("dossiers", .array(fileValues)),
            (
                "workload",
                .object([
                    ("year", .int(year)), ("maximum_days", .decimal(maximumDays)),
                    ("maximum_certificates_per_auditor", .decimal(maximumCertificatesPerAuditor)),
                    ("certificates", ratioValue), ("auditors", .array(auditorValues)),
                ])
            ),
            (
                "certificates",
                .object([
                    (
                        "counts",
                        .object(statusCounts.map { ($0.status.rawValue, AuditJSONValue.int($0.count)) })
                    ),
                    ("items", .array(certificateValues)),
                ])
            ),
            (
                "deadlines",
                .object([
                    ("horizon_days", .int(horizonDays)), ("from", .day(asOf)), ("until", .day(horizonEnd)),
                    ("items", .array(deadlineValues)),
                ])
            ),
        ])
        return value.rendered()
    }
}
