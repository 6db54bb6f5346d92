import DossierSyntax

/// JUnit XML for CI systems (Jenkins, GitLab, Bitbucket, Azure, CircleCI…).
///
/// ```xml
/// <?xml version="1.0" encoding="UTF-8"?>
/// <testsuites name="dossierlint" tests="3" failures="1" errors="0" skipped="1" time="0">
///   <testsuite name="dossiers/a.yaml" tests="3" failures="1" errors="0" skipped="1" time="0">
///     <testcase name="5.4.2.3 auditor-rotation" classname="cnca-itsms-2026.CN-0001"/>
///     <testcase name="5.6.1 stage-gap /audits/1/dates/start" classname="cnca-itsms-2026.CN-0001"
///               file="dossiers/a.yaml" line="12">
///       <failure message="…" type="error">…
/// dossiers/a.yaml:12:5</failure>
///     </testcase>
///     <testcase name="Annex B certificate-validity" classname="cnca-itsms-2026.CN-0001"
///               file="dossiers/a.yaml" line="30">
///       <skipped message="/certificate/expires is missing"/>
///     </testcase>
///   </testsuite>
/// </testsuites>
/// ```
///
/// - One `<testsuite>` per file, named by its path; `<testsuites>` and every
///   `<testsuite>` carry `tests`, `failures`, `errors`, `skipped` (each equal to
///   the number of such elements below it) and `time="0"` (no timing: output is
///   deterministic).
/// - Per rule outcome, in rule order:
///   - every unsuppressed violation at or above `failOn` gets its own
///     `<testcase>` named `CLAUSE RULE-ID POINTER` with `file` and `line`
///     attributes and one `<failure message="…" type="SEVERITY">` whose text is
///     the message then `path:line:col`;
///   - otherwise, when the rule could not verify, one `<testcase>` named
///     `CLAUSE RULE-ID` with `<skipped message="REASON"/>`;
///   - otherwise one passing `<testcase>` named `CLAUSE RULE-ID`. A rule whose
///     violations were all suppressed or below the threshold passes, and its
///     findings are listed in the test case's `<system-out>`.
/// - Findings of no rule outcome come first: parse failures (rule `parse`)
///   become a `<testcase>` with an `<error type="parse">` (not a `<failure>`:
///   the file was not checked at all), *whatever* `failOn` says, since an
///   unreadable file always fails the run (exit status 2); violations at or
///   above `failOn` a `<failure>`; cannot-verify findings of the engine (an
///   unknown scheme or profile) a `<skipped>`.
/// - Names are unique within a suite: repeats get ` #2`, ` #3`… in finding
///   order. `classname` is the pack and the dossier id joined with a dot, or
///   the pack and the file path when the dossier has no id (empty parts left out).
/// - Markup in text and attributes is escaped; characters XML 1.0 forbids
///   (C0 controls other than tab, line feed and carriage return; U+FFFE,
///   U+FFFF) become U+FFFD; tab, line feed and carriage return in attributes
///   and carriage return in text are written as character references so that
///   readers get them back unchanged.
///
/// Cannot-verify findings are reported as `<skipped>`, not `<failure>`, even
/// when their severity reaches `failOn` (and so makes the exit status 1).
///
/// Schema: three attributes the command-line contract asks for are not declared
/// by Jenkins' `junit-10.xsd` (`skipped` on `<testsuites>`, `file` and `line`
/// on `<testcase>`), so strict validators reject them; without those three the
/// output validates against it (checked by the tests).
public enum JUnitReporter: Reporter {
    /// `junit`.
    public static let name = "junit"

    /// A suite per file as each file comes; the root with the run's totals before them.
    public static func writer(header: ReportHeader, options: ReportOptions) -> any ReportWriter {
        Writer(failOn: header.failOn, options: options, contractAttributes: options.junitLocations)
    }

