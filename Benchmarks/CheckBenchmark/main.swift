// Measures the CPU time of a full check of one dossier after start-up:
// parsing, the dossier model and every rule of the pack, on one thread.
//
//   swift run -c release CheckBenchmark [FILE ...] [--runs N] [--repeats N]
//
// Without files it uses Samples/clean-initial.yaml and Samples/violations-*.yaml.
// Prints, per file, the median over N runs of the mean CPU time per check.
import BenchmarkSupport
import DossierLintKit
import DossierRules
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

#if os(Linux)
    let rusageSelf = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
    let rusageSelf = RUSAGE_SELF
#endif

func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(rusageSelf, &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
}

var files: [String] = []
var runs = 7
var repeats = 200
var arguments = BenchmarkArguments(program: "CheckBenchmark")
while let argument = arguments.next() {
    switch argument {
    case "--runs": runs = arguments.positiveNumber(after: argument)
    case "--repeats": repeats = arguments.positiveNumber(after: argument)
    default: files.append(argument)
    }
}
if files.isEmpty {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "Samples")) ?? []
    files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted().map { "Samples/" + $0 }
}

let startUp = cpuSeconds()
let linter: Linter
do {
    linter = try BuiltInRules.linter()
} catch {
    print("the rule packs do not load: \(error)")
    exit(2)
}
let rules = linter.packs.values.reduce(0) { $0 + $1.rules.count }
print(
    String(
        format: "start-up (load %d rules from the compiled-in packs): %.1f ms CPU", rules,
        (cpuSeconds() - startUp) * 1000))

let judgingDay = Day(year: 2026, month: 11, day: 24)!
let checker = FileChecker(linter: linter, asOf: judgingDay, today: judgingDay)
print("file                                     bytes  findings  CPU per check (median of \(runs) runs × \(repeats))")
for path in files {
    guard let data = FileManager.default.contents(atPath: path) else {
        print("\(path): cannot read")
        continue
    }
    let bytes = [UInt8](data)
    var findings = 0
    if case .checked(let report, _) = checker.check(path: path, data: bytes, requireSchema: false) {
        findings = report.findings.count
    }
    var samples: [Double] = []
    for _ in 0..<runs {
        let start = cpuSeconds()
        for _ in 0..<repeats {
            _ = checker.check(path: path, data: bytes, requireSchema: false)
        }
        samples.append((cpuSeconds() - start) / Double(repeats))
    }
    samples.sort()
    let median = samples[samples.count / 2]
    print(
        path.padding(toLength: 40, withPad: " ", startingAt: 0)
            + String(format: " %6d  %8d  %.3f ms", bytes.count, findings, median * 1000))
}
