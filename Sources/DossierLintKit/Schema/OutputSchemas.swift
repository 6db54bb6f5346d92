/// The JSON Schemas `dossierlint schema` prints: the dossier's (`DossierSchema`)
/// and those of the tool's own JSON outputs, written here beside nothing else so
/// that a change of `JSONReporter` or `AuditReport.json()` meets its schema in
/// the tests (`OutputSchemaTests` validate real output against them).
public enum JSONSchemas {
    /// What a schema describes.
    public enum Kind: String, Sendable, CaseIterable {
        /// A dossier (`schema: itsms-dossier/1`).
        case dossier
        /// The output of `check --format json`.
        case findings
        /// The audit's JSON report (`schema: itsms-audit-report/1`).
        case auditReport = "audit-report"
    }

    /// The schema of `check --format json` (see `JSONReporter`).
    public static func findings(_ language: Language) -> String {
        let s = Builder(language: language)
        let finding = s.object(
            [
                ("rule", s.string("规则编号（文件无法解析时为 parse）", "rule id (parse for a file that could not be parsed)")),
                ("clause", s.string("条款，如 5.4.2.3、Annex B；parse 为空", "clause, e.g. 5.4.2.3, Annex B; empty for parse")),
                ("pack", s.string("规则包；parse 为空", "rule pack; empty for parse")),
                ("severity", s.enumeration("严重程度", "severity", Severity.allCases.reversed().map(\.rawValue))),
                ("message", s.string("消息（--lang 的语言）", "message, in the language of --lang")),
                ("file", s.string("档案文件", "dossier file")),
                ("line", s.integer("行（从 1 起）", "line, from 1", minimum: 1)),
                ("column", s.integer("列（从 1 起，按 Unicode 标量计）", "column, from 1, in Unicode scalars", minimum: 1)),
                ("end_line", s.integer("所指字段之后的行", "line just after the field", minimum: 1)),
                ("end_column", s.integer("所指字段之后的列", "column just after the field", minimum: 1)),
                ("pointer", s.string("档案中的 JSON 指针（RFC 6901）", "JSON Pointer into the dossier (RFC 6901)")),
                ("kind", s.enumeration("发现的种类", "kind of finding", FindingKind.allCases.map(\.rawValue))),
                ("suppressed", s.boolean("是否被抑制（抑制注释或基线）", "suppressed (by a comment or a baseline)")),
                ("suppression_reason", s.string("抑制的原因（仅被抑制时）", "why it is suppressed (only when it is)")),
            ], optional: ["suppression_reason"], "一个发现", "one finding")
        let file = s.object(
            [
                ("path", s.string("路径", "path")),
                ("dossier_id", s.nullable(s.string("档案编号", "dossier id"))),
                ("scheme", s.nullable(s.string("认证方案", "scheme"))),
                ("profile", s.nullable(s.string("机构程序", "profile"))),
            ], "一个被检查的文件", "one file checked")
        let count = { (zh: String, en: String) in s.integer(zh, en, minimum: 0) }
        let root = s.object(
            [
                (
                    "tool",
                    s.object(
                        [("name", s.constant("dossierlint")), ("version", s.string("版本", "version"))], "工具",
                        "tool")
                ),
                ("as_of", s.date("判定日期", "judging day")),
                ("files", s.array(file, "被检查的文件", "files checked")),
                ("findings", s.array(finding, "发现（含被抑制的）", "findings, suppressed ones too")),
                (
                    "summary",
                    s.object(
                        [
                            ("files", count("文件数", "files")),
                            ("errors", count("未被抑制的 error", "unsuppressed errors")),
                            ("warnings", count("未被抑制的 warning", "unsuppressed warnings")),
                            ("infos", count("未被抑制的 info", "unsuppressed infos")),
                            ("suppressed", count("被抑制的发现", "suppressed findings")),
                            ("skipped_files", count("跳过的非档案文件", "files skipped as no dossier")),
                            ("unparsable_files", count("无法读取或解析的文件", "files that could not be read or parsed")),
                        ], "合计", "summary")
                ),
            ], "dossierlint check --format json 的输出", "The output of dossierlint check --format json")
        return s.document(root)
    }