    /// Renders a complete report; with `contractAttributes` false, leaves out the three
    /// attributes the contract asks for but `junit-10.xsd` does not declare
    /// (`skipped` on `<testsuites>`, `file` and `line` on `<testcase>`), giving
    /// output that validates against that schema.
    static func render(_ report: CheckReport, options: ReportOptions, contractAttributes: Bool) -> String {
        var options = options
        options.junitLocations = contractAttributes
        return render(report, options: options)
    }

    private struct Writer: ReportWriter {
        var failOn: FailThreshold
        var options: ReportOptions
        var contractAttributes: Bool
        var total = Counts()
        var suites = 0
        /// The passed rules' names, made once for every file.
        let outcomeNames = OutcomeNames()

        mutating func part(for file: FileReport) -> String {
            String(decoding: partBytes(for: file), as: UTF8.self)
        }

        mutating func partBytes(for file: FileReport) -> [UInt8] {
            // UTF-8 bytes, not a `String`: a file has some 150 test cases, and appending to a
            // `String` costs several times more per piece. The cases are written as they come,
            // and the suite's counts put before them.
            var cases: [UInt8] = []
            var counts = Counts()
            // Each classname attribute (` classname="…"`) made and escaped once per file (a file has
            // one or two), found again by comparing with the last one, not by a hash per test case.
            // Each classname's attribute, and the same closing the test case (`/>` and the line
            // break): a passed rule's case, most of a file's, ends in one piece.
            var classnames: [(name: String, escaped: [UInt8], closing: [UInt8])] = []
            let locations = contractAttributes
            JUnitReporter.forEachCase(of: file, failOn: failOn, options: options, outcomeNames: outcomeNames) {
                name, prepared, classname, path, line, outcome in
                counts.add(outcome)
                let escaped: (attribute: [UInt8], closing: [UInt8])
                if let last = classnames.last, last.name == classname {
                    escaped = (last.escaped, last.closing)
                } else if let known = classnames.first(where: { $0.name == classname }) {
                    escaped = (known.escaped, known.closing)
                } else {
                    var bytes = Array("\" classname=\"".utf8)
                    Escaping.appendXML(classname, inAttribute: true, to: &bytes)
                    bytes.append(UInt8(ascii: "\""))
                    let closing = bytes + Array("/>\n".utf8)
                    classnames.append((classname, bytes, closing))
                    escaped = (bytes, closing)
                }
                JUnitReporter.write(
                    name: name, prepared: prepared, classnameAttribute: escaped.attribute,
                    classnameClosing: escaped.closing, file: locations ? path : nil, line: locations ? line : nil,
                    outcome: outcome, into: &cases)
            }
            total.add(counts)
            suites += 1
            var output: [UInt8] = []
            output.reserveCapacity(cases.count + 200)
            output.append(contentsOf: "  <testsuite name=\"".utf8)
            Escaping.appendXML(file.path, inAttribute: true, to: &output)
            output.append(UInt8(ascii: "\""))
            output.append(contentsOf: counts.attributes().utf8)
            output.append(contentsOf: " time=\"0\"".utf8)
            if counts.tests == 0 {
                output.append(contentsOf: "/>\n".utf8)
                return output
            }
            output.append(contentsOf: ">\n".utf8)
            output.append(contentsOf: cases)
            output.append(contentsOf: "  </testsuite>\n".utf8)
            return output
        }

        func finish(_ summary: ReportSummary) -> (head: String, tail: String) {
            var head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            head.append(
                "<testsuites name=\"dossierlint\"" + total.attributes(skipped: contractAttributes) + " time=\"0\"")
            if suites == 0 { return (head + "/>\n", "") }
            return (head + ">\n", "</testsuites>\n")
        }
    }

    // MARK: - Model

    /// What a test case holds.
    enum Outcome: Equatable {
        case passed(systemOut: String?)
        case failure(message: String, type: String, text: String)
        case error(message: String, type: String, text: String)
        case skipped(message: String)
    }

    /// One `<testcase>`.
    struct TestCase: Equatable {
        var name: String
        var classname: String
        var file: String?
        var line: Int?
        var outcome: Outcome
    }

