import DossierLintKit

/// What the 5.4.1.3 rules share: the ISO/IEC 20000-1 clauses a set of audits
/// covered together (`audits[].standard_clauses_covered`).
enum StandardCoverage {
    /// Judges whether `parts` together cover every clause of the list parameter
    /// `required_clauses`; reports at `main`'s `standard_clauses_covered`. A listed
    /// clause covers its sub-clauses ("8" covers "8.1").
    static func judge(_ parts: [Field], main: Field, name: Message, _ context: RuleContext) {
        guard let required = context.requiredListParameter("required_clauses") else { return }
        var covered: [String] = []
        var lacking: Field?
        var unreadable = false
        for part in parts {
            let field = part["standard_clauses_covered"]
            guard field.exists else {
                lacking = lacking ?? field
                continue
            }
            guard let clauses = context.texts(field) else {
                unreadable = true
                continue
            }
            covered += clauses
        }
        // Each covered clause's "N." made once, not once per required clause.
        let subclausePrefixes = covered.map { $0 + "." }
        let uncovered = required.filter { clause in
            !covered.indices.contains { clause == covered[$0] || clause.hasPrefix(subclausePrefixes[$0]) }
        }
        guard !uncovered.isEmpty, !unreadable else { return }
        if let lacking {
            context.cannotVerify(
                lacking,
                Message(
                    zh: "缺少\(context.name(lacking).zh)，无法确认\(name.zh)覆盖 ISO/IEC 20000-1 的全部要求",
                    en: "\(lacking.path) is missing: cannot tell whether the \(name.en) covered every ISO/IEC 20000-1 "
                        + "requirement"
                ))
            return
        }
        context.report(
            main["standard_clauses_covered"],
            Message(
                zh: "\(name.zh)未覆盖 ISO/IEC 20000-1 的以下条款：\(uncovered.joined(separator: "、"))",
                en: "the \(name.en) did not cover these ISO/IEC 20000-1 clauses: \(listText(uncovered))"
            ))
    }
}
