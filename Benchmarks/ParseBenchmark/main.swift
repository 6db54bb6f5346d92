// Parsing benchmark for DossierSyntax (a benchmark, not a test).
//
//     swift run -c release ParseBenchmark [--files N] [--runs N] [--seed N] [--only TEXT] [--repeats N]
//     swift run -c release ParseBenchmark --write-corpus DIR [--files N] [--seed N]
//
// Generates, in memory and deterministically, a corpus of realistic dossiers
// (10–20 KB each, Chinese names, addresses, scopes and long nonconformity
// descriptions; every fifth file JSON, the rest YAML), then parses all of it on
// one thread and prints the median over the runs of MB/s (10^6 bytes) and
// files/s, separately for YAML and JSON, with Foundation's JSONSerialization on
// the JSON files for comparison. Parse failures are counted and reported, never
// fatal. `--only TEXT` runs only the measurements whose name contains TEXT
// (e.g. `--only json`, `--only yamlparser`). `--write-corpus DIR` writes the
// files (dossier-0001.yaml, ...) and exits.

import DossierSyntax
import Foundation

// MARK: - Options

struct Options {
    var files = 400
    var runs = 5
    var seed: UInt64 = 20_261_124
    var corpusDirectory: String?
    /// Only the measurements whose name contains this text (case-insensitive).
    var only: String?
    /// Passes over the files per run; by default enough for a run to last about 0.2 s.
    var repeats: Int?

    static func parse(_ arguments: [String]) -> Options {
        var options = Options()
        var index = 0
        func value(_ name: String) -> String {
            index += 1
            guard index < arguments.count else {
                fail("\(name) needs a value")
            }
            return arguments[index]
        }
        func number(_ name: String) -> Int {
            let text = value(name)
            guard let number = Int(text), number > 0 else { fail("\(name) needs a positive number, not '\(text)'") }
            return number
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--files": options.files = number("--files")
            case "--runs": options.runs = number("--runs")
            case "--seed": options.seed = UInt64(number("--seed"))
            case "--write-corpus": options.corpusDirectory = value("--write-corpus")
            case "--only": options.only = value("--only").lowercased()
            case "--repeats": options.repeats = number("--repeats")
            case "-h", "--help":
                print(
                    """
                    usage: ParseBenchmark [--files N] [--runs N] [--seed N] [--only TEXT] [--repeats N]
                           ParseBenchmark --write-corpus DIR [--files N] [--seed N]
                    """)
                exit(0)
            default: fail("unknown argument '\(arguments[index])' (try --help)")
            }
            index += 1
        }
        return options
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("ParseBenchmark: \(message)\n".utf8))
    exit(2)
}

// MARK: - Deterministic generator

/// SplitMix64: small, fast and the same on every platform.
struct Generator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// A number in `range`.
    mutating func within(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// `count` distinct items, in their original order.
    mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
        var chosen = Set<Int>()
        while chosen.count < min(count, items.count) { chosen.insert(below(items.count)) }
        return chosen.sorted().map { items[$0] }
    }
}

// MARK: - Document model, written as YAML or JSON

indirect enum Value {
    /// Text; YAML writes it plain when that is safe, else double-quoted.
    case text(String)
    /// Text that YAML must quote (codes such as "04.02", "01").
    case quoted(String)
    /// Text written single-quoted in YAML.
    case singleQuoted(String)
    /// A value followed by a `# comment` on its line (YAML only).
    case commented(Value, String)
    /// Multi-line text: a YAML `|` block scalar, a JSON string with `\n` escapes.
    case block(String)
    case number(String)
    case bool(Bool)
    case null
    case list([Value], flow: Bool)
    /// Entries whose key starts with `#` are comment lines (YAML only).
    case map([(String, Value)], flow: Bool)
}

func map(_ entries: [(String, Value)]) -> Value { .map(entries, flow: false) }
func flowMap(_ entries: [(String, Value)]) -> Value { .map(entries, flow: true) }
func list(_ items: [Value]) -> Value { .list(items, flow: false) }
func flowList(_ items: [Value]) -> Value { .list(items, flow: true) }
func texts(_ items: [String]) -> Value { .list(items.map { .text($0) }, flow: true) }
func codes(_ items: [String]) -> Value { .list(items.map { .quoted($0) }, flow: true) }
func comment(_ text: String) -> (String, Value) { ("# " + text, .null) }

enum YAMLWriter {
    static func write(_ value: Value) -> String {
        var out = ""
        if case .map(let entries, _) = value { writeMap(entries, indent: 0, into: &out) }
        return out
    }