    /// One `<testsuite>`.
    struct Suite: Equatable {
        var name: String
        var cases: [TestCase]
    }

    /// The suite of `file` with its test cases kept, for the tests to look at (the writer writes
    /// each case as it comes, through `forEachCase`).
    static func suite(for file: FileReport, failOn: FailThreshold, options: ReportOptions) -> Suite {
        var cases: [TestCase] = []
        cases.reserveCapacity(file.outcomes.count + file.findings.count)
        forEachCase(of: file, failOn: failOn, options: options, outcomeNames: OutcomeNames()) {
            name, _, classname, path, line, outcome in
            cases.append(
                TestCase(
                    name: String(decoding: name, as: UTF8.self), classname: classname, file: path, line: line,
                    outcome: outcome))
        }
        return Suite(name: file.path, cases: cases)
    }

    /// Hands `body` the test cases of `file` in order: the name (UTF-8, valid until `body`
    /// returns), the prepared name when the name is that one as it was made (with its opening
    /// tag written already), classname, file, line and outcome of each. The writer writes them
    /// as they come; `suite(for:)` keeps them.
    private static func forEachCase(
        of file: FileReport, failOn: FailThreshold, options: ReportOptions, outcomeNames: OutcomeNames,
        _ body: (
            _ name: UnsafeBufferPointer<UInt8>, _ prepared: PreparedName?, _ classname: String, _ file: String?,
            _ line: Int?, Outcome
        ) -> Void
    ) {
        let language = options.language
        let state = CaseNaming(capacity: file.outcomes.count + file.findings.count)
        let outcomeNames = outcomeNames.table(for: file.scheme)

        // A file has one or two packs and some 150 test cases: each pack's classname is made
        // once, and found again by a comparison with the last pack, not a hash.
        func classname(pack: String) -> String {
            if let known = state.classnames.last, known.pack == pack { return known.name }
            if let known = state.classnames.first(where: { $0.pack == pack }) { return known.name }
            let name = [pack, file.dossierId ?? file.path].filter { !$0.isEmpty }.joined(separator: ".")
            state.classnames.append((pack, name))
            return name
        }
        func located(_ finding: Finding) -> String {
            "\(finding.file):\(finding.location.line):\(finding.location.column)"
        }
        func findingCase(_ finding: Finding, _ outcome: Outcome) {
            let classname = classname(pack: finding.pack)
            state.names.claim(finding.clause, finding.rule, finding.pointer) { name in
                body(name, nil, classname, finding.file, finding.location.line, outcome)
            }
        }
        func failureCase(_ finding: Finding) {
            let message = finding.message.text(in: language)
            findingCase(
                finding,
                .failure(message: message, type: finding.severity.rawValue, text: message + "\n" + located(finding)))
        }
        func isReportedViolation(_ finding: Finding) -> Bool {
            finding.kind == .violation && finding.suppression == nil && failOn.fails(finding.severity)
        }

        // The findings by rule, in finding order. A file has some 150 outcomes and a few rules
        // with findings: each outcome is matched against those few by comparing names, not by
        // hashing every outcome.
        var findingRules: [(key: RuleKey, isASCII: Bool, findings: [Finding], hasOutcome: Bool)] = []
        for finding in file.findings {
            let key = RuleKey(rule: finding.rule, pack: finding.pack)
            if let index = findingRules.firstIndex(where: { $0.key == key }) {
                findingRules[index].findings.append(finding)
            } else {
                let isASCII = key.rule.isASCII && key.pack.isASCII
                findingRules.append((key, isASCII, [finding], false))
            }
        }
        var outcomeFindings: [Int?] = []  // for each outcome, its entry of findingRules
        outcomeFindings.reserveCapacity(file.outcomes.count)
        // The outcomes are read where they are, field by field: a copy of one counts references on
        // its rule's strings, which the threads checking the next files count too (one cache line
        // written by both cores).
        if findingRules.isEmpty {
            outcomeFindings = Array(repeating: nil, count: file.outcomes.count)
        } else {
            file.outcomes.withUnsafeBufferPointer { outcomes in
                for position in outcomes.indices {
                    let index = findingRules.firstIndex {
                        outcomes[position].isOutcome(ofRule: $0.key.rule, pack: $0.key.pack, isASCII: $0.isASCII)
                    }
                    if let index { findingRules[index].hasOutcome = true }
                    outcomeFindings.append(index)
                }
            }
        }
        for finding in file.findings {
            guard
                !(findingRules.first { $0.key.rule == finding.rule && $0.key.pack == finding.pack }?.hasOutcome
                    ?? false)
            else { continue }
            switch finding.kind {
            case .parse:
                guard finding.suppression == nil else { continue }
                let message = finding.message.text(in: language)
                findingCase(finding, .error(message: message, type: "parse", text: message + "\n" + located(finding)))
            case .violation:
                if isReportedViolation(finding) { failureCase(finding) }
            case .cannotVerify:
                guard finding.suppression == nil else { continue }
                findingCase(finding, .skipped(message: finding.message.text(in: language)))
            }
        }

        file.outcomes.withUnsafeBufferPointer { outcomes in
            /// The passed rule's test case of the outcome at `position`, under its prepared name.
            func passedCase(at position: Int, classname: String, _ outcome: Outcome) {
                let name = outcomeNames.name(at: position, of: outcomes.baseAddress! + position)
                state.names.claim(name) { bytes, isPrepared in
                    body(bytes, isPrepared ? name : nil, classname, nil, nil, outcome)
                }
            }
            for position in outcomes.indices {
                if outcomeFindings[position] == nil, case .passed = outcomes[position].status {
                    // Most outcomes: a rule that passed with no finding at all.
                    passedCase(
                        at: position, classname: classname(pack: outcomes[position].pack), .passed(systemOut: nil))
                    continue
                }
                let findings = outcomeFindings[position].map { findingRules[$0].findings } ?? []
                let reported = findings.filter(isReportedViolation)
                if !reported.isEmpty {
                    // A loop, not `forEach(failureCase)`: a local function passed as a value may
                    // escape, and the variables it captures are then checked for exclusive access
                    // at run time on every use (some 90 instructions, a dozen uses a test case).
                    for finding in reported { failureCase(finding) }
                    continue
                }
                let classname = classname(pack: outcomes[position].pack)
                if case .couldNotVerify(let reason) = outcomes[position].status {
                    let first = findings.first { $0.kind == .cannotVerify }
                    state.names.claim(outcomes[position].clause, outcomes[position].rule) { name in
                        body(
                            name, nil, classname, first?.file, first?.location.line,
                            .skipped(message: reason.text(in: language)))
                    }
                    continue
                }
                let unreported = findings.filter { $0.kind == .violation }.map { finding -> String in
                    let line = TextReporter.line(for: finding, options: ReportOptions(language: language))
                    if let reason = finding.suppression { return line + " (suppressed: " + reason + ")" }
                    return line + " (below --fail-on " + failOn.rawValue + ")"
                }
                passedCase(
                    at: position, classname: classname,
                    .passed(systemOut: unreported.isEmpty ? nil : unreported.joined(separator: "\n")))
            }
        }
    }