    /// The schema of the audit's JSON report (see `AuditReport.json()`).
    public static func auditReport(_ language: Language) -> String {
        let s = Builder(language: language)
        let count = { (zh: String, en: String) in s.integer(zh, en, minimum: 0) }
        let days = { (zh: String, en: String) in s.number(zh, en) }
        let message = { (zh: String, en: String) in
            s.object(
                [("zh", s.string("中文", "Chinese")), ("en", s.string("英文", "English"))], zh, en)
        }
        let repositoryStatuses = ["passed", "failed", "could_not_verify"]
        let clause = s.object(
            [
                ("scheme", s.string("认证方案", "scheme")),
                (
                    "clause",
                    s.string("条款（机构程序的条款带包名，如 10.2 (icas)）", "clause; a profile's with its pack, e.g. 10.2 (icas)")
                ),
                ("title", message("标题", "title")),
                ("rules", s.array(s.string("规则编号", "rule id"), "规则", "rules")),
                ("scope", s.enumeration("检查范围", "scope", ["dossier", "repository", "dossier+repository"])),
                (
                    "dossiers",
                    s.nullable(
                        s.object(
                            [
                                ("checked", count("已检查的档案", "dossiers checked")),
                                ("passed", count("通过的档案", "dossiers passed")),
                                ("failed", count("不通过的档案", "dossiers failed")),
                                ("could_not_verify", count("无法核查的档案", "dossiers that could not be verified")),
                            ], "档案规则的结果", "dossier rules' results"))
                ),
                ("pass_rate_permille", s.nullable(count("通过率（‰）", "pass rate, per mille"))),
                ("repository", s.nullable(s.enumeration("仓库规则的结果", "repository rules' result", repositoryStatuses))),
                ("findings", count("未被抑制的发现", "unsuppressed findings")),
                (
                    "change",
                    s.nullable(
                        s.object(
                            [
                                ("previous_year", s.integer("上一年度", "previous year")),
                                ("failed", s.integer("不通过档案的变化", "change of dossiers failed")),
                                ("findings", s.integer("发现的变化", "change of findings")),
                                (
                                    "pass_rate_permille",
                                    s.nullable(s.integer("通过率的变化（‰）", "change of the pass rate, per mille"))
                                ),
                            ], "与上一年度报告相比的变化", "change since last year's report"))
                ),
            ], "一个条款", "one clause")
        let finding = s.object(
            [
                ("rule", s.string("规则编号", "rule id")), ("clause", s.string("条款", "clause")),
                ("severity", s.enumeration("严重程度", "severity", Severity.allCases.reversed().map(\.rawValue))),
                ("kind", s.enumeration("发现的种类", "kind of finding", FindingKind.allCases.map(\.rawValue))),
                ("message", message("消息", "message")), ("line", count("行", "line")),
                ("column", count("列", "column")), ("pointer", s.string("JSON 指针", "JSON Pointer")),
            ], "一个发现", "one finding")
        let dossier = s.object(
            [
                ("path", s.string("路径", "path")), ("dossier_id", s.nullable(s.string("档案编号", "dossier id"))),
                ("errors", count("error 数", "errors")), ("warnings", count("warning 数", "warnings")),
                ("infos", count("info 数", "infos")), ("findings", s.array(finding, "发现", "findings")),
            ], "一个文件的发现", "one file's findings")
        let auditor = s.object(
            [
                ("id", s.string("人员编号", "person id")), ("name", s.nullable(s.string("姓名", "name"))),
                ("registered", s.boolean("注册审核员", "registered auditor")),
                ("full_time", s.nullable(s.boolean("专职", "full time"))),
                ("itsms_days", days("本体系现场审核天数", "on-site days in this system")),
                ("other_days", days("其他体系现场审核天数", "on-site days in other systems")),
                ("total_days", days("合计", "total days")), ("audits", count("审核次数", "audits")),
                ("valid_certificates", count("有效证书数", "valid certificates")),
                ("over_limit", s.boolean("超过年度上限", "over the yearly limit")),
            ], "一名审核员的工作量", "one auditor's workload")
        let certificate = s.object(
            [
                ("number", s.string("证书编号", "certificate number")), ("dossier", s.string("档案", "dossier")),
                ("dossier_id", s.nullable(s.string("档案编号", "dossier id"))),
                ("client", s.nullable(s.string("获证组织", "client"))),
                ("issued_on", s.nullable(s.date("发证日期", "issued on"))),
                ("expires_on", s.nullable(s.date("有效期截止日", "expires on"))),
                (
                    "status",
                    s.enumeration("判定日的状态", "status on the judging day", CertificateStatus.allCases.map(\.rawValue))
                ),
            ], "一张证书", "one certificate")
        let deadline = s.object(
            [
                ("date", s.nullable(s.date("日期", "date"))),
                ("kind", s.enumeration("事项", "what comes due", Deadline.Kind.allCases.map(\.rawValue))),
                ("subject", s.string("对象", "subject")), ("dossier", s.string("档案", "dossier")),
                ("dossier_id", s.nullable(s.string("档案编号", "dossier id"))),
                ("days_left", s.integer("剩余天数", "days left")), ("pointer", s.string("JSON 指针", "JSON Pointer")),
            ], "一个期限", "one deadline")
        let root = s.object(
            [
                ("schema", s.constant(AuditReport.schema)),
                (
                    "tool",
                    s.object(
                        [("name", s.constant("dossierlint")), ("version", s.string("版本", "version"))], "工具",
                        "tool")
                ),
                ("year", s.integer("审核的年度", "year audited")), ("as_of", s.nullable(s.date("判定日期", "judging day"))),
                ("repository", s.string("档案库", "repository")),
                ("registry", s.nullable(s.string("登记文件", "registry"))),
                ("previous_year", s.nullable(s.integer("上一年度报告的年度", "year of last year's report"))),
                (
                    "summary",
                    s.object(
                        [
                            ("dossiers", count("档案数", "dossiers")),
                            ("unreadable_files", count("无法读取的文件", "unreadable files")),
                            ("skipped_files", count("跳过的文件", "skipped files")),
                            ("errors", count("error 数", "errors")), ("warnings", count("warning 数", "warnings")),
                            ("infos", count("info 数", "infos")), ("clauses", count("条款数", "clauses")),
                            ("clauses_broken", count("被违反的条款数", "clauses broken")),
                            ("certificates", count("证书数", "certificates")), ("deadlines", count("期限数", "deadlines")),
                        ], "合计", "summary")
                ),
                (
                    "schemes",
                    s.array(
                        s.object(
                            [
                                ("id", s.string("规则包", "pack")), ("title", message("标题", "title")),
                                ("dossiers", count("档案数", "dossiers")),
                            ], "一个认证方案", "one scheme"), "认证方案", "schemes")
                ),
                ("clauses", s.array(clause, "逐条款合规情况", "compliance per clause")),
                (
                    "most_broken",
                    s.array(
                        s.object(
                            [
                                ("scheme", s.string("认证方案", "scheme")), ("clause", s.string("条款", "clause")),
                                ("failed_dossiers", count("不通过的档案", "dossiers failed")),
                                ("repository_failed", s.boolean("仓库检查不通过", "repository check failed")),
                                ("findings", count("发现", "findings")),
                            ], "一个条款", "one clause"), "最常违反的条款", "clauses most often broken")
                ),
                ("dossiers", s.array(dossier, "各档案的发现", "findings per dossier")),
                (
                    "workload",
                    s.object(
                        [
                            ("year", s.integer("年度", "year")),
                            ("maximum_days", days("年度现场审核天数上限", "yearly limit of on-site days")),
                            (
                                "maximum_certificates_per_auditor",
                                days("每名审核员的证书数上限", "limit of certificates per auditor")
                            ),
                            (
                                "certificates",
                                s.nullable(
                                    s.object(
                                        [
                                            ("valid_certificates", count("有效证书", "valid certificates")),
                                            (
                                                "other_valid_certificates",
                                                count("其他体系有效证书", "other systems' valid certificates")
                                            ),
                                            ("registered_auditors", count("注册审核员", "registered auditors")),
                                            (
                                                "per_auditor_permille",
                                                s.nullable(count("每名审核员的证书数（‰）", "certificates per auditor, per mille"))
                                            ),
                                        ], "3.10 的比例", "the ratio of 3.10"))
                            ),
                            ("auditors", s.array(auditor, "审核员", "auditors")),
                        ], "审核员工作量（3.9、3.10）", "auditor workload (3.9, 3.10)")
                ),
                (
                    "certificates",
                    s.object(
                        [
                            (
                                "counts",
                                s.object(
                                    CertificateStatus.allCases.map { ($0.rawValue, count("证书数", "certificates")) },
                                    optional: Set(CertificateStatus.allCases.map(\.rawValue)),
                                    "有证书的各状态的证书数", "certificates by status, for the statuses that have some")
                            ),
                            ("items", s.array(certificate, "证书", "certificates")),
                        ], "认证证书及状态", "certificates and their status")
                ),
                (
                    "deadlines",
                    s.object(
                        [
                            ("horizon_days", count("天数", "days ahead")), ("from", s.nullable(s.date("起", "from"))),
                            ("until", s.nullable(s.date("止", "until"))),
                            ("items", s.array(deadline, "期限", "deadlines")),
                        ], "未来期限", "upcoming deadlines")
                ),
            ], "dossierlint audit 的 JSON 报告（itsms-audit-report/1）",
            "The JSON report of dossierlint audit (itsms-audit-report/1)")
        return s.document(root)
    }

