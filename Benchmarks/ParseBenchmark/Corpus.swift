import Foundation

/// One generated dossier: its file name, syntax and bytes.
struct CorpusFile {
    var name: String
    var isJSON: Bool
    var bytes: [UInt8]
    var data: Data
}

/// `files` dossiers of 10–20 KB from `seed`, every fifth in JSON; the same corpus on every platform.
func makeCorpus(files: Int, seed: UInt64) -> [CorpusFile] {
    var master = Generator(state: seed)
    return (0..<files).map { index in
        let isJSON = index % 5 == 4
        var factory = DossierFactory(rng: Generator(state: master.next()))
        let target = 10_000 + factory.rng.below(10_000)
        let document = factory.dossier(index: index, json: isJSON, target: target)
        let text = isJSON ? JSONWriter.write(document) : YAMLWriter.write(document)
        let bytes = Array(text.utf8)
        return CorpusFile(
            name: "dossier-\(DossierFactory.pad(index + 1, 4)).\(isJSON ? "json" : "yaml")", isJSON: isJSON,
            bytes: bytes, data: Data(bytes))
    }
}
