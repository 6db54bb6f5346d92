import DossierLintKit

/// 5.6.2.1 (1)–(7): every stage 1 audit covers the seven content items.
struct Stage1ContentRule: Rule {
    static let identifier = "stage1-content"

    func check(_ context: RuleContext) {
        AuditCoverage.check(
            context, ofType: "stage1", kind: Message(zh: "第一阶段审核", en: "stage 1 audit"),
            vocabulary: "stage1_coverage")
    }
}
