import DossierLintKit

/// 10.4: records kept as electronic documents are in a non-editable format.
struct RecordsNonEditableRule: Rule {
    static let identifier = "records-non-editable"

    func check(_ context: RuleContext) {
        let editable = context.reading(EditableFormats.self)
        guard let entries = CertificationRecordEntries.namedKeptEntries(context) else { return }
        for (key, entry) in entries {
            guard let format = context.text(entry["format"]) else { continue }
            var normalised = format.lowercased()
            while normalised.hasPrefix(".") { normalised.removeFirst() }
            guard editable.contains(normalised) else { continue }
            let label = CertificationRecordEntries.namedLabel(key, context)
            context.report(
                entry["format"],
                Message(
                    zh: "\(label.zh)以可编辑的“\(format)”格式保存，电子认证记录应采用不可编辑的方式（如 PDF、OFD）",
                    en: "\(label.en) is kept as an editable \(format) file; electronic records must be non-editable "
                        + "(e.g. PDF, OFD)"))
        }
    }

    /// The editable formats (`editable_formats`), in lower case.
    enum EditableFormats: ParameterReading {
        static func read(_ description: RuleDescription) -> Set<String> {
            Set((description.listParameter("editable_formats") ?? []).map { $0.lowercased() })
        }
    }
}
