import DossierLintKit
import DossierRules

/// The built-in rule packs, loaded once (not per input).
let packs: [RulePack] = {
    guard let packs = try? BuiltInRules.packs.get(), !packs.isEmpty else {
        fatalError("the built-in rule packs do not load")
    }
    return packs
}()

/// Fuzzes the configuration reader: `ConfigurationReader.read` of a `.dossierlint.yml`;
/// when the file parses, its check against the built-in packs (`ruleSettings`: keys,
/// selectors, parameters, profile); when that passes, the `config --print` printers
/// (YAML and JSON), as the command does. Malformed files and problems are expected
/// outcomes; their messages are built.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    do {
        let configuration = try ConfigurationReader.read(path: ".dossierlint.yml", data: bytes, directory: "/")
        let settings = try configuration.ruleSettings(packs: packs)
        _ = ConfigurationPrinter.yaml(configuration, settings: settings, packs: packs)
        _ = ConfigurationPrinter.json(configuration, settings: settings, packs: packs)
    } catch {
        _ = error.description(in: .zh)
    }
    return 0
}
