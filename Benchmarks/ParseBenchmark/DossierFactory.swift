/// Builds realistic dossiers (names, addresses, scopes, audits, nonconformities) from a generator.
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
}