    static let indicators: Set<Character> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", " ",
    ]

    static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        if indicators.contains(first) || last == " " || last == ":" { return false }
        if text.contains(": ") || text.contains(" #") || text.contains("\n") || text.contains("\"") { return false }
        if inFlow && text.contains(where: { ",[]{}".contains($0) }) { return false }
        return true
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func scalar(_ value: Value, inFlow: Bool) -> String {
        switch value {
        case .text(let text): return isPlainSafe(text, inFlow: inFlow) ? text : quoted(text)
        case .quoted(let text): return quoted(text)
        case .singleQuoted(let text): return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        case .commented(let value, _): return scalar(value, inFlow: inFlow)
        case .block(let text): return quoted(text)
        case .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .list(let items, _): return "[" + items.map { scalar($0, inFlow: true) }.joined(separator: ", ") + "]"
        case .map(let entries, _):
            return "{" + entries.map { "\($0.0): \(scalar($0.1, inFlow: true))" }.joined(separator: ", ") + "}"
        }
    }

    static func writeMap(_ entries: [(String, Value)], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for (key, value) in entries {
            if key.hasPrefix("#") {
                out += pad + key + "\n"
                continue
            }
            out += pad + key + ":"
            writeValue(value, indent: indent, into: &out)
        }
    }

    /// Writes what follows `key:` or `-`.
    static func writeValue(_ value: Value, indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .commented(let inner, let note):
            out += " " + scalar(inner, inFlow: false) + "  # " + note + "\n"
        case .block(let text):
            out += " |\n"
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                out += pad + "  " + line + "\n"
            }
        case .list(let items, let flow):
            if flow || items.isEmpty {
                out += " " + scalar(value, inFlow: true) + "\n"
                return
            }
            out += "\n"
            for item in items {
                switch item {
                case .map(let entries, false) where !entries.isEmpty:
                    var nested = ""
                    writeMap(entries, indent: indent + 4, into: &nested)
                    out += pad + "  - " + nested.dropFirst(indent + 4)
                case .list(_, false):
                    out += pad + "  -"
                    writeValue(item, indent: indent + 2, into: &out)
                default:
                    out += pad + "  - " + scalar(item, inFlow: false) + "\n"
                }
            }
        case .map(let entries, let flow):
            if flow || entries.isEmpty {
                out += " " + scalar(value, inFlow: true) + "\n"
                return
            }
            out += "\n"
            writeMap(entries, indent: indent + 2, into: &out)
        default:
            out += " " + scalar(value, inFlow: false) + "\n"
        }
    }
}

enum JSONWriter {
    static func write(_ value: Value) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        return out + "\n"
    }

    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func inline(_ value: Value) -> String {
        var out = ""
        write(value, indent: -1, into: &out)
        return out
    }

    /// `indent` < 0 writes on one line.
    static func write(_ value: Value, indent: Int, into out: inout String) {
        switch value {
        case .text(let text), .quoted(let text), .singleQuoted(let text), .block(let text): out += string(text)
        case .commented(let inner, _): write(inner, indent: indent, into: &out)
        case .number(let text): out += text
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .list(let items, let flow):
            if items.isEmpty {
                out += "[]"
            } else if flow || indent < 0 {
                out += "[" + items.map(inline).joined(separator: ", ") + "]"
            } else {
                let pad = String(repeating: " ", count: indent + 2)
                out += "[\n"
                for (position, item) in items.enumerated() {
                    out += pad
                    write(item, indent: indent + 2, into: &out)
                    out += position == items.count - 1 ? "\n" : ",\n"
                }
                out += String(repeating: " ", count: indent) + "]"
            }
        case .map(let all, let flow):
            let entries = all.filter { !$0.0.hasPrefix("#") }
            if entries.isEmpty {
                out += "{}"
            } else if flow || indent < 0 {
                out += "{" + entries.map { string($0.0) + ": " + inline($0.1) }.joined(separator: ", ") + "}"
            } else {
                let pad = String(repeating: " ", count: indent + 2)
                out += "{\n"
                for (position, entry) in entries.enumerated() {
                    out += pad + string(entry.0) + ": "
                    write(entry.1, indent: indent + 2, into: &out)
                    out += position == entries.count - 1 ? "\n" : ",\n"
                }
                out += String(repeating: " ", count: indent) + "}"
            }
        }
    }
}

// MARK: - Realistic dossier content