    /// Writes schema values with descriptions in one language (and both in `markdownDescription`).
    struct Builder {
        let language: Language

        func document(_ root: [JSONWriter.Member]) -> String {
            JSONWriter.write(.object([.init("$schema", .string(DossierSchema.draft))] + root), controls: .named)
        }

        func described(_ zh: String, _ en: String) -> [JSONWriter.Member] {
            JSONSchemaText.described(Message(zh: zh, en: en), language: language)
        }

        /// A closed object whose properties are all required but `optional`.
        func object(
            _ properties: [(String, [JSONWriter.Member])], optional: Set<String> = [], _ zh: String, _ en: String
        ) -> [JSONWriter.Member] {
            described(zh, en) + [
                .init("type", .string("object")),
                .init("properties", .object(properties.map { .init($0.0, .object($0.1)) })),
                .init("required", .array(properties.map(\.0).filter { !optional.contains($0) }.map { .string($0) })),
                .init("additionalProperties", .bool(false)),
            ]
        }

        func array(_ items: [JSONWriter.Member], _ zh: String, _ en: String) -> [JSONWriter.Member] {
            described(zh, en) + [.init("type", .string("array")), .init("items", .object(items))]
        }

        func string(_ zh: String, _ en: String) -> [JSONWriter.Member] {
            described(zh, en) + [.init("type", .string("string"))]
        }

