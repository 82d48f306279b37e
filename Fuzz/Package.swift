// swift-tools-version:6.0
// libFuzzer harnesses for pmo; see scripts/fuzz.sh. Built on its own so that `make test` never
// builds them: swift build -c release --scratch-path ../.build-fuzz \
//   -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//
// The harnesses depend on the main package (`..`) through the library products it exports for
// them, so the fuzzed code is exactly the code `pmo` runs and this file never repeats the target
// graph. Each harness compiles its check from the test target's FuzzRegressionTests.swift (a
// symlink), so the fuzzer and `make test` assert exactly the same properties.
import PackageDescription

let harnessFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"]), .define("PMO_FUZZ_HARNESS")]

func harness(_ name: String, _ libraries: [String]) -> Target {
    .executableTarget(
        name: name, dependencies: ["FuzzDriver"] + libraries.map { .product(name: $0, package: "pmo") },
        path: "Harnesses/\(name)", swiftSettings: harnessFlags)
}

let package = Package(
    name: "pmo-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "pmo", path: "..")
    ],
    targets: [
        .target(name: "FuzzDriver", path: "Harnesses/FuzzDriver"),
        harness("fuzz-yaml", ["PMOSupport", "PMOYAML"]),
        harness("fuzz-catalog", ["PMOSupport", "PMOYAML", "PMOCatalog"]),
        harness("fuzz-expression", ["PMOExpression"]),
        harness("fuzz-template-path", ["PMOSupport", "PMOYAML", "PMOCatalog", "PMOProject", "PMOTemplates"]),
        harness("fuzz-sanitizer", ["PMOPublish"]),
        harness("fuzz-merge", ["PMODrift"]),
        harness("fuzz-markdown", ["PMOMarkdown"]),
    ]
)
