import DossierLintKit
import DossierSyntax
import Testing

@testable import DossierRules

/// The two readings of the 70 % floor of icas-recertification-time (ICASP25C 6.7.1.5),
/// chosen by its parameter `floor_rounding`: they differ at Annex B 8 person-days.
@Suite("ICAS re-certification floor rounding")
struct ICASRecertificationRoundingTests {
    /// The findings of the rule on the Annex B 8 example (5.5 taken and determined) with `rounding`.
    func findings(_ rounding: String) throws -> [Finding] {
        let pack = try #require(Fixtures.packs.first { $0.identifier == "icas" })
        var description = try #require(pack.rules.first { $0.identifier == ICASRecertificationTimeRule.identifier })
        let example = try #require(
            description.examples.first { $0.description.hasPrefix("Annex B 8 person-days, 5.5") })
        description.parameters = description.parameters.map { entry in
            guard entry.key == "floor_rounding" else { return entry }
            return MappingEntry(
                key: entry.key, keyLocation: entry.keyLocation, value: Node(.scalar(rounding, .plain), at: .start))
        }
        return try ExampleRunner.run(example, rule: ICASRecertificationTimeRule(), description: description, pack: pack)
    }

    @Test("half_day adjusts 8 × 70 % = 5.6 to 5.5; none keeps 5.6")
    func readings() throws {
        #expect(try findings("half_day").isEmpty)
        let literal = try findings("none")
        #expect(literal.map(\.pointer) == ["/audits/0/time/days", "/audits/0/time/determined_days"])
        #expect(literal.allSatisfy { $0.message.en.contains("5.6") && !$0.message.en.contains("rounded") })
        #expect(try findings("nearest").map(\.kind) == [.cannotVerify])
    }
}
