import DossierSyntax

/// The self-contained HTML page of the audit report: inline CSS and SVG, no
/// script and no external asset. Every figure taken from the JSON report
/// carries `data-figure` (its place in the JSON: keys separated by `/`, list
/// items by their `clause` or `id`, or by `#index`) and, when the shown text differs
/// from the JSON value, `data-value`, so the two can be compared.
extension AuditReport {
    /// The report as one HTML page, messages in `language`.
    public func html(language: Language) -> String {
        var text = ""
        html(language: language) { text += $0 }
        return text
    }

    /// The HTML page handed to `write` in pieces of about a megabyte, so that the
    /// findings of a large repository never exist as one text.
    public func html(language: Language, to write: (String) -> Void) {
        var page = HTMLBuilder()
        page.raw(
            "<!DOCTYPE html>\n<html lang=\"\(language == .zh ? "zh-CN" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n")
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        page.raw("<title>")
        page.text("\(AuditText.title) — \(year)")
        page.raw("</title>\n<style>\n\(HTMLBuilder.style)</style>\n</head>\n<body>\n<header>\n<h1>")
        page.text("\(AuditText.title) — \(year)")
        page.raw("</h1>\n<p class=\"meta\">")
        page.text(
            "\(AuditText.both("评判日", "As of")): \(asOf) · \(AuditText.both("档案库", "Repository")): \(repositoryPath) · "
                + "\(AuditText.both("登记文件", "Registry")): \(registryPath ?? "—") · dossierlint \(toolVersion)"
                + (previousYear.map { " · \(AuditText.both("对比", "compared with")) \($0)" } ?? ""))
        page.raw("</p>\n</header>\n<main>\n")

        // Summary cards.
        page.section("summary", AuditText.summary)
        page.raw("<div class=\"cards\">\n")
        for ((label, value), key) in zip(summaryFigures(language: language), AuditReport.summaryKeys) {
            page.raw("<div class=\"card\"><div class=\"figure\"")
            page.attribute("data-figure", "summary/\(key)")
            page.raw(">")
            page.text(value)
            page.raw("</div><div class=\"label\">")
            page.text(label)
            page.raw("</div></div>\n")
        }
        page.raw("</div>\n</section>\n")

        // Most broken clauses: chart and table.
        page.section("most-broken", AuditText.mostBroken)
        if mostBroken.isEmpty {
            page.paragraph(AuditText.both("没有违反的条款。", "No clause was broken."))
        } else {
            page.complianceChart(mostBroken, report: self)
        }
        page.raw("</section>\n")

        // Compliance per clause.
        page.section("compliance", AuditText.compliance)
        var headers = [
            AuditText.both("条款", "Clause"), AuditText.both("标题", "Title"), AuditText.both("范围", "Scope"),
            AuditText.both("已检查", "Checked"), AuditText.both("通过", "Passed"), AuditText.both("不通过", "Failed"),
            AuditText.both("无法核查", "Could not verify"), AuditText.both("通过率", "Pass rate"),
            AuditText.both("仓库检查", "Repository"), AuditText.both("发现", "Findings"),
        ]
        if let previousYear { headers.append(AuditText.both("不通过变化", "Change in failed") + " (\(previousYear))") }
        for scheme in schemes {
            page.raw("<h3>")
            page.text(AuditText.both(scheme.title.zh, scheme.title.en) + " (\(scheme.identifier))")
            page.raw("</h3>\n")
            page.tableStart(headers)
            for clause in clauses where clause.scheme == scheme.identifier {
                let base = figurePath(of: clause)
                page.raw(clause.broken ? "<tr class=\"broken\">" : "<tr>")
                page.cell(clause.clause)
                page.cell(clause.title.text(in: language))
                page.cell(clause.scope)
                if clause.checked != nil {
                    page.cell(String(clause.checked!), figure: "\(base)/dossiers/checked", numeric: true)
                    page.cell(String(clause.passed), figure: "\(base)/dossiers/passed", numeric: true)
                    page.cell(String(clause.failed), figure: "\(base)/dossiers/failed", numeric: true)
                    page.cell(String(clause.couldNotVerify), figure: "\(base)/dossiers/could_not_verify", numeric: true)
                    page.cell(
                        AuditText.rate(clause.passRatePermille), figure: "\(base)/pass_rate_permille",
                        value: clause.passRatePermille.map(String.init) ?? "null", numeric: true)
                } else {
                    for _ in 0..<5 { page.cell("—", numeric: true) }
                }
                page.cell(
                    AuditText.repositoryStatus(clause.repositoryStatus, language), figure: "\(base)/repository",
                    value: clause.repositoryStatus ?? "null")
                page.cell(String(clause.findings), figure: "\(base)/findings", numeric: true)
                if previousYear != nil {
                    page.cell(
                        AuditText.change(clause.change), figure: "\(base)/change/failed",
                        value: clause.change.map { String($0.failed) } ?? "", numeric: true)
                }
                page.raw("</tr>\n")
            }
            page.raw("</tbody></table>\n")
        }
        page.raw("</section>\n")

        // Workload.
        page.section("workload", AuditText.workload)
        page.paragraph(
            "\(AuditText.both("现场审核天数上限", "On-site days limit")): \(AuditFormat.number(maximumDays)) / \(year) · "
                + "\(AuditText.both("人均有效证书上限", "Valid certificates per auditor limit")): "
                + AuditFormat.number(maximumCertificatesPerAuditor))
        if let ratio {
            page.raw("<ul>\n")
            let items: [(String, String, String, String?)] = [
                (
                    AuditText.both("有效 ITSMS 证书", "Valid ITSMS certificates"), String(ratio.validCertificates),
                    "valid_certificates", nil
                ),
                (
                    AuditText.both("其他管理体系有效证书", "Other valid certificates"), String(ratio.otherValidCertificates),
                    "other_valid_certificates", nil
                ),
                (
                    AuditText.both("注册 ITSMS 审核员", "Registered ITSMS auditors"), String(ratio.registeredAuditors),
                    "registered_auditors", nil
                ),
                (
                    AuditText.both("人均有效证书", "Valid certificates per auditor"),
                    ratio.perAuditorPermille.map { AuditFormat.decimal(permille: $0) } ?? "—", "per_auditor_permille",
                    ratio.perAuditorPermille.map(String.init) ?? "null"
                ),
            ]
            for (label, shown, key, value) in items {
                page.raw("<li>")
                page.text(label + ": ")
                page.raw("<strong")
                page.attribute("data-figure", "workload/certificates/\(key)")
                if let value { page.attribute("data-value", value) }
                page.raw(">")
                page.text(shown)
                page.raw("</strong></li>\n")
            }
            page.raw("</ul>\n")
        }
        if auditors.isEmpty {
            page.paragraph(AuditText.both("没有审核员记录。", "No auditor recorded."))
        } else {
            page.workloadChart(auditors, maximum: maximumDays)
            page.tableStart([
                "ID", AuditText.both("姓名", "Name"), AuditText.both("注册审核员", "Registered"),
                AuditText.both("专职", "Full-time"), AuditText.both("审核次数", "Audits"),
                AuditText.both("ITSMS 天数", "ITSMS days"), AuditText.both("其他体系天数", "Other days"),
                AuditText.both("合计", "Total"), AuditText.both("有效证书", "Valid certificates"),
            ])
            for auditor in auditors {
                let base = "workload/auditors/\(auditor.id)"
                page.raw(auditor.totalDays > maximumDays ? "<tr class=\"broken\">" : "<tr>")
                page.cell(auditor.id)
                page.cell(auditor.name ?? "—")
                page.cell(AuditText.yesNo(auditor.registered, language))
                page.cell(AuditText.yesNo(auditor.fullTime, language))
                page.cell(String(auditor.audits), figure: "\(base)/audits", numeric: true)
                page.cell(AuditFormat.number(auditor.itsmsDays), figure: "\(base)/itsms_days", numeric: true)
                page.cell(AuditFormat.number(auditor.otherDays), figure: "\(base)/other_days", numeric: true)
                page.cell(AuditFormat.number(auditor.totalDays), figure: "\(base)/total_days", numeric: true)
                page.cell(String(auditor.validCertificates), figure: "\(base)/valid_certificates", numeric: true)
                page.raw("</tr>\n")
            }
            page.raw("</tbody></table>\n")
        }
        page.raw("</section>\n")

        // Certificates.
        page.section("certificates", AuditText.certificates)
        if certificates.isEmpty {
            page.paragraph(AuditText.both("没有证书。", "No certificate."))
        } else {
            page.statusChart(statusCounts, language: language)
            page.tableStart([
                AuditText.both("证书编号", "Number"), AuditText.both("状态", "Status"), AuditText.both("签发", "Issued"),
                AuditText.both("到期", "Expires"), AuditText.both("客户", "Client"), AuditText.both("档案", "Dossier"),
            ])
            for (index, certificate) in certificates.enumerated() {
                page.raw("<tr>")
                page.cell(certificate.number, figure: "certificates/items/#\(index)/number")
                page.cell(
                    certificate.status.name(in: language), figure: "certificates/items/#\(index)/status",
                    value: certificate.status.rawValue, className: "status-\(certificate.status.rawValue)")
                page.cell(certificate.issued?.description ?? "—")
                page.cell(certificate.expires?.description ?? "—")
                page.cell(certificate.client ?? "—")
                page.cell(certificate.dossierId.map { "\($0) (\(certificate.path))" } ?? certificate.path)
                page.raw("</tr>\n")
            }
            page.raw("</tbody></table>\n")
        }
        page.raw("</section>\n")

        // Deadlines.
        page.section(
            "deadlines",
            "\(AuditText.deadlines) (\(asOf) – \(horizonEnd), \(horizonDays) \(AuditText.both("日", "days")))")
        if deadlines.isEmpty {
            page.paragraph(AuditText.both("没有到期事项。", "Nothing comes due."))
        } else {
            page.tableStart([
                AuditText.both("日期", "Date"), AuditText.both("剩余天数", "Days left"), AuditText.both("事项", "What"),
                AuditText.both("对象", "Subject"), AuditText.both("档案", "Dossier"),
            ])
            for (index, deadline) in deadlines.enumerated() {
                page.raw("<tr>")
                page.cell(deadline.deadline.day.description, figure: "deadlines/items/#\(index)/date")
                page.cell(String(deadline.daysLeft), figure: "deadlines/items/#\(index)/days_left", numeric: true)
                page.cell(
                    deadline.deadline.kind.name(in: language), figure: "deadlines/items/#\(index)/kind",
                    value: deadline.deadline.kind.rawValue)
                page.cell(deadline.deadline.subject)
                page.cell(deadline.dossierId.map { "\($0) (\(deadline.path))" } ?? deadline.path)
                page.raw("</tr>\n")
            }
            page.raw("</tbody></table>\n")
        }
        page.raw("</section>\n")

        // Findings per dossier.
        page.section("findings", AuditText.findings)
        let files = self.files
        let shown = files.indices.filter { files[$0].hasFindings }
        page.paragraph("\(AuditText.both("有发现的文件", "Files with findings")): \(shown.count) / \(files.count)")
        ParallelPieces.make(shown.count) { position in
            Self.findingsSection(of: files[shown[position]], at: shown[position], language: language)
        } each: { section in
            page.output += section
            page.output.handOn(to: write)
        }
        page.raw("</section>\n</main>\n<footer>")
        page.text("dossierlint \(toolVersion) · CNCA-ITSMS-01:2026 11.2")
        page.raw("</footer>\n</body>\n</html>\n")
        page.output.handOn(to: write, over: 0)
    }

