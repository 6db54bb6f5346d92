import DossierSyntax
import Foundation

/// Keeps results alive so the optimizer cannot drop the parsing.
nonisolated(unsafe) var sink = 0

/// The result of one measurement: the median seconds per pass over the files.
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