    /// A test case's name made before it is claimed: its bytes, their hash and whether they are
    /// ASCII, and the test case's opening tag with the name as an attribute, escaped once for
    /// every file that names a case so. A class: handed to every passed case by one reference
    /// count, not one for each of its arrays.
    private final class PreparedName {
        let bytes: [UInt8]
        let hash: UInt64
        let isASCII: Bool
        /// `    <testcase name="…` (see `appendOpening`).
        let opening: [UInt8]

        /// The non-empty `parts` joined by spaces.
        init(joining parts: String...) {
            var bytes: [UInt8] = []
            for part in parts { UniqueNames.append(part, to: &bytes) }
            self.bytes = bytes
            hash = bytes.withUnsafeBufferPointer { $0.wordHash }
            isASCII = bytes.withUnsafeBufferPointer { $0.isASCII }
            var opening: [UInt8] = []
            bytes.withUnsafeBufferPointer { JUnitReporter.appendOpening(name: $0, to: &opening) }
            self.opening = opening
        }
    }

    /// A file's test case names claimed so far and its classnames, kept in a class the local
    /// functions of `forEachCase` capture: a variable they capture would be checked for
    /// exclusive access at run time on every use (some 90 instructions, twice a test case).
    /// One file's cases are made by one thread, one at a time.
    private final class CaseNaming {
        @exclusivity(unchecked) var names: UniqueNames
        @exclusivity(unchecked) var classnames: [(pack: String, name: String)] = []