enum Words {
    static let cities = ["北京", "上海", "深圳", "广州", "杭州", "成都", "武汉", "南京", "西安", "苏州", "天津", "重庆", "长沙", "合肥"]
    static let districts = ["海淀", "朝阳", "浦东新", "南山", "天河", "西湖", "高新", "江宁", "雁塔", "工业园", "滨海新", "渝北", "岳麓", "蜀山"]
    static let roads = ["中关村", "科技园", "创新", "软件园", "学院", "金融", "东方", "星火", "长江", "黄河", "文一西", "天府"]
    static let brands = ["华信", "数智", "云海", "鼎盛", "恒通", "中科", "泰和", "星辰", "博远", "汇联", "鸿图", "致远", "启明", "睿达"]
    static let trades = ["信息技术", "软件", "数据服务", "网络科技", "系统集成", "云计算", "智能科技", "信息系统工程"]
    static let suffixes = ["有限公司", "股份有限公司", "有限责任公司"]
    static let surnames = [
        "张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
    ]
    static let givenNames = [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "建国", "志强",
        "晓燕",
    ]
    static let titles = ["总经理", "董事长", "首席信息官", "运维总监", "副总经理"]
    static let services = [
        "信息系统硬件和软件运行维护服务", "数据中心基础设施运行维护服务", "云平台运营及技术支持服务", "应用软件开发与运维服务",
        "网络安全运营服务", "桌面运维及IT服务台服务", "数据库运维服务", "信息系统集成及运维服务",
    ]
    static let customers = ["金融行业", "政府机关", "医疗卫生机构", "制造企业", "教育机构", "能源企业", "交通运输企业"]
    static let processes = [
        "事件管理", "问题管理", "变更管理", "发布和部署管理", "服务级别管理", "容量管理", "信息安全管理", "供应商管理",
        "配置管理", "服务连续性和可用性管理", "业务关系管理", "服务报告",
    ]
    static let documents = ["服务目录", "服务级别协议", "变更记录", "事件处理单", "容量计划", "供方评价表", "内审检查表", "管理评审报告", "培训记录", "配置项清单"]
    static let roles = ["运维工程师", "服务台主管", "变更经理", "配置管理员", "质量负责人", "信息安全专员"]
    static let clauses = [
        "4.4", "5.1", "6.1", "7.2", "7.5.3", "8.2.3", "8.3.3", "8.4.1", "8.5.1.3", "8.6.1", "8.7.1", "9.2", "9.3",
        "10.2",
    ]
    static let scopeCodes = [
        "01.01", "01.02", "02.01", "02.02", "03.01", "04.01", "04.02", "04.03", "05.01", "05.02", "06.01", "06.03",
    ]
    static let shiftNames = ["白班", "夜班", "中班", "周末值守"]
    static let coverage = [
        "conformity_evidence", "performance_monitoring", "legal_compliance_performance", "operational_control",
        "internal_audit_and_management_review", "management_responsibility", "complaints_handling", "changes",
        "certificate_use", "corrective_actions_review",
    ]
    static let reportItems = [
        "body_name", "client_name_address_representative", "audit_type", "combined_audit", "criteria",
        "objectives_and_achievement", "scope_and_time", "deviations_from_plan", "programme_issues", "team_members",
        "dates_and_places", "findings_and_conclusions", "significant_changes", "certificate_and_mark_control",
        "previous_corrective_actions", "unresolved_issues", "sampling_disclaimer", "recommendation",
    ]
    static let recordKinds = [
        "application_form", "application_review", "contract", "audit_programme", "audit_time_rationale", "audit_plan",
        "meeting_attendance", "onsite_records", "nonconformity_reports", "audit_report", "decision_record",
    ]
}

struct DossierFactory {
    var rng: Generator

    mutating func person() -> String { rng.pick(Words.surnames) + rng.pick(Words.givenNames) }

    mutating func address() -> String {
        let city = rng.pick(Words.cities)
        return "\(city)市\(rng.pick(Words.districts))区\(rng.pick(Words.roads))路 \(rng.within(1...999)) 号"
            + (rng.chance(60) ? "\(rng.pick(["A", "B", "C", "D"]))座 \(rng.within(2...28)) 层" : "")
    }

