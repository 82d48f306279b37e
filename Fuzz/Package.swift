// swift-tools-version:6.0
// libFuzzer harnesses for pmo; see scripts/fuzz.sh. Built on its own so that `make test` never
// builds them: swift build -c release --scratch-path ../.build-fuzz \
//   -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//
// The library targets are symlinks to ../Sources (Library/), not a path dependency on `..`,
// because the main package exports only some of its libraries as products. Each harness
// compiles its check from the test target's FuzzRegressionTests.swift (a symlink), so the fuzzer
// and `make test` assert exactly the same properties.
import PackageDescription

let harnessFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"]), .define("PMO_FUZZ_HARNESS")]

func harness(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
    .executableTarget(name: name, dependencies: ["FuzzDriver"] + dependencies, path: "Harnesses/\(name)", swiftSettings: harnessFlags)
}

let package = Package(
    name: "pmo-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(name: "CYAML", path: "Library/CYAML", pkgConfig: "yaml-0.1"),
        .target(name: "PMOYAML", dependencies: ["CYAML"], path: "Library/PMOYAML"),
        .target(name: "PMOCatalog", dependencies: ["PMOYAML"], path: "Library/PMOCatalog"),
        .target(name: "PMOExpression", path: "Library/PMOExpression"),
        .target(name: "PMORules", dependencies: ["PMOYAML", "PMOCatalog", "PMOExpression"], path: "Library/PMORules"),
        .target(name: "PMOTemplates", dependencies: [
            "PMOYAML", "PMOCatalog", "PMOExpression", "PMORules",
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Crypto", package: "swift-crypto"),
        ], path: "Library/PMOTemplates"),
        .target(name: "PMODrift", dependencies: [
            "PMOYAML", "PMOCatalog", "PMOTemplates",
            .product(name: "Crypto", package: "swift-crypto"),
        ], path: "Library/PMODrift"),
        .target(name: "PMOMarkdown", path: "Library/PMOMarkdown"),
        .target(name: "PMOPublish", dependencies: ["PMOYAML", "PMOCatalog", "PMOMarkdown"], path: "Library/PMOPublish"),
        .target(name: "FuzzDriver", path: "Harnesses/FuzzDriver"),
        harness("fuzz-yaml", ["PMOYAML"]),
        harness("fuzz-catalog", ["PMOYAML", "PMOCatalog"]),
        harness("fuzz-expression", ["PMOExpression"]),
        harness("fuzz-template-path", ["PMOYAML", "PMOCatalog", "PMOTemplates"]),
        harness("fuzz-sanitizer", ["PMOPublish"]),
        harness("fuzz-merge", ["PMODrift"]),
        harness("fuzz-markdown", ["PMOMarkdown"]),
    ]
)
