import DossierSyntax

/// One file's unsuppressed findings as the audit keeps them until its reports are
/// written: in memory, or written out to a `FindingSpool` and read back each time
/// they are asked for. The audit of a repository keeps only the counts in memory, so
/// that its peak does not grow with the number of findings.
public struct HeldFindings: Sendable {
    private enum Storage: Sendable {
        case memory([Finding])
        case spooled(FindingSpool, Spool.Place)
    }

    private let storage: Storage
    /// How many findings are held.
    public let count: Int

    /// Findings held in memory.
    public init(_ findings: [Finding]) {
        storage = .memory(findings.exactlySized)
        count = findings.count
    }

    /// Findings written to `spool`.
    init(_ findings: [Finding], in spool: FindingSpool) {
        storage = findings.isEmpty ? .memory([]) : .spooled(spool, spool.hold(findings))
        count = findings.count
    }

    /// The findings, in order (read back from the spool when spooled; empty when that
    /// fails, which the spool's `failure` then says).
    public var findings: [Finding] {
        switch storage {
        case .memory(let findings): return findings
        case .spooled(let spool, let place): return spool.read(place, count: count)
        }
    }
}

/// The findings of an audit's files, held in a `Spool` (memory up to a few megabytes,
/// then an unlinked temporary file) and read back by the reports, one file at a time.
final class FindingSpool: @unchecked Sendable {
    private let lock = Lock()
    private let spool: Spool
    private var readFailure: String?

    /// A spool keeping up to `memoryLimit` bytes of findings in memory, the rest on disk.
    init(memoryLimit: Int = Spool.defaultMemoryLimit) { spool = Spool(memoryLimit: memoryLimit) }

    /// Why held findings could not be read back, if they could not: the reports are then
    /// incomplete and must not replace the old ones.
    var failure: String? {
        lock.lock()
        defer { lock.unlock() }
        return readFailure
    }

    /// Writes `findings` out and says where.
    func hold(_ findings: [Finding]) -> Spool.Place {
        let text = FindingArchive.encode(findings)
        lock.lock()
        defer { lock.unlock() }
        return spool.append(text)
    }

    /// The `count` findings held at `place`; empty, with `failure` set, when they cannot be read.
    func read(_ place: Spool.Place, count: Int) -> [Finding] {
        let text: String
        switch spool.read(place) {
        case .success(let read): text = read
        case .failure(let reason):
            record("the findings held in a temporary file could not be read back: \(reason)")
            return []
        }
        guard let findings = FindingArchive.decode(text), findings.count == count else {
            record("the findings held in a temporary file came back damaged")
            return []
        }
        return findings
    }

    private func record(_ failure: String) {
        lock.lock()
        if readFailure == nil { readFailure = failure }
        lock.unlock()
    }
}

/// Findings written as text and read back: every field of each finding, in the framing
/// of `ArchiveWriter` (strings length-prefixed, positions as `line,column,`), an absent
/// suppression as `-`.
enum FindingArchive {
    static func encode(_ findings: [Finding]) -> String {
        var writer = ArchiveWriter()
        for finding in findings {
            for value in [
                finding.rule, finding.clause, finding.pack, finding.severity.rawValue, finding.kind.rawValue,
                finding.message.zh, finding.message.en, finding.file, finding.pointer,
            ] {
                writer.text(value)
            }
            writer.location(finding.location)
            writer.location(finding.endLocation)
            if let suppression = finding.suppression {
                writer.text(suppression)
            } else {
                writer.byte(UInt8(ascii: "-"))
            }
        }
        return writer.text
    }

    /// The findings of an archive text; `nil` when it is not one.
    static func decode(_ archive: String) -> [Finding]? {
        var archive = archive
        return archive.withUTF8 { bytes -> [Finding]? in
            var reader = ArchiveReader(bytes)
            var findings: [Finding] = []
            while !reader.atEnd {
                guard let rule = reader.text(), let clause = reader.text(), let pack = reader.text(),
                    let severity = reader.text().flatMap(Severity.init(rawValue:)),
                    let kind = reader.text().flatMap(FindingKind.init(rawValue:)), let zh = reader.text(),
                    let en = reader.text(), let file = reader.text(), let pointer = reader.text(),
                    let location = reader.location(), let end = reader.location()
                else { return nil }
                var suppression: String?
                if !reader.skip(UInt8(ascii: "-")) {
                    guard let reason = reader.text() else { return nil }
                    suppression = reason
                }
                findings.append(
                    Finding(
                        rule: rule, clause: clause, pack: pack, severity: severity, kind: kind,
                        message: Message(zh: zh, en: en), file: file, location: location, endLocation: end,
                        pointer: pointer, suppression: suppression))
            }
            return findings
        }
    }
}
