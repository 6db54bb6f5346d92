import DossierLintKit
import DossierSyntax

/// Annex B: audit time (stage 1 + stage 2, person-days) by effective headcount,
/// read from the pack's `tables/annex-b.yaml`.
public struct AnnexBTable: Sendable {
    /// The listed bands: (largest headcount of the band, person-days).
    public let bands: [(upTo: Int, days: Double)]
    /// Band limits after the last listed band.
    public let continuation: [Int]
    /// Person-days added per continued band.
    public let daysPerBand: Double
    /// Width of each band after the last continuation limit.
    public let widthAfterLast: Int

    /// Reads the table from a pack; `nil` when the pack has no usable Annex B table.
    public init?(pack: RulePack) {
        let table = pack.tables["annex-b"]
        var bands: [(Int, Double)] = []
        for band in table["bands"].elements {
            guard let upTo = band["up_to"].integer.value, let days = band["days"].number.value else { return nil }
            bands.append((upTo, days))
        }
        guard !bands.isEmpty else { return nil }
        self.bands = bands
        continuation = table["continuation"]["up_to"].elements.compactMap { $0.integer.value }
        daysPerBand = table["continuation"]["days_per_band"].number.value ?? 1
        widthAfterLast = max(1, table["continuation"]["width_after_last"].integer.value ?? 2200)
    }

    /// The Annex B person-days for an effective headcount (`nil` for a headcount below 1).
    public func days(forEffectiveHeadcount headcount: Int) -> Double? {
        guard headcount >= 1 else { return nil }
        for band in bands where headcount <= band.upTo { return band.days }
        var days = bands[bands.count - 1].days
        var limit = bands[bands.count - 1].upTo
        for next in continuation {
            days += daysPerBand
            if headcount <= next { return days }
            limit = next
        }
        while headcount > limit {
            days += daysPerBand
            limit += widthAfterLast
        }
        return days
    }
}

extension AnnexBTable {
    /// The pack's Annex B table, read once per pack; `nil` when the pack has no usable one.
    enum OfPack: PackReading {
        static func read(_ pack: RulePack) -> AnnexBTable? { AnnexBTable(pack: pack) }
    }

    /// The pack's Annex B table; when the pack has none, reports "cannot verify"
    /// at the dossier's root and gives `nil`.
    static func of(_ context: RuleContext) -> AnnexBTable? {
        if let table = context.pack.reading(OfPack.self) { return table }
        context.cannotVerify(
            context.dossier.root,
            Message(zh: "规则包缺少附录 B 审核时间表", en: "the rule pack has no Annex B audit time table"))
        return nil
    }

    /// The Annex B person-days for an effective headcount in full-time
    /// equivalents: a fraction of a person counts as one more person
    /// (150.2 → the band of 151). `nil` for a headcount below 1 or absurdly large.
    func days(forEffectivePersonnel personnel: Double) -> Double? {
        guard personnel.isFinite, personnel > 0, personnel < 1e9 else { return nil }
        return days(forEffectiveHeadcount: Int((personnel - dayCountTolerance).rounded(.up)))
    }
}
