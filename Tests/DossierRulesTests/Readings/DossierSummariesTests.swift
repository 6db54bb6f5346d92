import DossierLintKit
import DossierSyntax
import Testing

@testable import DossierRules

/// What the repository rules and the audit report read of a dossier.
@Suite("Dossier summaries")
struct DossierSummariesTests {
    static func summary(_ base: String, on day: Day) throws -> DossierSummary {
        let pack = try #require(Fixtures.packs.first { $0.identifier == "cnca-itsms-2026" })
        let root = try #require(pack.exampleDossiers[base])
        let dossier = Dossier(
            document: Document(source: SourceText(path: "\(base).yaml", string: ""), format: .yaml, root: root))
        return DossierSummaries.summary(of: dossier, judgingDay: day, pack: pack)
    }

    @Test("the initial example: certificate, people, on-site days, deadlines")
    func initial() throws {
        let summary = try Self.summary("initial", on: Day(year: 2026, month: 11, day: 24)!)
        #expect(summary.dossierId == "EX-2026-0001")
        #expect(summary.clientKey == "91310115MA1K4B2C3D")
        #expect(summary.scopeCodes.map(\.code) == ["04.02", "04.03"])
        let certificate = try #require(summary.certificates.first)
        #expect(certificate.number == "12326IT00042R001")
        #expect(certificate.status == .valid)
        #expect(certificate.sequenceKey == "123|26|00042")
        #expect(certificate.auditors == ["P001", "P002"])
        #expect(certificate.place.pointer == "/certificates/0/number")
        #expect(summary.definedPersons.map(\.id) == ["P001", "P002", "P003", "P004"])
        #expect(summary.referencedPersons.first?.place.pointer == "/application_review/reviewer")
        let days = summary.onsiteDays.filter { $0.person == "P001" }.compactMap(\.days)
        #expect(days == [1, 3])
        #expect(summary.onsiteDays.first { $0.role == "technical_expert" }?.fromDates == true)
        #expect(summary.activities.contains { $0.kind == .decision && $0.person == "P004" })
        #expect(summary.deadlines.map(\.kind) == [.surveillanceDue, .certificateExpires, .recordsRetentionEnds])
        #expect(summary.deadlines.first?.day == Day(year: 2027, month: 6, day: 22)!)
    }

    @Test("a suspended certificate and the end of its suspension")
    func suspension() throws {
        let summary = try Self.summary("certificate-suspension", on: Day(year: 2026, month: 10, day: 1)!)
        #expect(summary.certificates.first?.status == .suspended)
        let end = try #require(summary.deadlines.first { $0.kind == .suspensionEnds })
        #expect(end.day == Day(year: 2026, month: 12, day: 14)!)
        let restored = try Self.summary("certificate-suspension", on: Day(year: 2026, month: 12, day: 15)!)
        #expect(restored.certificates.first?.status == .valid)
        #expect(!restored.deadlines.contains { $0.kind == .suspensionEnds })
    }

    @Test("statuses before issue, after expiry and after renewal")
    func statuses() throws {
        #expect(
            try Self.summary("initial", on: Day(year: 2026, month: 1, day: 1)!).certificates.first?.status
                == .notYetIssued)
        #expect(
            try Self.summary("initial", on: Day(year: 2029, month: 6, day: 22)!).certificates.first?.status == .expired)
        #expect(try Self.summary("initial", on: Day(year: 2029, month: 6, day: 22)!).deadlines.isEmpty == false)
    }
}
