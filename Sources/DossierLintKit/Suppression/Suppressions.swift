import DossierSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Suppressions written in a dossier, and their application to its findings.
///
/// Two forms, each with a required reason:
///
/// - YAML comments, `# dossierlint: DIRECTIVE RULE[, RULE…] -- REASON`
///   (`SuppressionComment`: `disable-next-line`, `disable-line`,
///   `disable` … `enable`, `disable-file`);
/// - in JSON (and YAML) dossiers, the field `dossierlint.suppressions`, a
///   list of `{rule: RULE or [RULE…], pointer: /json/pointer, reason: REASON}`;
///   `pointer` (optional: the whole dossier) covers that field and everything under it.
///
/// `RULE` is a rule identifier or a clause (which covers its sub-clauses), as
/// in the configuration (`RuleSelector`). A suppressed finding keeps its place
/// in the results with its reason (`Finding.suppression`): reporters list it
/// as suppressed and counts leave it out. A suppression without a reason,
/// with an unknown directive or rule, or malformed is itself an error finding
/// of rule `suppression`; one that matches no finding is a warning.
public enum Suppressions {
    /// The engine rule of findings about suppressions.
    public static let rule = "suppression"
    /// The top-level field of the data form.
    public static let field = "dossierlint"

    /// One suppression: a selector, its reason and what it covers.
    struct Entry {
        enum Scope {
            case lines(ClosedRange<Int>)
            case pointer(String)
        }

        var selector: String
        var reason: String
        var scope: Scope
        /// Where it is written (for the "unused" warning).
        var location: SourceLocation
        var pointer: String
        var used = false

        func covers(_ finding: Finding) -> Bool {
            guard RuleSelector.matches(selector, rule: finding.rule, clause: finding.clause) else { return false }
            switch scope {
            case .lines(let lines): return lines.contains(finding.location.line)
            case .pointer(let pointer):
                return pointer.isEmpty || finding.pointer == pointer || finding.pointer.hasPrefix(pointer + "/")
            }
        }
    }

