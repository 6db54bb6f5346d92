import DossierSyntax

/// Headings and labels shared by the Markdown and HTML reports: Chinese and English together.
enum AuditText {
    static func both(_ zh: String, _ en: String) -> String { "\(zh) / \(en)" }

    static let title = both("认证内部审核报告", "Internal audit of certification")
    static let summary = both("概况", "Summary")
    static let mostBroken = both("最常违反的条款", "Clauses most often broken")
    static let compliance = both("逐条款合规情况", "Compliance per clause")
    static let workload = both("审核员工作量（3.9、3.10）", "Auditor workload (3.9, 3.10)")
    static let certificates = both("认证证书及状态", "Certificates and their status")
    static let deadlines = both("未来期限", "Upcoming deadlines")
    static let findings = both("各档案的发现", "Findings per dossier")

    static func repositoryStatus(_ status: String?, _ language: Language) -> String {
        switch (status, language) {
        case (nil, _): return "—"
        case ("passed", .zh): return "通过"
        case ("failed", .zh): return "不通过"
        case ("could_not_verify", .zh): return "无法核查"
        case ("could_not_verify", .en): return "could not verify"
        case (let status?, _): return status
        }
    }

    static func yesNo(_ value: Bool?, _ language: Language) -> String {
        switch (value, language) {
        case (nil, _): return "—"
        case (true?, .zh): return "是"
        case (false?, .zh): return "否"
        case (true?, .en): return "yes"
        case (false?, .en): return "no"
        }
    }

    static func change(_ change: AuditReport.Change?) -> String {
        guard let change else { return "—" }
        return AuditFormat.signed(change.failed)
    }

    static func rate(_ permille: Int?) -> String { permille.map { AuditFormat.percent(permille: $0) } ?? "—" }
}

extension AuditReport {
    /// The report as Markdown, messages in `language`.
    public func markdown(language: Language) -> String {
        var text = ""
        markdown(language: language) { text += $0 }
        return text
    }