        init(capacity: Int) { names = UniqueNames(capacity: capacity) }
    }

    /// The names of the passed rules' test cases, by the file's scheme, then by the outcome's
    /// position in its file: files of one scheme list the same rules in the same order, so each
    /// name is made once for all of them, not once per file, also when files of several schemes
    /// come in turn. An entry is used only for the same clause and rule.
    private final class OutcomeNames {
        /// Used by one writer, one file at a time (see `Table`).
        @exclusivity(unchecked) private var tables: [String: Table] = [:]
        @exclusivity(unchecked) private var last: (scheme: String?, table: Table)?

        /// The names of the outcomes of files of `scheme`.
        func table(for scheme: String?) -> Table {
            if let last, last.scheme == scheme { return last.table }
            let key = scheme ?? ""
            let table = tables[key] ?? Table()
            tables[key] = table
            last = (scheme, table)
            return table
        }

        /// The names of the outcomes of one scheme's files, by position.
        final class Table {
            /// The name made for the outcomes at one position.
            private struct Entry {
                let name: PreparedName
                /// The identities of the names objects found to name the same rule: the first
                /// outcome's, and those of other linters' outcomes (each worker of a scan has a
                /// linter of its own), at most `Table.identitiesKept`.
                var identities: [ObjectIdentifier]
                /// The objects of `identities`, kept alive so that no other object takes an
                /// identity; the first is the one the name was made from.
                var kept: [RuleNames]
            }

            /// Used by one writer, one file at a time: the run-time check of exclusive access on
            /// each use (some 90 instructions, once per test case) is left out.
            @exclusivity(unchecked) private var entries: [Entry] = []
            /// The most names objects an entry is found by without comparing texts.
            static let identitiesKept = 8

            /// The name of the outcome at `position`, `outcome`: the one made before for the same
            /// names (found by the identity of the outcome's names object, without counting a
            /// reference to it: the object is the checking thread's; else by the same clause and
            /// rule), else one made now.
            func name(at position: Int, of outcome: UnsafePointer<RuleOutcome>) -> PreparedName {
                if position < entries.count {
                    if entries[position].identities.contains(outcome.pointee.ruleNamesIdentity) {
                        return entries[position].name
                    }
                    let names = outcome.pointee.ruleNames
                    let known = entries[position].kept[0]
                    if known.rule == names.rule && known.clause == names.clause {
                        if entries[position].identities.count < Table.identitiesKept {
                            entries[position].identities.append(ObjectIdentifier(names))
                            entries[position].kept.append(names)
                        }
                        return entries[position].name
                    }
                }
                let names = outcome.pointee.ruleNames
                let entry = Entry(
                    name: PreparedName(joining: names.clause, names.rule), identities: [ObjectIdentifier(names)],
                    kept: [names])
                if position < entries.count {
                    entries[position] = entry
                } else if position == entries.count {
                    entries.append(entry)
                }
                return entry.name
            }
        }
    }

    /// A rule in a pack.
    private struct RuleKey: Hashable {
        var rule: String
        var pack: String
    }

    /// Hands out test case names unique within one suite.
    private struct UniqueNames {
        /// The names claimed while every name was ASCII, byte for byte in one buffer, found by
        /// a hash of their bytes: two ASCII texts are the same text exactly when they are the
        /// same bytes.
        private var ascii = ASCIINames()
        /// Every name claimed, once one is not ASCII: a `Set<String>`, where names that are the
        /// same text in Unicode's sense (`==`) are the same name, whatever their bytes.
        private var unicode: Set<String>? = nil
        /// The name being made.
        private var scratch: [UInt8] = []

