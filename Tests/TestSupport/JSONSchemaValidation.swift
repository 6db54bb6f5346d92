import Foundation

/// Validates JSON documents against a JSON Schema with Python's `jsonschema`
/// (the validator its `$schema` names, with format checks), all in one run.
public enum JSONSchemaValidation {
    /// The problems of each instance (`path: message`), by name: empty for a
    /// valid instance. `nil`, after printing why, when python3 or its
    /// `jsonschema` module is absent.
    public static func problems(
        schema: String, instances: [(name: String, json: String)], for check: String
    ) throws -> [String: [String]]? {
        guard let python = ExternalTool.python(with: ["jsonschema"], for: check) else { return nil }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dossierlint-schema-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let schemaFile = folder.appendingPathComponent("schema.json")
        try Data(schema.utf8).write(to: schemaFile)
        var arguments = ["-c", script, schemaFile.path]
        for (index, instance) in instances.enumerated() {
            let file = folder.appendingPathComponent("\(index).json")
            try Data(instance.json.utf8).write(to: file)
            arguments.append(file.path)
        }
        let result = try ExternalTool.run(python, arguments)
        var problems: [String: [String]] = [:]
        for instance in instances { problems[instance.name] = [] }
        for line in result.output.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard parts.count == 2, let index = Int(parts[0]), instances.indices.contains(index) else {
                if line != "done" { problems["<python>", default: []].append(String(line)) }
                continue
            }
            problems[instances[index].name, default: []].append(parts[1])
        }
        if result.status != 0 || !result.output.hasSuffix("done\n") {
            problems["<python>", default: []].append("exit status \(result.status): \(result.output)")
        }
        return problems
    }

    /// Checks the schema itself against its draft's metaschema, then each instance:
    /// prints `index<TAB>path: message` per problem, then `done`.
    static let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
        for index, path in enumerate(sys.argv[2:]):
            instance = json.load(open(path, encoding="utf-8"))
            for error in validator.iter_errors(instance):
                where = "/" + "/".join(map(str, error.absolute_path))
                print("%d\\t%s: %s" % (index, where, error.message[:300]))
        print("done")
        """
}
