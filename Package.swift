// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "dossierlint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossierlint", targets: ["dossierlint"]),
        .library(name: "DossierSyntax", targets: ["DossierSyntax"]),
        .library(name: "DossierLintKit", targets: ["DossierLintKit"]),
        .library(name: "DossierRules", targets: ["DossierRules"]),
    ],
    targets: [
        // The located tree and the JSON / YAML-subset parsers. Never prints.
        .target(name: "DossierSyntax"),
        // Dossier model, findings, engine, calendar and reporters. Never prints.
        .target(name: "DossierLintKit", dependencies: ["DossierSyntax"]),
        // The rule packs: Swift check implementations plus the data in Rules/, compiled in.
        .target(
            name: "DossierRules",
            dependencies: ["DossierLintKit"],
            plugins: ["EmbedRulePacksPlugin"]
        ),
        // Argument parsing and command execution, as a library so tests can drive it.
        .target(name: "DossierLintCLI", dependencies: ["DossierRules", "DossierLintKit", "DossierSyntax"]),
        .executableTarget(name: "dossierlint", dependencies: ["DossierLintCLI"]),
        // Build-time tool: turns Rules/ into Swift string literals and pre-parsed trees.
        .executableTarget(name: "EmbedRulePacks", dependencies: ["DossierSyntax"]),
        // Benchmarks (scripts, not tests) and their shared option parser.
        .target(name: "BenchmarkSupport", path: "Benchmarks/Support"),
        .executableTarget(
            name: "ParseBenchmark", dependencies: ["DossierSyntax", "BenchmarkSupport", "DossierLintTestSupport"],
            path: "Benchmarks/ParseBenchmark"),
        .executableTarget(
            name: "CheckBenchmark", dependencies: ["DossierRules", "DossierLintKit", "BenchmarkSupport"],
            path: "Benchmarks/CheckBenchmark"),
        .plugin(
            name: "EmbedRulePacksPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedRulePacks"]
        ),
        // Helpers shared by the test targets (golden files, a seeded generator, also the parse
        // benchmark's).
        .target(name: "DossierLintTestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DossierSyntaxTests", dependencies: ["DossierSyntax"]),
        .testTarget(
            name: "DossierLintKitTests", dependencies: ["DossierLintKit", "DossierRules", "DossierLintTestSupport"],
            exclude: ["Reporters/Golden"]
        ),
        .testTarget(
            name: "DossierRulesTests", dependencies: ["DossierRules", "DossierLintKit", "DossierLintTestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "DossierLintCLITests", dependencies: ["DossierLintCLI", "DossierRules", "DossierLintTestSupport"],
            exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
