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
    init(memoryLimit: Int = 4 << 20) { spool = Spool(memoryLimit: memoryLimit) }

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

/// Findings written as text and read back: every field of each finding, strings as
/// `length:` and their UTF-8 bytes, positions as `line,column,` (the framing of
/// `NodeArchive`), an absent suppression as `-`.
enum FindingArchive {
    static func encode(_ findings: [Finding]) -> String {
        var bytes: [UInt8] = []
        func text(_ value: String) {
            bytes.append(contentsOf: String(value.utf8.count).utf8)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(contentsOf: value.utf8)
        }
        func position(_ location: SourceLocation) {
            bytes.append(contentsOf: String(location.line).utf8)
            bytes.append(UInt8(ascii: ","))
            bytes.append(contentsOf: String(location.column).utf8)
            bytes.append(UInt8(ascii: ","))
        }
        for finding in findings {
            for value in [
                finding.rule, finding.clause, finding.pack, finding.severity.rawValue, finding.kind.rawValue,
                finding.message.zh, finding.message.en, finding.file, finding.pointer,
            ] {
                text(value)
            }
            position(finding.location)
            position(finding.endLocation)
            if let suppression = finding.suppression { text(suppression) } else { bytes.append(UInt8(ascii: "-")) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The findings of an archive text; `nil` when it is not one.
    static func decode(_ archive: String) -> [Finding]? {
        var archive = archive
        return archive.withUTF8 { bytes -> [Finding]? in
            var offset = 0
            func number(until terminator: UInt8) -> Int? {
                var value = 0
                var digits = 0
                while offset < bytes.count, bytes[offset] &- UInt8(ascii: "0") < 10, digits < 18 {
                    value = value * 10 + Int(bytes[offset] &- UInt8(ascii: "0"))
                    digits += 1
                    offset += 1
                }
                guard digits > 0, offset < bytes.count, bytes[offset] == terminator else { return nil }
                offset += 1
                return value
            }
            func text() -> String? {
                guard let length = number(until: UInt8(ascii: ":")), length <= bytes.count - offset else { return nil }
                defer { offset += length }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
            }
            func position() -> SourceLocation? {
                guard let line = number(until: UInt8(ascii: ",")), let column = number(until: UInt8(ascii: ",")) else {
                    return nil
                }
                return SourceLocation(line: line, column: column)
            }
            var findings: [Finding] = []
            while offset < bytes.count {
                guard let rule = text(), let clause = text(), let pack = text(),
                    let severity = text().flatMap(Severity.init(rawValue:)),
                    let kind = text().flatMap(FindingKind.init(rawValue:)), let zh = text(), let en = text(),
                    let file = text(), let pointer = text(), let location = position(), let end = position(),
                    offset < bytes.count
                else { return nil }
                var suppression: String?
                if bytes[offset] == UInt8(ascii: "-") {
                    offset += 1
                } else {
                    guard let reason = text() else { return nil }
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