    mutating func company() -> String {
        rng.pick(Words.cities) + rng.pick(Words.brands) + rng.pick(Words.trades) + rng.pick(Words.suffixes)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// A day as `YYYY-MM-DD`, counted in days from 2024-01-01 on a simple 28-day-month calendar.
    static func date(_ day: Int) -> Value {
        let year = 2024 + day / 336
        let month = day % 336 / 28 + 1
        return .text("\(year)-\(pad(month, 2))-\(pad(day % 28 + 1, 2))")
    }

    mutating func sentence() -> String {
        switch rng.below(6) {
        case 0:
            return
                "抽查\(rng.pick(Words.processes))过程的\(rng.pick(Words.documents))时发现，\(rng.within(1...12)) 月份共有 \(rng.within(2...30)) 份记录未按程序要求填写审批意见"
        case 1: return "经访谈\(rng.pick(Words.roles))\(person())，其不能清楚说明\(rng.pick(Words.processes))的职责分工及升级路径"
        case 2: return "组织未能提供\(rng.pick(Words.documents))的评审证据，无法证实\(rng.pick(Words.processes))的输出已得到评价"
        case 3:
            return
                "现场查看\(rng.pick(Words.cities))机房，发现\(rng.pick(Words.documents))中的配置项与实际设备不一致，涉及服务器 \(rng.within(2...15)) 台"
        case 4: return "不符合 ISO/IEC 20000-1:2018 标准第 \(rng.pick(Words.clauses)) 条“\(rng.pick(Words.processes))”的要求"
        default: return "该问题反映出组织在\(rng.pick(Words.processes))方面的监视和测量尚不充分，可能影响对\(rng.pick(Words.customers))客户的服务级别承诺"
        }
    }

    mutating func paragraph(_ sentences: ClosedRange<Int>) -> String {
        (0..<rng.within(sentences)).map { _ in sentence() }.joined(separator: "；") + "。"
    }

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

struct CorpusFile {
    var name: String
    var isJSON: Bool
    var bytes: [UInt8]
    var data: Data
}

func makeCorpus(files: Int, seed: UInt64) -> [CorpusFile] {
    var master = Generator(state: seed)
    return (0..<files).map { index in
        let isJSON = index % 5 == 4
        var factory = DossierFactory(rng: Generator(state: master.next()))
        let target = 10_000 + factory.rng.below(10_000)
        let document = factory.dossier(index: index, json: isJSON, target: target)
        let text = isJSON ? JSONWriter.write(document) : YAMLWriter.write(document)
        let bytes = Array(text.utf8)
        return CorpusFile(
            name: "dossier-\(DossierFactory.pad(index + 1, 4)).\(isJSON ? "json" : "yaml")", isJSON: isJSON,
            bytes: bytes, data: Data(bytes))
    }
}

// MARK: - Measuring

/// Keeps results alive so the optimizer cannot drop the parsing.
nonisolated(unsafe) var sink = 0

struct Measurement {
    var name: String
    var files: Int
    var bytes: Int
    var secondsPerPass: Double
    var failures: Int
    var firstFailure: String?
}

func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
}

/// Runs `pass` (one pass over all files, returning the failures and the first
/// failure message) `runs` times, each run repeating it `repeats` times or enough
/// to last about 0.2 s; returns the median seconds per pass.
func measure(
    _ name: String, files: [CorpusFile], runs: Int, repeats fixed: Int?, _ pass: ([CorpusFile]) -> (Int, String?)
) -> Measurement {
    let clock = ContinuousClock()
    var result: (Int, String?) = (0, nil)
    let warmup = clock.measure { result = pass(files) }
    let repeats = fixed ?? max(1, Int((0.2 / max(seconds(warmup), 1e-6)).rounded(.up)))
    var samples: [Double] = []
    for _ in 0..<runs {
        let elapsed = clock.measure {
            for _ in 0..<repeats { result = pass(files) }
        }
        samples.append(seconds(elapsed) / Double(repeats))
    }
    samples.sort()
    let median =
        samples.count % 2 == 1
        ? samples[samples.count / 2] : (samples[samples.count / 2 - 1] + samples[samples.count / 2]) / 2
    return Measurement(
        name: name, files: files.count, bytes: files.reduce(0) { $0 + $1.bytes.count }, secondsPerPass: median,
        failures: result.0, firstFailure: result.1)
}

func parserPass(_ parse: @escaping ([UInt8]) throws(ParseError) -> Node) -> ([CorpusFile]) -> (Int, String?) {
    { files in
        var failures = 0
        var first: String?
        for file in files {
            do throws(ParseError) {
                let root = try parse(file.bytes)
                sink &+= root.mapping?.count ?? 1
            } catch {
                failures += 1
                if first == nil { first = "\(file.name):\(error.location): \(error.message)" }
            }
        }
        return (failures, first)
    }
}

func documentPass(_ format: SourceFormat) -> ([CorpusFile]) -> (Int, String?) {
    { files in
        var failures = 0
        var first: String?
        for file in files {
            do throws(ParseError) {
                let document = try Document(path: file.name, data: file.bytes, format: format)
                sink &+= document.root.mapping?.count ?? 1
            } catch {
                failures += 1
                if first == nil { first = error.headline }
            }
        }
        return (failures, first)
    }
}

func foundationPass(_ files: [CorpusFile]) -> (Int, String?) {
    var failures = 0
    var first: String?
    for file in files {
        do {
            let object = try JSONSerialization.jsonObject(with: file.data)
            sink &+= (object as? [String: Any])?.count ?? 1
        } catch {
            failures += 1
            if first == nil { first = "\(file.name): \(error)" }
        }
    }
    return (failures, first)
}

func format(_ value: Double, _ decimals: Int) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = String(rounded)
    if let dot = text.firstIndex(of: ".") {
        let have = text.distance(from: dot, to: text.endIndex) - 1
        if have < decimals { text += String(repeating: "0", count: decimals - have) }
        if decimals == 0 { text = String(text[..<dot]) }
    }
    return text
}

