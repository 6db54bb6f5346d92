import DossierLintKit

/// The content items an audit covered (`audits[].coverage`), against the items
/// a rule requires (5.6.2.1, 5.6.3.2, 5.7.3, 5.8.2; CESI BCMS 3.4.1).
enum AuditCoverage {
    /// Reports the content items an audit's `coverage` lacks, for every audit
    /// of `type`, against the rule's `required_items` parameter; an item is
    /// numbered by its position in the list: zh “第（2）项”, en “(2)”.
    static func check(_ context: RuleContext, ofType type: String, kind: Message, vocabulary: String) {
        check(context, ofType: type, kind: kind, vocabulary: vocabulary) { position, _ in
            Message(zh: "第（\(position + 1)）项", en: "(\(position + 1))")
        }
    }

    /// As `check(_:ofType:kind:vocabulary:)`, with `item` naming the clause's
    /// item of a key (its position in `required_items`, the key) for messages.
    static func check(
        _ context: RuleContext, ofType type: String, kind: Message, vocabulary: String,
        item: (Int, String) -> Message
    ) {
        let required = context.listParameter("required_items")
        guard !required.isEmpty else {
            context.cannotVerify(
                context.dossier.root,
                Message(
                    zh: "规则包缺少参数“required_items”（应覆盖的审核内容）",
                    en: "the rule pack lacks the parameter required_items"))
            return
        }
        for audit in context.dossier.audits(ofType: type) {
            guard let covered = context.texts(audit["coverage"]) else { continue }
            let missing = required.enumerated().filter { !covered.contains($0.element) }
            guard !missing.isEmpty else { continue }
            let list = missing.map { entry in
                [item(entry.offset, entry.element).en, entry.element].filter { !$0.isEmpty }.joined(separator: " ")
            }.joined(separator: ", ")
            let listZh = missing.map {
                "\(item($0.offset, $0.element).zh)“\(context.label($0.element, of: vocabulary).zh)”"
            }.joined(separator: "、")
            context.report(
                audit["coverage"],
                Message(
                    zh: "\(kind.zh) \(Audits.name(of: audit)) 的审核内容未覆盖\(listZh)",
                    en: "\(kind.en) \(Audits.name(of: audit)) does not cover: \(list)"))
        }
    }
}