    /// The Markdown handed to `write` in pieces of about a megabyte.
    public func markdown(language: Language, to write: (String) -> Void) {
        func row(_ cells: [String]) -> String {
            "| " + cells.map(Escaping.markdownTableCell).joined(separator: " | ") + " |\n"
        }
        func header(_ cells: [String]) -> String {
            row(cells) + "|" + String(repeating: " --- |", count: cells.count) + "\n"
        }

        var out = "# \(AuditText.title) — \(year)\n\n"
        out += "- " + AuditText.both("审核年度", "Year") + ": \(year)\n"
        out += "- " + AuditText.both("评判日", "As of") + ": \(asOf)\n"
        out += "- " + AuditText.both("档案库", "Repository") + ": `\(repositoryPath)`\n"
        out += "- " + AuditText.both("登记文件", "Registry") + ": " + (registryPath.map { "`\($0)`" } ?? "—") + "\n"
        if let previousYear {
            out += "- " + AuditText.both("对比上年报告", "Compared with the report of") + ": \(previousYear)\n"
        }
        out += "- dossierlint \(toolVersion)\n\n"

        out += "## \(AuditText.summary)\n\n"
        out += header([AuditText.both("项目", "Item"), AuditText.both("数量", "Count")])
        for (label, value) in summaryFigures(language: language) { out += row([label, value]) }
        out += "\n"

        out += "## \(AuditText.mostBroken)\n\n"
        if mostBroken.isEmpty {
            out += AuditText.both("没有违反的条款。", "No clause was broken.") + "\n\n"
        } else {
            out += header([
                AuditText.both("条款", "Clause"), AuditText.both("标题", "Title"),
                AuditText.both("不通过档案", "Dossiers failed"), AuditText.both("仓库检查", "Repository check"),
                AuditText.both("发现", "Findings"),
            ])
            for clause in mostBroken {
                out += row([
                    clauseLabel(clause), clause.title.text(in: language), String(clause.failed),
                    AuditText.repositoryStatus(clause.repositoryStatus, language), String(clause.findings),
                ])
            }
            out += "\n"
        }

        out += "## \(AuditText.compliance)\n\n"
        var columns = [
            AuditText.both("条款", "Clause"), AuditText.both("范围", "Scope"), AuditText.both("已检查", "Checked"),
            AuditText.both("通过", "Passed"), AuditText.both("不通过", "Failed"),
            AuditText.both("无法核查", "Could not verify"), AuditText.both("通过率", "Pass rate"),
            AuditText.both("仓库检查", "Repository check"), AuditText.both("发现", "Findings"),
        ]
        if let previousYear { columns.append(AuditText.both("不通过变化", "Change in failed") + " (\(previousYear))") }
        for scheme in schemes {
            out += "### \(AuditText.both(scheme.title.zh, scheme.title.en)) (`\(scheme.identifier)`)\n\n"
            out += header(columns)
            for clause in clauses where clause.scheme == scheme.identifier {
                var cells = [
                    clause.clause, clause.scope, clause.checked.map(String.init) ?? "—",
                    clause.checked == nil ? "—" : String(clause.passed),
                    clause.checked == nil ? "—" : String(clause.failed),
                    clause.checked == nil ? "—" : String(clause.couldNotVerify),
                    AuditText.rate(clause.passRatePermille),
                    AuditText.repositoryStatus(clause.repositoryStatus, language), String(clause.findings),
                ]
                if previousYear != nil { cells.append(AuditText.change(clause.change)) }
                out += row(cells)
            }
            out += "\n"
        }

        out += "## \(AuditText.workload)\n\n"
        out += AuditText.both("现场审核天数上限", "On-site days limit") + ": \(AuditFormat.number(maximumDays)) / \(year); "
        out += AuditText.both("人均有效证书上限", "Valid certificates per auditor limit")
        out += ": \(AuditFormat.number(maximumCertificatesPerAuditor))\n\n"
        if let ratio {
            out += "- " + AuditText.both("有效 ITSMS 证书", "Valid ITSMS certificates") + ": \(ratio.validCertificates)\n"
            out += "- " + AuditText.both("其他管理体系有效证书", "Other valid certificates")
            out += ": \(ratio.otherValidCertificates)\n"
            out +=
                "- " + AuditText.both("注册 ITSMS 审核员", "Registered ITSMS auditors") + ": \(ratio.registeredAuditors)\n"
            out += "- " + AuditText.both("人均有效证书", "Valid certificates per auditor") + ": "
            out += (ratio.perAuditorPermille.map { AuditFormat.decimal(permille: $0) } ?? "—") + "\n\n"
        }
        if auditors.isEmpty {
            out += AuditText.both("没有审核员记录。", "No auditor recorded.") + "\n\n"
        } else {
            out += header([
                "ID", AuditText.both("姓名", "Name"), AuditText.both("注册审核员", "Registered"),
                AuditText.both("专职", "Full-time"), AuditText.both("审核次数", "Audits"),
                AuditText.both("ITSMS 天数", "ITSMS days"), AuditText.both("其他体系天数", "Other days"),
                AuditText.both("合计", "Total"), AuditText.both("有效证书", "Valid certificates"),
                AuditText.both("超限", "Over limit"),
            ])
            for auditor in auditors {
                out += row([
                    auditor.id, auditor.name ?? "—", AuditText.yesNo(auditor.registered, language),
                    AuditText.yesNo(auditor.fullTime, language), String(auditor.audits),
                    AuditFormat.number(auditor.itsmsDays), AuditFormat.number(auditor.otherDays),
                    AuditFormat.number(auditor.totalDays), String(auditor.validCertificates),
                    AuditText.yesNo(auditor.totalDays > maximumDays, language),
                ])
            }
            out += "\n"
        }

        out += "## \(AuditText.certificates)\n\n"
        out += statusCounts.map { "\($0.status.name(in: language)): \($0.count)" }.joined(separator: "; ")
        out += statusCounts.isEmpty ? AuditText.both("没有证书。", "No certificate.") + "\n\n" : "\n\n"
        if !certificates.isEmpty {
            out += header([
                AuditText.both("证书编号", "Number"), AuditText.both("状态", "Status"), AuditText.both("签发", "Issued"),
                AuditText.both("到期", "Expires"), AuditText.both("客户", "Client"), AuditText.both("档案", "Dossier"),
            ])
            for certificate in certificates {
                out += row([
                    certificate.number, certificate.status.name(in: language), certificate.issued?.description ?? "—",
                    certificate.expires?.description ?? "—", certificate.client ?? "—",
                    certificate.dossierId.map { "\($0) (\(certificate.path))" } ?? certificate.path,
                ])
            }
            out += "\n"
        }

        out +=
            "## \(AuditText.deadlines) (\(asOf) – \(horizonEnd), \(horizonDays) " + AuditText.both("日", "days")
            + ")\n\n"
        if deadlines.isEmpty {
            out += AuditText.both("没有到期事项。", "Nothing comes due.") + "\n\n"
        } else {
            out += header([
                AuditText.both("日期", "Date"), AuditText.both("剩余天数", "Days left"), AuditText.both("事项", "What"),
                AuditText.both("对象", "Subject"), AuditText.both("档案", "Dossier"),
            ])
            for deadline in deadlines {
                out += row([
                    deadline.deadline.day.description, String(deadline.daysLeft),
                    deadline.deadline.kind.name(in: language), deadline.deadline.subject,
                    deadline.dossierId.map { "\($0) (\(deadline.path))" } ?? deadline.path,
                ])
            }
            out += "\n"
        }

        out += "## \(AuditText.findings)\n\n"
        let withFindings = files.filter(\.hasFindings)
        out += AuditText.both("有发现的文件", "Files with findings") + ": \(withFindings.count) / \(files.count)\n\n"
        ParallelPieces.make(withFindings.count) { index in
            Self.findingsSection(of: withFindings[index], language: language)
        } each: { section in
            out += section
            out.handOn(to: write)
        }
        out.handOn(to: write, over: 0)
    }

