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

import BenchmarkSupport
import DossierSyntax
import Foundation

var arguments = BenchmarkArguments(program: "ParseBenchmark")
let options = Options.parse(&arguments)
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
        arguments.fail("cannot write the corpus to \(directory): \(error)")
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