    /// Marks the findings the dossier suppresses and adds findings about the suppressions themselves.
    /// `rules` are the known rules, to check the selectors against.
    public static func apply(
        to findings: [Finding], in dossier: Dossier, rules knownRules: @autoclosure () -> [RuleDescription]
    ) -> [Finding] {
        let scanComments = dossier.document.format == .yaml && mayHoldDirective(dossier.document.source.bytes)
        guard scanComments || dossier.root[field].node != nil else { return findings }
        let rules = knownRules()
        var problems: [Finding] = []
        var entries: [Entry] = []
        func problem(_ message: Message, at location: SourceLocation, pointer: String, severity: Severity = .error) {
            problems.append(
                Finding(
                    rule: rule, clause: "", pack: "", severity: severity, kind: .violation, message: message,
                    file: dossier.path, location: location, pointer: pointer))
        }
        func checkSelector(_ selector: String, at location: SourceLocation, pointer: String) -> Bool {
            if RuleSelector.selectsAny(selector, of: rules) { return true }
            problem(
                Message(
                    zh: "抑制注释中的规则或条款 '\(selector)' 不存在（`dossierlint rules` 列出全部规则）",
                    en: "unknown rule or clause '\(selector)' in a suppression (`dossierlint rules` lists every rule)"),
                at: location, pointer: pointer)
            return false
        }

        if scanComments {
            for comment in SuppressionScanner.comments(in: dossier.document.source.bytes) {
                let location = comment.location
                guard let directive = comment.directive else {
                    let known = SuppressionComment.Directive.allCases.map(\.rawValue).joined(separator: ", ")
                    problem(
                        Message(
                            zh: "未知的 dossierlint 指令 '\(comment.directiveText)'；可用：\(known)",
                            en: "unknown dossierlint directive '\(comment.directiveText)'; known: \(known)"),
                        at: location, pointer: "")
                    continue
                }
                if directive == .enable { continue }
                guard !comment.selectors.isEmpty else {
                    let name = directive.rawValue
                    problem(
                        Message(
                            zh: "\(name) 需要写明规则或条款，例如 `# dossierlint: \(name) stage-gap -- 原因`",
                            en: "\(name) needs a rule or clause, e.g. `# dossierlint: \(name) stage-gap -- reason`"),
                        at: location, pointer: "")
                    continue
                }
                guard let reason = comment.reason else {
                    problem(
                        Message(
                            zh: "抑制必须说明原因：在规则后写 ` -- 原因`",
                            en: "a suppression needs a reason: write ` -- REASON` after the rules"),
                        at: location, pointer: "")
                    continue
                }
                for selector in comment.selectors where checkSelector(selector, at: location, pointer: "") {
                    guard let lines = comment.lines[selector] else { continue }
                    entries.append(
                        Entry(selector: selector, reason: reason, scope: .lines(lines), location: location, pointer: "")
                    )
                }
            }
        }

        let settings = dossier.root[field]
        if settings.exists {
            if !settings.isMapping {
                problem(
                    Message(zh: "\(field) 应为映射", en: "\(field) should be a mapping"),
                    at: settings.location, pointer: settings.pointer)
            }
            for key in settings.keys where key != "suppressions" {
                problem(
                    Message(
                        zh: "\(field) 下未知的键 '\(key)'；可用的键：suppressions",
                        en: "unknown key '\(key)' under \(field); known keys: suppressions"),
                    at: settings.node?.entry(forKey: key)?.keyLocation ?? settings.location,
                    pointer: settings[key].pointer)
            }
            let list = settings["suppressions"]
            if list.exists && !list.isSequence {
                problem(
                    Message(zh: "\(field).suppressions 应为列表", en: "\(field).suppressions should be a list"),
                    at: list.location, pointer: list.pointer)
            }
            for item in list.elements {
                guard item.isMapping else {
                    problem(
                        Message(
                            zh: "每条抑制应为映射 {rule, pointer, reason}",
                            en: "each suppression should be a mapping {rule, pointer, reason}"),
                        at: item.location, pointer: item.pointer)
                    continue
                }
                var valid = true
                for key in item.keys where !["rule", "pointer", "reason"].contains(key) {
                    problem(
                        Message(
                            zh: "抑制中未知的键 '\(key)'；可用的键：rule、pointer、reason",
                            en: "unknown key '\(key)' in a suppression; known keys: rule, pointer, reason"),
                        at: item.node?.entry(forKey: key)?.keyLocation ?? item.location, pointer: item[key].pointer)
                    valid = false
                }
                let selectors = item["rule"].texts.value ?? item["rule"].text.value.map { [$0] } ?? []
                if selectors.isEmpty {
                    problem(
                        Message(zh: "抑制需要 rule（规则标识或条款）", en: "a suppression needs rule (a rule identifier or clause)"),
                        at: item["rule"].location, pointer: item["rule"].pointer)
                    valid = false
                }
                let reason = item["reason"].text.value?.trimmingWhiteSpace ?? ""
                if reason.isEmpty {
                    problem(
                        Message(zh: "抑制必须说明原因（reason）", en: "a suppression needs a reason"),
                        at: item["reason"].location, pointer: item["reason"].pointer)
                    valid = false
                }
                var pointer = ""
                if item["pointer"].exists {
                    if let text = item["pointer"].text.value, text.isEmpty || text.hasPrefix("/") {
                        pointer = text
                    } else {
                        problem(
                            Message(
                                zh: "pointer 应为以 / 开头的 JSON Pointer，例如 /audits/1/dates/start",
                                en: "pointer should be a JSON Pointer starting with /, e.g. /audits/1/dates/start"),
                            at: item["pointer"].location, pointer: item["pointer"].pointer)
                        valid = false
                    }
                }
                guard valid else { continue }
                for selector in selectors
                where checkSelector(selector, at: item["rule"].location, pointer: item["rule"].pointer) {
                    entries.append(
                        Entry(
                            selector: selector, reason: reason, scope: .pointer(pointer), location: item.location,
                            pointer: item.pointer))
                }
            }
        }

        guard !entries.isEmpty || !problems.isEmpty else { return findings }
        var result = findings
        for index in result.indices where result[index].kind != .parse && result[index].suppression == nil {
            if let match = entries.firstIndex(where: { $0.covers(result[index]) }) {
                result[index].suppression = entries[match].reason
                entries[match].used = true
            }
        }
        for entry in entries where !entry.used {
            problem(
                Message(
                    zh: "对 '\(entry.selector)' 的抑制没有匹配任何问题，可以删除",
                    en: "the suppression of '\(entry.selector)' matches no finding; remove it"),
                at: entry.location, pointer: entry.pointer, severity: .warning)
        }
        return result + problems
    }

    /// Whether some `#` is followed, after spaces and tabs, by `dossierlint:`: the bytes that
    /// start every directive (`SuppressionScanner`). Most files have none, and need no scan of
    /// their lines. `#` is rare in dossiers, so memchr finds the few there are.
    static func mayHoldDirective(_ bytes: [UInt8]) -> Bool {
        let marker = SuppressionScanner.markerBytes
        return bytes.withUnsafeBufferPointer { text in
            guard let base = text.baseAddress else { return false }
            var offset = 0
            while offset < text.count {
                guard let hit = memchr(base + offset, Int32(UInt8(ascii: "#")), text.count - offset) else {
                    return false
                }
                var first = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                while first < text.count && (text[first] == UInt8(ascii: " ") || text[first] == UInt8(ascii: "\t")) {
                    first += 1
                }
                if text.count - first >= marker.count && memcmp(base + first, marker, marker.count) == 0 { return true }
                offset = first
            }
            return false
        }
    }
}