        func date(_ zh: String, _ en: String) -> [JSONWriter.Member] {
            described(zh, en) + [
                .init("type", .string("string")), .init("pattern", .string(DossierSchema.datePattern)),
                .init("format", .string("date")),
            ]
        }

        func integer(_ zh: String, _ en: String, minimum: Int? = nil) -> [JSONWriter.Member] {
            described(zh, en) + [.init("type", .string("integer"))]
                + (minimum.map { [.init("minimum", .int($0))] } ?? [])
        }

        func number(_ zh: String, _ en: String) -> [JSONWriter.Member] {
            described(zh, en) + [.init("type", .string("number"))]
        }

        func boolean(_ zh: String, _ en: String) -> [JSONWriter.Member] {
            described(zh, en) + [.init("type", .string("boolean"))]
        }

        func constant(_ value: String) -> [JSONWriter.Member] {
            [.init("type", .string("string")), .init("const", .string(value))]
        }

        func enumeration(_ zh: String, _ en: String, _ values: [String]) -> [JSONWriter.Member] {
            described(zh, en) + [.init("type", .string("string")), .init("enum", .array(values.map { .string($0) }))]
        }

        /// `schema`, or `null`: its `type` becomes a pair.
        func nullable(_ schema: [JSONWriter.Member]) -> [JSONWriter.Member] {
            schema.map { member in
                guard member.key == "type", case .string(let type) = member.value else {
                    if member.key == "enum", case .array(let values) = member.value {
                        return .init("enum", .array(values + [.null]))
                    }
                    return member
                }
                return .init("type", .array([.string(type), .string("null")]))
            }
        }
    }
}
