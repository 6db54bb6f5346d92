import DossierLintKit

/// CESI BCMS 3.4.1 a–e: every stage 1 audit covers the content items of the
/// parameter `required_items` (item d is two keys).
struct BCMSStage1CoverageRule: Rule {
    static let identifier = "bcms-stage1-coverage"

    /// The item of 3.4.1 each key of `required_items` stands for, for messages.
    private static let items = [
        "documentation_consistency": "a", "stage2_readiness": "b", "standard_understanding": "c",
        "scope_personnel_sites": "d", "legal_compliance": "d", "internal_audit_and_management_review": "e",
    ]

    func check(_ context: RuleContext) {
        AuditCoverage.check(
            context, ofType: "stage1", kind: Message(zh: "第一阶段审核", en: "stage 1 audit"),
            vocabulary: "bcms_stage1_coverage"
        ) { _, key in
            guard let item = Self.items[key] else { return Message(zh: "", en: "") }
            return Message(zh: "第 \(item) 项", en: "(\(item))")
        }
    }
}