func padded(_ text: String, _ width: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return right ? fill + text : text + fill
}

// MARK: - Main

let options = Options.parse(Array(CommandLine.arguments.dropFirst()))
let corpus = makeCorpus(files: options.files, seed: options.seed)
let yamlFiles = corpus.filter { !$0.isJSON }
let jsonFiles = corpus.filter(\.isJSON)

func describeSizes(_ files: [CorpusFile]) -> String {
    guard !files.isEmpty else { return "none" }
    let sizes = files.map(\.bytes.count)
    let total = sizes.reduce(0, +)
    return
        "\(files.count) files, \(format(Double(total) / 1e6, 2)) MB, \(format(Double(sizes.min()!) / 1024, 1))–\(format(Double(sizes.max()!) / 1024, 1)) KiB (mean \(format(Double(total) / Double(files.count) / 1024, 1)) KiB)"
}

if let directory = options.corpusDirectory {
    let url = URL(fileURLWithPath: directory, isDirectory: true)
    do {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for file in corpus { try file.data.write(to: url.appendingPathComponent(file.name)) }
    } catch {
        fail("cannot write the corpus to \(directory): \(error)")
    }
    print("wrote \(corpus.count) dossiers to \(directory) (seed \(options.seed))")
    print("  YAML: \(describeSizes(yamlFiles))")
    print("  JSON: \(describeSizes(jsonFiles))")
    exit(0)
}

#if DEBUG
    print("warning: a debug build; use `swift run -c release ParseBenchmark` for meaningful numbers")
#endif
print("corpus: \(corpus.count) generated dossiers (seed \(options.seed)), every fifth in JSON")
print("  YAML: \(describeSizes(yamlFiles))")
print("  JSON: \(describeSizes(jsonFiles))")
print("median of \(options.runs) runs, one thread; MB = 10^6 bytes")

let benchmarks: [(String, [CorpusFile], ([CorpusFile]) -> (Int, String?))] = [
    ("YAMLParser.parse", yamlFiles, parserPass { bytes throws(ParseError) in try YAMLParser.parse(bytes) }),
    ("Document (UTF-8 check + YAML)", yamlFiles, documentPass(.yaml)),
    ("JSONParser.parse", jsonFiles, parserPass { bytes throws(ParseError) in try JSONParser.parse(bytes) }),
    ("Document (UTF-8 check + JSON)", jsonFiles, documentPass(.json)),
    ("Foundation JSONSerialization", jsonFiles, foundationPass),
]

for (name, files, pass) in benchmarks {
    if let only = options.only, !name.lowercased().contains(only) { continue }
    guard !files.isEmpty else { continue }
    let m = measure(name, files: files, runs: options.runs, repeats: options.repeats, pass)
    let megabytes = Double(m.bytes) / 1e6 / m.secondsPerPass
    let filesPerSecond = Double(m.files) / m.secondsPerPass
    var line =
        "  " + padded(m.name, 31) + padded(format(megabytes, 1), 8, right: true) + " MB/s"
        + padded(format(filesPerSecond, 0), 9, right: true) + " files/s"
    if m.failures > 0 {
        line += "   (\(m.failures) of \(m.files) failed; first: \(m.firstFailure ?? "?"))"
    }
    print(line)
}
if sink == 42 { print("") }  // keep the results observable
