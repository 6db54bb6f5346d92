// swift-tools-version: 5.4
// 5.4, not later: from 5.5 on, SwiftPM renames an executable's `main` to
// `<Target>_main` and links `main` to it, but a fuzz target has no `main` of its
// own (libFuzzer's runs it). The main package, a dependency, keeps its own version.
import PackageDescription

// The fuzz targets: a package of its own, so that the main package's `swift build`
// and `swift test` never build them. Each executable is a libFuzzer target; build
// and run them with `Scripts/fuzz` (which passes `-sanitize=fuzzer,address`).
// A fuzz target's `main.swift` declares no top-level code: libFuzzer's `main` calls
// its `LLVMFuzzerTestOneInput`. (Only these targets: the main package's build tool
// `EmbedRulePacks` has top-level code.)
let fuzzTarget: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "dossierlint-fuzz",
    dependencies: [
        .package(name: "dossierlint", path: "..")
    ],
    targets: [
        // What the two parser targets share: `Document` and a walk of its tree.
        .target(name: "FuzzSupport", dependencies: [.product(name: "DossierSyntax", package: "dossierlint")]),
        .executableTarget(
            name: "FuzzYAML",
            dependencies: ["FuzzSupport", .product(name: "DossierSyntax", package: "dossierlint")],
            swiftSettings: fuzzTarget),
        .executableTarget(
            name: "FuzzJSON",
            dependencies: ["FuzzSupport", .product(name: "DossierSyntax", package: "dossierlint")],
            swiftSettings: fuzzTarget),
        .executableTarget(
            name: "FuzzConfiguration",
            dependencies: [
                .product(name: "DossierLintKit", package: "dossierlint"),
                .product(name: "DossierRules", package: "dossierlint"),
            ],
            swiftSettings: fuzzTarget),
        .executableTarget(
            name: "FuzzBaseline", dependencies: [.product(name: "DossierLintKit", package: "dossierlint")],
            swiftSettings: fuzzTarget),
        .executableTarget(
            name: "FuzzSuppressions", dependencies: [.product(name: "DossierLintKit", package: "dossierlint")],
            swiftSettings: fuzzTarget),
    ]
)