        init(capacity: Int) {
            ascii = ASCIINames(capacity: capacity)
            scratch.reserveCapacity(128)
        }

        /// The non-empty parts joined by spaces, made unique with ` #2`, ` #3` …, handed to
        /// `body` as UTF-8.
        mutating func claim(
            _ first: String, _ second: String, _ third: String = "", _ body: (UnsafeBufferPointer<UInt8>) -> Void
        ) {
            // Joined as bytes: appending to a `String` costs some 300 instructions a piece.
            scratch.removeAll(keepingCapacity: true)
            UniqueNames.append(first, to: &scratch)
            UniqueNames.append(second, to: &scratch)
            UniqueNames.append(third, to: &scratch)
            claimScratch(body)
        }

        /// Claims a name made before: at once when it is ASCII and new, as any other name if not.
        /// `body` is told whether the name it gets is the prepared one as it is.
        mutating func claim(_ name: PreparedName, _ body: (UnsafeBufferPointer<UInt8>, _ isPrepared: Bool) -> Void) {
            if unicode == nil && name.isASCII && ascii.insert(name.bytes, hash: name.hash) {
                name.bytes.withUnsafeBufferPointer { body($0, true) }
                return
            }
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: name.bytes)
            claimScratch { body($0, false) }
        }

        /// Appends `part`, after a space unless `name` is empty; nothing when `part` is empty.
        static func append(_ part: String, to name: inout [UInt8]) {
            guard !part.isEmpty else { return }
            if !name.isEmpty { name.append(UInt8(ascii: " ")) }
            if part.utf8.withContiguousStorageIfAvailable({ name.append(contentsOf: $0) }) == nil {
                name.append(contentsOf: part.utf8)
            }
        }