    /// The findings of one file (the `index`-th row), as a `<details>` section.
    private static func findingsSection(of file: FileRow, at index: Int, language: Language) -> String {
        var page = HTMLBuilder()
        page.raw("<details")
        if file.counts.errors > 0 { page.raw(" open") }
        page.raw("><summary><code")
        page.attribute("data-figure", "dossiers/#\(index)/path")
        page.raw(">")
        page.text(file.path)
        page.raw("</code>")
        if let id = file.dossierId { page.text(" (\(id))") }
        page.raw(" — <span")
        page.attribute("data-figure", "dossiers/#\(index)/errors")
        page.raw(">\(file.counts.errors)</span> error(s), <span")
        page.attribute("data-figure", "dossiers/#\(index)/warnings")
        page.raw(">\(file.counts.warnings)</span> warning(s), <span")
        page.attribute("data-figure", "dossiers/#\(index)/infos")
        page.raw(">\(file.counts.infos)</span> info(s)</summary>\n")
        page.tableStart([
            AuditText.both("位置", "Line:col"), AuditText.both("严重程度", "Severity"), AuditText.both("规则", "Rule"),
            AuditText.both("条款", "Clause"), AuditText.both("说明", "Message"), "JSON Pointer",
        ])
        for finding in file.findings {
            page.raw("<tr class=\"severity-\(finding.severity.rawValue)\">")
            page.cell("\(finding.location.line):\(finding.location.column)")
            page.cell(finding.severity.rawValue)
            page.cell(finding.rule)
            page.cell(finding.clause.isEmpty ? "—" : finding.clause)
            page.cell(finding.message.text(in: language))
            page.cell(finding.pointer)
            page.raw("</tr>\n")
        }
        page.raw("</tbody></table>\n</details>\n")
        return page.output
    }
}

