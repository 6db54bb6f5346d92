extension DossierFactory {
    static func dateText(_ day: Int) -> String {
        if case .text(let text) = date(day) { return text }
        return ""
    }

    /// One dossier of about `target` bytes in the chosen syntax.
    mutating func dossier(index: Int, json: Bool, target: Int) -> Value {
        let clientName = company()
        let clientAddress = address()
        let service = rng.pick(Words.services)
        let scope = "为\(rng.pick(Words.customers))客户提供\(service)，范围覆盖位于\(clientAddress)的总部及\(rng.within(1...3))个分支机构"
        let scopeCodes = rng.sample(Words.scopeCodes, rng.within(1...3))
        let siteIDs = (1...rng.within(1...4)).map { "S\($0)" }
        let shifts = rng.sample(Words.shiftNames, rng.within(1...3))
        let people = (1...rng.within(4...8)).map { "P\(Self.pad($0, 3))" }
        let start = rng.within(0...300)

        var names: [String: String] = [:]
        for id in people { names[id] = person() }
        let personnel: [Value] = people.enumerated().map { position, id in
            flowMap([
                ("id", .text(id)), ("name", .text(names[id]!)),
                ("registration_number", .text("2026-N1ITSMS-\(1_000_000 + rng.below(999_999))")),
                (
                    "qualification",
                    .text(position == 0 ? "lead_auditor" : rng.pick(["auditor", "technical_expert", "trainee"]))
                ),
                ("full_time", .bool(rng.chance(80))),
                ("domain_codes", codes(rng.sample(scopeCodes, rng.within(0...scopeCodes.count)))),
                ("located_in_china", .bool(true)),
            ])
        }
        let effective = rng.within(20...900)
        let top: [(String, Value)] = [
            comment("认证档案 \(clientName)"),
            comment("由审核管理系统导出，请勿手工修改证书编号"),
            ("schema", .text("itsms-dossier/1")),
            ("scheme", .commented(.text("cnca-itsms-2026"), "规则包")),
            ("profile", .text("icas")),
            ("dossier_id", .text("ICAS-2026-\(Self.pad(index + 1, 4))")),
            ("as_of", .commented(Self.date(start + 700), "评价基准日")),
            (
                "certification_body",
                map([
                    ("name", .text(rng.pick(Words.cities) + rng.pick(Words.brands) + "认证有限公司")),
                    ("address", .text(address())),
                    (
                        "approval_number",
                        .text("CNCA-R-20\(Self.pad(rng.within(2...24), 2))-\(Self.pad(rng.within(1...999), 3))")
                    ),
                    ("accredited", .bool(true)),
                    ("accreditation_body_code", .quoted("01")),
                    ("certificate_query", .singleQuoted("https://cert.example.cn/query")),
                ])
            ),
            (
                "client",
                map([
                    ("name", .text(clientName)),
                    ("address", .text(clientAddress)),
                    (
                        "unified_social_credit_code",
                        .text(
                            "91\(Self.pad(rng.below(1_000_000), 6))MA\(rng.pick(["1K4B2C3D", "5F8G9H0J", "7L2M3N4P"]))")
                    ),
                    (
                        "legal_status",
                        flowMap([
                            ("document", .text("营业执照")), ("valid_until", .text("2040-12-31")),
                            ("status", .text("valid")),
                        ])
                    ),
                    (
                        "licenses",
                        list([
                            flowMap([
                                ("name", .text("增值电信业务经营许可证")), ("required", .bool(rng.chance(50))),
                                ("valid_until", Self.date(start + 1500)),
                            ])
                        ])
                    ),
                    ("itsms_operating_since", Self.date(start)),
                    ("internal_audit_done_on", Self.date(start + 60)),
                    ("management_review_done_on", Self.date(start + 80)),
                    ("ordered_to_suspend_business", .bool(false)),
                    ("on_serious_dishonesty_list", .bool(false)),
                    ("top_management", flowMap([("name", .text(person())), ("title", .text(rng.pick(Words.titles)))])),
                    (
                        "personnel",
                        flowMap([
                            ("full_time", .number(String(effective - 10))), ("part_time_fte", .number("6")),
                            ("temporary_fte", .number("4")), ("subcontractor_fte", .number("0")),
                            ("effective", .number(String(effective))),
                        ])
                    ),
                    (
                        "shifts",
                        list(
                            shifts.map {
                                flowMap([("name", .text($0)), ("staff", .number(String(rng.within(5...300))))])
                            })
                    ),
                    (
                        "sites",
                        list(
                            siteIDs.map { id in
                                map([
                                    ("id", .text(id)),
                                    ("name", .text(id == "S1" ? "总部" : "\(rng.pick(Words.cities))分公司")),
                                    ("address", .text(address())),
                                    ("kind", .text(id == "S1" ? "central" : "permanent")),
                                ])
                            })
                    ),
                    ("outsourced_processes", list([.text("机房物理安保"), .text("\(rng.pick(Words.cities))异地灾备中心托管")])),
                    ("technical_services", flowList([])),
                ])
            ),
            (
                "application",
                map([
                    ("date", Self.date(start + 100)),
                    ("standard", .text("ISO/IEC 20000-1:2018")),
                    ("scope", .block(scope + "\n" + paragraph(1...2))),
                    ("scope_codes", codes(scopeCodes)),
                    ("personnel_in_scope", .number(String(effective))),
                    (
                        "documents",
                        list(
                            [
                                "application_form", "legal_status", "licenses", "organisation_chart",
                                "service_processes_and_shifts", "operation_evidence",
                            ].map { .text($0) })
                    ),
                ])
            ),
            (
                "application_review",
                map([
                    ("date", Self.date(start + 103)), ("accepted", .bool(true)), ("reviewer", .text(people.last!)),
                    ("notified_on", Self.date(start + 106)),
                ])
            ),
            (
                "contract",
                map([
                    ("signed_on", Self.date(start + 110)),
                    ("fees", .text("人民币 \(rng.within(3...20))0000 元")),
                    ("payment_terms", .text("合同签订后 15 日内支付 50%，证书颁发前支付其余部分")),
                    ("breach_terms", .text("任一方违约应承担相应违约责任")),
                    ("responsibilities", .text("双方责任见合同第 \(rng.within(3...9)) 条")),
                    ("paid_directly_to_body", .bool(true)),
                ])
            ),
            ("personnel", list(personnel)),
            (
                "programme",
                map([
                    ("cycle", .text("initial")),
                    ("certificate_number", .quoted("12326IT\(Self.pad(rng.below(100_000), 5))R001")),
                    (
                        "planned",
                        list(
                            ["stage1", "stage2", "surveillance_1", "surveillance_2", "recertification"].enumerated().map
                            { position, audit in
                                flowMap([("audit", .text(audit)), ("due", Self.date(start + 130 + position * 336))])
                            })
                    ),
                ])
            ),
        ]

        let tail: [(String, Value)] = [
            (
                "decisions",
                list([
                    map([
                        ("id", .text("D1")), ("kind", .text("grant")), ("date", Self.date(start + 200)),
                        ("decided_by", texts([people.last!])), ("audits", texts(["A1", "A2"])),
                    ])
                ])
            ),
            (
                "certificates",
                list([
                    map([
                        ("number", .quoted("12326IT\(Self.pad(rng.below(100_000), 5))R001")),
                        ("issued_on", Self.date(start + 207)), ("expires_on", Self.date(start + 207 + 3 * 336 - 1)),
                        ("decision", .text("D1")), ("scope", .text(scope)), ("sites", texts(siteIDs)),
                        ("standard", .text("ISO/IEC 20000-1:2018")), ("language", .text("zh")),
                        (
                            "content",
                            map(
                                [
                                    "client_name_code_addresses", "scope", "standard", "dates_and_surveillance_notice",
                                    "number", "body_name_address", "marks", "query_route",
                                ].map { ($0, .bool(true)) })
                        ),
                        ("sub_certificates", flowList([])),
                        ("reported_to_cnca_on", Self.date(start + 220)),
                    ])
                ])
            ),
            ("certificate_events", flowList([])),
            (
                "complaints",
                rng.chance(30)
                    ? list([
                        map([
                            ("kind", .text("complaint")), ("received_on", Self.date(start + 400)),
                            ("handled_by", texts([people[1]])), ("result_notified_on", Self.date(start + 420)),
                            ("summary", .text(paragraph(1...2))),
                        ])
                    ]) : flowList([])
            ),
            (
                "records",
                map(
                    Words.recordKinds.map { kind in
                        (
                            kind,
                            flowMap([
                                ("present", .bool(true)), ("signed", .bool(true)),
                                ("format", .text(rng.chance(90) ? "pdf" : "ofd")),
                                ("language", .text("zh")), ("kept_until", Self.date(start + 1500)),
                            ])
                        )
                    })
            ),
        ]

        // Add audits until the file reaches its target size.
        // Add audits until the file reaches its target size; drop the last one
        // again if it took the file past 20 KB.
        var audits: [Value] = []
        var day = start + 140
        var document = map([])
        var previous: (document: Value, size: Int)?
        while true {
            let number = audits.count
            audits.append(
                audit(
                    number: number, day: day, people: people, names: names, sites: siteIDs, shifts: shifts, scope: scope
                ))
            day += number == 0 ? rng.within(20...40) : rng.within(150...330)
            document = map(top + [comment("审核记录（共 \(audits.count) 次）"), ("audits", list(audits))] + tail)
            let size = json ? JSONWriter.write(document).utf8.count : YAMLWriter.write(document).utf8.count
            if size > 20_000, let previous, previous.size >= 10_000 { return previous.document }
            if size >= target || audits.count >= 14 { break }
            previous = (document, size)
        }
        return document
    }
}