    /// The findings of one file, as a Markdown section.
    private static func findingsSection(of file: FileRow, language: Language) -> String {
        var out = "### `\(file.path)`" + (file.dossierId.map { " (\($0))" } ?? "") + "\n\n"
        out += "\(file.counts.errors) error(s), \(file.counts.warnings) warning(s), \(file.counts.infos) info(s)\n\n"
        for finding in file.findings {
            out += "- \(finding.location.line):\(finding.location.column) \(finding.severity.rawValue) "
            out += "[\(finding.rule), \(finding.clause.isEmpty ? "—" : finding.clause)] "
            out += Escaping.markdownTableCell(finding.message.text(in: language))
            out += finding.pointer.isEmpty ? "\n" : " (`\(finding.pointer)`)\n"
        }
        return out + "\n"
    }

    /// The summary's labels and figures, in display order.
    func summaryFigures(language: Language) -> [(String, String)] {
        [
            (AuditText.both("档案", "Dossiers"), String(dossierCount)),
            (AuditText.both("无法读取的文件", "Unreadable files"), String(unreadableFiles)),
            (AuditText.both("跳过的文件", "Skipped files"), String(skippedFiles)),
            (AuditText.both("错误", "Errors"), String(counts.errors)),
            (AuditText.both("警告", "Warnings"), String(counts.warnings)),
            (AuditText.both("提示", "Infos"), String(counts.infos)),
            (AuditText.both("条款", "Clauses"), String(clauses.count)),
            (AuditText.both("有违反的条款", "Clauses broken"), String(clauses.count(where: \.broken))),
            (AuditText.both("证书", "Certificates"), String(certificates.count)),
            (AuditText.both("未来期限", "Upcoming deadlines"), String(deadlines.count)),
        ]
    }

    /// The JSON keys of the summary figures, in the same order.
    static let summaryKeys = [
        "dossiers", "unreadable_files", "skipped_files", "errors", "warnings", "infos", "clauses", "clauses_broken",
        "certificates", "deadlines",
    ]
}