/// Builds HTML text with escaping.
struct HTMLBuilder {
    var output = ""

    static let style = """
        :root { --ok: #2e7d32; --bad: #c62828; --unknown: #9e9e9e; --ink: #1f2328; --muted: #59636e; }
        body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
          color: var(--ink); margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem; line-height: 1.45; }
        h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
        h2 { font-size: 1.25rem; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2rem; margin-top: 2rem; }
        .meta, footer { color: var(--muted); font-size: 0.9rem; }
        .cards { display: flex; flex-wrap: wrap; gap: 0.6rem; }
        .card { border: 1px solid #d0d7de; border-radius: 6px; padding: 0.5rem 0.8rem; min-width: 7.5rem; }
        .card .figure { font-size: 1.5rem; font-weight: 600; }
        .card .label { color: var(--muted); font-size: 0.8rem; }
        table { border-collapse: collapse; width: 100%; font-size: 0.85rem; margin: 0.5rem 0 1rem; }
        th, td { border: 1px solid #d0d7de; padding: 0.25rem 0.45rem; text-align: left; vertical-align: top; }
        th { background: #f6f8fa; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        tr.broken td:first-child { border-left: 4px solid var(--bad); }
        tr.severity-error td:nth-child(2) { color: var(--bad); font-weight: 600; }
        tr.severity-warning td:nth-child(2) { color: #9a6700; }
        .status-valid { color: var(--ok); } .status-suspended { color: #9a6700; }
        .status-withdrawn, .status-cancelled { color: var(--bad); }
        svg { max-width: 100%; height: auto; font-size: 12px; }
        svg text { fill: var(--ink); }
        .legend span { display: inline-block; margin-right: 1rem; font-size: 0.85rem; }
        .swatch { display: inline-block; width: 0.8rem; height: 0.8rem; margin-right: 0.3rem; vertical-align: middle; }
        details { margin: 0.4rem 0; } summary { cursor: pointer; }
        @media print { details { display: block; } }

        """

