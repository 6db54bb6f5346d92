extension DossierFactory {
    mutating func nonconformity(_ id: String, day: Int) -> Value {
        var entries: [(String, Value)] = [
            ("id", .text(id)),
            ("grade", .text(rng.chance(20) ? "major" : "minor")),
            ("requirement", .text("ISO/IEC 20000-1:2018 \(rng.pick(Words.clauses))")),
            ("raised_on", Self.date(day)),
            (
                "description",
                rng.chance(50) ? .block(paragraph(2...3) + "\n" + paragraph(1...2)) : .text(paragraph(2...4))
            ),
            ("cause_analysis", .text(paragraph(1...2))),
            (
                "corrective_action",
                .text(
                    "修订\(rng.pick(Words.processes))程序及\(rng.pick(Words.documents))模板，组织相关人员培训并抽查 \(rng.within(2...6)) 个月的记录"
                )
            ),
        ]
        if rng.chance(70) {
            entries.append(("verified_on", Self.date(day + rng.within(10...40))))
            entries.append(("verified_effective", .bool(rng.chance(90))))
        } else {
            entries.append(("plan_only", .bool(true)))
        }
        return map(entries)
    }

    mutating func audit(
        number: Int, day: Int, people: [String], names: [String: String], sites: [String], shifts: [String],
        scope: String
    ) -> Value {
        let types = ["stage1", "stage2", "surveillance", "surveillance", "recertification", "scope_extension"]
        let type = number < types.count ? types[number] : "surveillance"
        let length = rng.within(1...4)
        let leader = people[0]
        let team = [leader] + rng.sample(Array(people.dropFirst()), rng.within(1...3))
        var entries: [(String, Value)] = [
            ("id", .text("A\(number + 1)")),
            ("type", .text(type)),
            ("dates", flowMap([("start", Self.date(day)), ("end", Self.date(day + length - 1))])),
            ("onsite", .bool(true)),
            ("sites", texts(rng.sample(sites, rng.within(1...sites.count)))),
            ("shifts_audited", texts(rng.sample(shifts, rng.within(1...shifts.count)))),
        ]
        if rng.chance(40) {
            entries.append(("shifts_not_audited_reason", .text("夜班仅执行监控值守，流程与白班相同，已通过\(rng.pick(Words.documents))抽查")))
        }
        let days = rng.within(2...12)
        if type == "stage1" {
            entries.append(
                ("time", flowMap([("days", .number(String(days))), ("onsite_days", .number(String(days)))])))
        } else {
            entries.append(
                (
                    "time",
                    map([
                        ("days", .number(String(days))),
                        ("onsite_days", .number(rng.chance(30) ? "\(days - 1).5" : String(days - 1))),
                        ("effective_personnel", .number(String(rng.within(20...900)))),
                        ("annex_b_days", .number(String(days + rng.within(0...3)))),
                        ("reduction_days", .number(String(rng.within(0...2)))),
                        ("determined_days", .number(String(days))),
                        ("determined_onsite_days", .number(String(days - 1))),
                        ("record", .text("有效人数按附录 B 折算，\(paragraph(1...1))")),
                    ])
                ))
        }
        entries.append(comment("审核组：组长 \(leader)"))
        entries.append(
            (
                "team",
                list(
                    team.enumerated().map { position, person in
                        flowMap([
                            ("person", .text(person)),
                            (
                                "role",
                                .text(
                                    position == 0
                                        ? "leader" : rng.pick(["auditor", "domain_auditor", "technical_expert"]))
                            ),
                            ("days", .number(String(rng.within(1...length)))),
                        ])
                    })
            ))
        entries.append(
            (
                "plan",
                map([
                    ("issued_on", Self.date(day - 14)),
                    ("confirmed_by_client_on", Self.date(day - 12)),
                    ("reported_to_cnca_on", Self.date(day - 8)),
                    ("objectives", .text(type == "stage1" ? "确定是否具备第二阶段审核条件" : "评价管理体系的实施情况和有效性")),
                    (
                        "criteria",
                        rng.chance(50)
                            ? .singleQuoted("ISO/IEC 20000-1:2018、CNCA-ITSMS-01:2026")
                            : .text("ISO/IEC 20000-1:2018、CNCA-ITSMS-01:2026")
                    ),
                    ("scope", .text(scope)),
                    ("schedule", .text("\(Self.dateText(day)) 09:00 至 \(Self.dateText(day + length - 1)) 17:00")),
                    ("sites", texts(sites)),
                    (
                        "team_tasks",
                        .text(
                            team.map { "\(names[$0] ?? $0)：\(rng.pick(Words.processes))、\(rng.pick(Words.processes))" }
                                .joined(separator: "；"))
                    ),
                ])
            ))
        let meeting: (Int) -> Value = { meetingDay in
            flowMap([
                ("date", Self.date(meetingDay)), ("top_management_present", .bool(true)),
                ("attendance_sheet", .bool(true)), ("photos_or_media", .bool(true)),
            ])
        }
        entries.append(("meetings", map([("opening", meeting(day)), ("closing", meeting(day + length - 1))])))
        entries.append(
            (
                "top_management_interview",
                map([
                    ("done", .bool(true)), ("method", .text("face_to_face")), ("evidence", texts(["访谈记录", "现场照片"])),
                    ("familiar_with_policy_and_objectives", .bool(true)), ("drives_itsms", .bool(true)),
                ])
            ))
        entries.append(("coverage", list(rng.sample(Words.coverage, rng.within(4...8)).map { .text($0) })))
        entries.append(("records_language", .text("zh")))
        let ncCount = type == "stage1" ? 0 : rng.within(0...4)
        entries.append(
            (
                "nonconformities",
                list((0..<ncCount).map { nonconformity("NC\(number + 1)-\($0 + 1)", day: day + length - 1) })
            ))
        entries.append(
            (
                "report",
                map([
                    ("issued_on", Self.date(day + length + 3)),
                    ("leader", .text(leader)),
                    (
                        "items",
                        map(Words.reportItems.map { ($0, rng.chance(85) ? .bool(true) : .text("not_applicable")) })
                    ),
                ])
            ))
        return map(entries)
    }
}