        /// Claims the name in `scratch`, numbered when taken.
        private mutating func claimScratch(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            let allASCII = scratch.withUnsafeBufferPointer { $0.isASCII }
            if unicode == nil && allASCII {
                let baseCount = scratch.count
                var number = 1
                while !ascii.insert(scratch) {
                    number += 1
                    scratch.removeSubrange(baseCount...)
                    scratch.append(contentsOf: " #\(number)".utf8)
                }
                scratch.withUnsafeBufferPointer(body)
                return
            }
            if unicode == nil { unicode = ascii.all }
            let base = String(decoding: scratch, as: UTF8.self)
            var candidate = base
            var number = 1
            while !unicode!.insert(candidate).inserted {
                number += 1
                candidate = base + " #\(number)"
            }
            candidate.withUTF8(body)
        }
    }

    /// A set of byte strings, kept in one buffer and found by their hash (`wordHash`) in an
    /// open-addressed table.
    private struct ASCIINames {
        private var bytes: [UInt8] = []
        private var spans: [(start: Int, count: Int, hash: UInt64)] = []
        /// Positions in `spans`, plus one; 0 is an empty slot. A power of two, at most half full.
        private var slots: [Int32]

        init(capacity: Int = 8) {
            var size = 16
            while size < capacity * 2 { size *= 2 }
            slots = [Int32](repeating: 0, count: size)
            spans.reserveCapacity(capacity)
            bytes.reserveCapacity(capacity * 40)
        }

        /// The names, as texts.
        var all: Set<String> {
            Set(spans.map { String(decoding: bytes[$0.start..<$0.start + $0.count], as: UTF8.self) })
        }

        /// Adds `name`; `false` when it was there already.
        mutating func insert(_ name: [UInt8]) -> Bool {
            insert(name, hash: name.withUnsafeBufferPointer { $0.wordHash })
        }

        /// Adds `name`, whose `hash` (`wordHash`) is known; `false` when it was there already.
        mutating func insert(_ name: [UInt8], hash: UInt64) -> Bool {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                let span = spans[Int(slots[slot]) - 1]
                if span.hash == hash && span.count == name.count
                    && bytes[span.start..<span.start + span.count].elementsEqual(name)
                {
                    return false
                }
                slot = (slot + 1) & mask
            }
            spans.append((bytes.count, name.count, hash))
            bytes.append(contentsOf: name)
            slots[slot] = Int32(spans.count)
            if spans.count * 2 > slots.count { grow() }
            return true
        }

        private mutating func grow() {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            let mask = slots.count - 1
            for (position, span) in spans.enumerated() {
                var slot = Int(truncatingIfNeeded: span.hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(position + 1)
            }
        }
    }

    // MARK: - Writing

    /// The counts of test cases by outcome.
    private struct Counts {
        var tests = 0
        var failures = 0
        var errors = 0
        var skipped = 0

        /// Counts one test case.
        mutating func add(_ outcome: Outcome) {
            tests += 1
            switch outcome {
            case .passed: break
            case .failure: failures += 1
            case .error: errors += 1
            case .skipped: skipped += 1
            }
        }

        /// Adds the counts of other cases.
        mutating func add(_ other: Counts) {
            tests += other.tests
            failures += other.failures
            errors += other.errors
            skipped += other.skipped
        }

        func attributes(skipped includeSkipped: Bool = true) -> String {
            let counts = " tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\""
            return includeSkipped ? counts + " skipped=\"\(skipped)\"" : counts
        }
    }

    /// Appends a test case's opening tag up to its name, escaped as an attribute:
    /// `    <testcase name="…` (the classname attribute closes the quote).
    private static func appendOpening(name: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        let tag: StaticString = "    <testcase name=\""
        tag.withUTF8Buffer { output.append(contentsOf: $0) }
        Escaping.appendXML(bytes: name, inAttribute: true, to: &output)
    }

    /// Writes a test case whose classname attribute is made and escaped already (from the quote
    /// closing the name through the one closing the classname; `classnameClosing`, the same with
    /// the case's closing `/>` and line break); `file` and `line` when given.
    private static func write(
        name: UnsafeBufferPointer<UInt8>, prepared: PreparedName?, classnameAttribute: [UInt8],
        classnameClosing: [UInt8], file: String?, line: Int?, outcome: Outcome, into output: inout [UInt8]
    ) {
        func literal(_ text: StaticString) { text.withUTF8Buffer { output.append(contentsOf: $0) } }
        func attribute(_ text: String) { Escaping.appendXML(text, inAttribute: true, to: &output) }
        func characters(_ text: String) { Escaping.appendXML(text, inAttribute: false, to: &output) }
        /// `<failure>` or `<error>`: its message and type as attributes, its body as text.
        func element(_ name: StaticString, message: String, type: String, body: String) {
            literal(">\n      <")
            literal(name)
            literal(" message=\"")
            attribute(message)
            literal("\" type=\"")
            attribute(type)
            literal("\">")
            characters(body)
            literal("</")
            literal(name)
            literal(">\n")
        }
        if let prepared {
            output.append(contentsOf: prepared.opening)
        } else {
            appendOpening(name: name, to: &output)
        }
        if case .passed(nil) = outcome, file == nil, line == nil {
            output.append(contentsOf: classnameClosing)
            return
        }
        output.append(contentsOf: classnameAttribute)
        if let file {
            literal(" file=\"")
            attribute(file)
            literal("\"")
        }
        if let line {
            literal(" line=\"")
            output.append(contentsOf: String(line).utf8)
            literal("\"")
        }
        switch outcome {
        case .passed(nil):
            literal("/>\n")
            return
        case .passed(let systemOut?):
            literal(">\n      <system-out>")
            characters(systemOut)
            literal("</system-out>\n")
        case .failure(let message, let type, let body):
            element("failure", message: message, type: type, body: body)
        case .error(let message, let type, let body):
            element("error", message: message, type: type, body: body)
        case .skipped(let message):
            literal(">\n      <skipped message=\"")
            attribute(message)
            literal("\"/>\n")
        }
        literal("    </testcase>\n")
    }
}