    mutating func raw(_ text: String) { output += text }

    mutating func text(_ text: String) { output += Escaping.html(text) }

    mutating func attribute(_ name: String, _ value: String) {
        output += " \(name)=\"\(Escaping.html(value))\""
    }

    mutating func section(_ id: String, _ title: String) {
        raw("<section id=\"\(id)\">\n<h2>")
        text(title)
        raw("</h2>\n")
    }

    mutating func paragraph(_ content: String) {
        raw("<p>")
        text(content)
        raw("</p>\n")
    }

    mutating func tableStart(_ headers: [String]) {
        raw("<table><thead><tr>")
        for header in headers {
            raw("<th>")
            text(header)
            raw("</th>")
        }
        raw("</tr></thead><tbody>\n")
    }

    mutating func cell(
        _ content: String, figure: String? = nil, value: String? = nil, numeric: Bool = false, className: String? = nil
    ) {
        raw("<td")
        let classes = [numeric ? "number" : nil, className].compactMap { $0 }
        if !classes.isEmpty { attribute("class", classes.joined(separator: " ")) }
        if let figure { attribute("data-figure", figure) }
        if let value { attribute("data-value", value) }
        raw(">")
        text(content)
        raw("</td>")
    }

    // MARK: Charts

    /// Stacked horizontal bars: passed, could not verify and failed dossiers per clause.
    mutating func complianceChart(_ rows: [AuditReport.ClauseRow], report: AuditReport) {
        let width = 760
        let labelWidth = 90
        let barWidth = width - labelWidth - 120
        let rowHeight = 24
        let height = rows.count * rowHeight + 30
        let largest = max(1, rows.map { $0.checked ?? 0 }.max() ?? 1)
        raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(width) \(height)\" ")
        raw("width=\"\(width)\" height=\"\(height)\">\n<title>")
        text(AuditText.both("最常违反条款的档案结果", "Dossier results of the clauses most often broken"))
        raw("</title>\n")
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight + 4
            raw("<text x=\"0\" y=\"\(y + 15)\">")
            text(report.clauseLabel(row))
            raw("</text>\n")
            var x = labelWidth
            let parts: [(String, Int, String)] = [
                ("passed", row.passed, "var(--ok)"), ("could_not_verify", row.couldNotVerify, "var(--unknown)"),
                ("failed", row.failed, "var(--bad)"),
            ]
            for (key, count, colour) in parts where row.checked != nil {
                let length = count * barWidth / largest
                raw("<rect x=\"\(x)\" y=\"\(y)\" width=\"\(length)\" height=\"18\" fill=\"\(colour)\"")
                attribute("data-figure", "\(report.figurePath(of: row))/dossiers/\(key)")
                attribute("data-value", String(count))
                raw("><title>")
                text("\(report.clauseLabel(row)) \(key): \(count)")
                raw("</title></rect>\n")
                x += length
            }
            let note =
                (row.checked.map { "\(row.failed)/\($0)" } ?? "")
                + (row.repositoryStatus == "failed" ? (row.checked == nil ? "" : " + ") + "repository" : "")
            raw("<text x=\"\(x + 6)\" y=\"\(y + 15)\">")
            text(note)
            raw("</text>\n")
        }
        let legendY = rows.count * rowHeight + 22
        raw("<rect x=\"\(labelWidth)\" y=\"\(legendY - 10)\" width=\"10\" height=\"10\" fill=\"var(--ok)\"/>")
        raw("<text x=\"\(labelWidth + 14)\" y=\"\(legendY)\">")
        text(AuditText.both("通过", "passed"))
        raw(
            "</text><rect x=\"\(labelWidth + 110)\" y=\"\(legendY - 10)\" width=\"10\" height=\"10\" "
                + "fill=\"var(--unknown)\"/>"
        )
        raw("<text x=\"\(labelWidth + 124)\" y=\"\(legendY)\">")
        text(AuditText.both("无法核查", "could not verify"))
        raw(
            "</text><rect x=\"\(labelWidth + 280)\" y=\"\(legendY - 10)\" width=\"10\" height=\"10\" "
                + "fill=\"var(--bad)\"/>"
        )
        raw("<text x=\"\(labelWidth + 294)\" y=\"\(legendY)\">")
        text(AuditText.both("不通过", "failed"))
        raw("</text>\n</svg>\n")
    }

    /// Horizontal bars of each auditor's on-site days, with the limit as a line.
    mutating func workloadChart(_ auditors: [AuditReport.AuditorRow], maximum: Double) {
        let width = 760
        let labelWidth = 140
        let barWidth = width - labelWidth - 60
        let rowHeight = 20
        let height = auditors.count * rowHeight + 24
        let scale = max(maximum, auditors.map(\.totalDays).max() ?? 0) * 1.05
        func x(_ days: Double) -> Int { labelWidth + Int((days / scale * Double(barWidth)).rounded()) }
        raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(width) \(height)\" ")
        raw("width=\"\(width)\" height=\"\(height)\">\n<title>")
        text(AuditText.both("审核员现场审核天数", "Auditors' on-site days"))
        raw("</title>\n")
        for (index, auditor) in auditors.enumerated() {
            let y = index * rowHeight + 2
            raw("<text x=\"0\" y=\"\(y + 13)\">")
            text([auditor.id, auditor.name].compactMap { $0 }.joined(separator: " "))
            raw("</text>\n")
            let colour = auditor.totalDays > maximum ? "var(--bad)" : "var(--ok)"
            raw("<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(x(auditor.totalDays) - labelWidth)\" height=\"15\" ")
            raw("fill=\"\(colour)\"")
            attribute("data-figure", "workload/auditors/\(auditor.id)/total_days")
            attribute("data-value", AuditFormat.number(auditor.totalDays))
            raw("><title>")
            text("\(auditor.id): \(AuditFormat.number(auditor.totalDays))")
            raw("</title></rect>\n<text x=\"\(x(auditor.totalDays) + 4)\" y=\"\(y + 13)\">")
            text(AuditFormat.number(auditor.totalDays))
            raw("</text>\n")
        }
        let limit = x(maximum)
        raw("<line x1=\"\(limit)\" y1=\"0\" x2=\"\(limit)\" y2=\"\(height - 14)\" stroke=\"var(--bad)\" ")
        raw("stroke-dasharray=\"4 3\"/>\n<text x=\"\(limit - 30)\" y=\"\(height - 2)\">")
        text("\(AuditFormat.number(maximum))")
        raw("</text>\n</svg>\n")
    }

    /// Horizontal bars of certificates by status.
    mutating func statusChart(_ counts: [(status: CertificateStatus, count: Int)], language: Language) {
        let width = 760
        let labelWidth = 140
        let barWidth = width - labelWidth - 60
        let rowHeight = 22
        let height = counts.count * rowHeight + 6
        let largest = max(1, counts.map(\.count).max() ?? 1)
        raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(width) \(height)\" ")
        raw("width=\"\(width)\" height=\"\(height)\">\n<title>")
        text(AuditText.both("证书状态", "Certificates by status"))
        raw("</title>\n")
        for (index, entry) in counts.enumerated() {
            let y = index * rowHeight + 3
            let length = max(1, entry.count * barWidth / largest)
            let colour =
                entry.status == .valid
                ? "var(--ok)" : [.withdrawn, .cancelled].contains(entry.status) ? "var(--bad)" : "var(--unknown)"
            raw("<text x=\"0\" y=\"\(y + 13)\">")
            text(entry.status.name(in: language))
            raw("</text>\n<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(length)\" height=\"16\" fill=\"\(colour)\"")
            attribute("data-figure", "certificates/counts/\(entry.status.rawValue)")
            attribute("data-value", String(entry.count))
            raw("><title>")
            text("\(entry.status.rawValue): \(entry.count)")
            raw("</title></rect>\n<text x=\"\(labelWidth + length + 4)\" y=\"\(y + 13)\">\(entry.count)</text>\n")
        }
        raw("</svg>\n")
    }
}
