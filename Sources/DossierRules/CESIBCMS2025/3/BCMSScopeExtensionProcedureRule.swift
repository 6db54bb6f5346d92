import DossierLintKit

/// 3.6.4.2: a scope extension rests on the organisation's written application (a), reviewed by
/// CESI (b), and an audit of the extension (d: with a surveillance or a scope extension audit,
/// after the review and by the decision) unless it needed none; the certificate is then replaced.
struct BCMSScopeExtensionProcedureRule: Rule {
    static let identifier = "bcms-scope-extension-procedure"

    func check(_ context: RuleContext) {
        guard let auditTypes = context.requiredListParameter("audit_types") else { return }
        for decision in context.dossier["decisions"].elements where decision["kind"].string == "extend_scope" {
            let name = decision["id"].string ?? decision.path
            let application = decision["extension_application"]
            guard application.exists else {
                context.cannotVerify(
                    application,
                    Message(
                        zh: "扩大认证范围决定 \(name) 没有记录\(context.label("extension_application").zh)，无从核查其书面申请和评审",
                        en: "the extend_scope decision \(name) records no extension_application"))
                continue
            }
            if let written = context.optional(application["written"], { $0.bool }), !written {
                context.report(
                    application["written"],
                    Message(
                        zh: "扩大认证范围决定 \(name) 所依据的申请不是书面申请：获证组织需正式提交扩大认证范围的书面申请书和相关附件",
                        en: "the application behind the extend_scope decision \(name) was not in writing: the "
                            + "organisation submits a formal written application with its annexes"))
            }
            guard let received = context.date(application["received_on"]),
                let reviewed = context.date(application["reviewed_on"])
            else { continue }
            if reviewed < received {
                context.report(
                    application["reviewed_on"],
                    Message(
                        zh: "扩大认证范围决定 \(name) 的申请于 \(reviewed) 评审，早于收到申请的 \(received)",
                        en: "the extension application of decision \(name) was reviewed on \(reviewed), before it "
                            + "was received on \(received)"))
            }
            guard let decided = context.date(decision["date"]) else { continue }
            if decided < reviewed {
                context.report(
                    decision["date"],
                    Message(
                        zh: "扩大认证范围决定 \(name) 于 \(decided) 作出，早于对扩大申请的评审（\(reviewed)）",
                        en: "the extend_scope decision \(name) was made on \(decided), before the extension "
                            + "application was reviewed (\(reviewed))"))
            }
            if !application["no_onsite_audit_reason"].hasContent {
                checkAudit(
                    of: decision, name: name, reviewed: reviewed, decided: decided, types: auditTypes,
                    context: context)
            }
            checkCertificateReplaced(decision: decision, name: name, decided: decided, context: context)
        }
    }

    /// Reports the decision when none of its audits is of `types`, started on or after the
    /// review and ended by the decision.
    private func checkAudit(
        of decision: Field, name: String, reviewed: Day, decided: Day, types: [String], context: RuleContext
    ) {
        guard let identifiers = context.texts(decision["audits"]) else { return }
        var named: [String] = []
        for (index, identifier) in identifiers.enumerated() {
            guard let audit = context.dossier.audit(withId: identifier) else {
                context.cannotVerify(
                    decision["audits"][index],
                    Message(
                        zh: "扩大认证范围决定 \(name) 所依据的审核 \(identifier) 不在档案中",
                        en: "the audit \(identifier) of decision \(name) is not in audits"))
                return
            }
            guard let type = context.text(audit["type"]), let start = context.date(audit["dates"]["start"]),
                let end = context.date(audit["dates"]["end"])
            else { return }
            if types.contains(type), start >= reviewed, end <= decided { return }
            named.append("\(identifier)（\(context.label(type, of: "audit_type").zh)，\(start) 至 \(end)）")
        }
        let labels = types.map { context.label($0, of: "audit_type") }
        let kinds = Message(
            zh: labels.map(\.zh).joined(separator: "或"), en: labels.map(\.en).joined(separator: " or "))
        context.report(
            decision["audits"],
            Message(
                zh: "扩大认证范围决定 \(name) 没有依据在申请评审（\(reviewed)）之后、决定（\(decided)）之前实施的"
                    + "\(kinds.zh)（所列审核：\(named.isEmpty ? "无" : named.joined(separator: "；"))），"
                    + "也没有记录\(context.label("no_onsite_audit_reason").zh)",
                en: "the extend_scope decision \(name) rests on no \(kinds.en) carried out after the application was "
                    + "reviewed (\(reviewed)) and by the decision (\(decided)) (audits named: "
                    + "\(listText(identifiers))), and no no_onsite_audit_reason is recorded"))
    }

    /// Reports the decision when no certificate or re-issue names it once the decision day has passed, or
    /// a replacement dated before it.
    private func checkCertificateReplaced(decision: Field, name: String, decided: Day, context: RuleContext) {
        guard let identifier = decision["id"].string else {
            context.cannotVerify(
                decision["id"],
                Message(zh: "缺少\(context.name(decision["id"]).zh)，无从查找换发的证书", en: "\(decision["id"].path) is missing"))
            return
        }
        var replacements: [Field] = []
        for certificate in context.dossier["certificates"].elements {
            if certificate["decision"].string == identifier { replacements.append(certificate["issued_on"]) }
            for reissue in certificate["reissues"].elements where reissue["decision"].string == identifier {
                replacements.append(reissue["on"])
            }
        }
        guard !replacements.isEmpty else {
            guard context.judgingDay > decided else { return }
            context.report(
                decision["id"],
                Message(
                    zh: "扩大认证范围决定 \(name) 于 \(decided) 作出，截至 \(context.judgingDay) 没有依据该决定更换证书的记录"
                        + "（证书或证书换发的认证决定为 \(name)）：对认证合格者按初审程序更换证书",
                    en: "the extend_scope decision \(name) was made on \(decided), and as of \(context.judgingDay) no "
                        + "certificate or re-issue names it as its decision: the certificate is replaced as in an "
                        + "initial certification"))
            return
        }
        for field in replacements {
            guard let day = context.date(field), day < decided else { continue }
            context.report(
                field,
                Message(
                    zh: "依据扩大认证范围决定 \(name) 更换的证书日期为 \(day)，早于该决定（\(decided)）",
                    en: "the certificate replaced on decision \(name) is dated \(day), before the decision (\(decided))"
                ))
        }
    }
}
