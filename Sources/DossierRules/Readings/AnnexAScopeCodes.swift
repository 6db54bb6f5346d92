import DossierLintKit

/// Annex A: the scope codes (sub-categories, 中类) of the pack's `tables/annex-a.yaml`, read
/// once per pack.
enum AnnexAScopeCodes: PackReading {
    static func read(_ pack: RulePack) -> Set<String> { Set(pack.tables["annex-a"].keys) }
}
