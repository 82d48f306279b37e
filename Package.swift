// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "pmo",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pmo", targets: ["pmo"]),
        .library(name: "PMOYAML", targets: ["PMOYAML"]),
        .library(name: "PMOCatalog", targets: ["PMOCatalog"]),
        .library(name: "PMOExpression", targets: ["PMOExpression"]),
        .library(name: "PMOMarkdown", targets: ["PMOMarkdown"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "PMOYAML", dependencies: ["CYAML"]),
        .target(name: "PMOCatalog", dependencies: ["PMOYAML"]),
        .target(name: "PMOExpression"),
        .target(name: "PMORules", dependencies: ["PMOYAML", "PMOCatalog", "PMOExpression"]),
        .target(name: "PMOTemplates", dependencies: [
            "PMOYAML", "PMOCatalog", "PMOExpression", "PMORules",
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "PMODrift", dependencies: [
            "PMOYAML", "PMOCatalog", "PMOTemplates",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // pmo init (a new company catalog) and pmo release (version + changelog): the PMO team's chores.
        .target(name: "PMOAuthoring", dependencies: ["PMOYAML", "PMOCatalog", "PMOTemplates"]),
        .target(name: "PMOMarkdown"),
        .target(name: "PMOPublish", dependencies: ["PMOYAML", "PMOCatalog", "PMOMarkdown"]),
        .target(name: "PMOCLI", dependencies: [
            "PMOYAML", "PMOCatalog", "PMOExpression", "PMORules", "PMOTemplates", "PMODrift", "PMOPublish", "PMOAuthoring",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // `make release` links pmo at a fixed address (-no-pie, with the static stdlib only: with a
        // shared stdlib the loader warns about protected functions); see the Makefile.
        .executableTarget(name: "pmo", dependencies: ["PMOCLI"]),
        .executableTarget(name: "yamlscan", dependencies: ["CYAML"], path: "Benchmarks/yamlscan"),
        .executableTarget(name: "pmobench", dependencies: [
            "CYAML", "PMOYAML", "PMOCatalog", "PMOExpression", "PMOMarkdown",
            // Only to report how much faster PMOMarkdown is than the renderer it replaced.
            .product(name: "Ink", package: "Ink"),
        ], path: "Benchmarks/pmobench"),
        // Shared by the test targets only: replaying fuzz corpora and findings.
        .target(name: "PMOTestSupport", path: "Tests/PMOTestSupport"),
        .testTarget(name: "PMOYAMLTests", dependencies: ["PMOTestSupport", "PMOYAML"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PMOCatalogTests", dependencies: ["PMOTestSupport", "PMOCatalog"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PMOExpressionTests", dependencies: ["PMOTestSupport", "PMOExpression"]),
        .testTarget(name: "PMORulesTests", dependencies: ["PMORules"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PMOTemplatesTests", dependencies: ["PMOTestSupport", "PMOTemplates"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PMOAuthoringTests", dependencies: ["PMOAuthoring", "PMOCatalog", "PMOYAML"]),
        .testTarget(name: "PMODriftTests", dependencies: ["PMOTestSupport", "PMODrift"], resources: [.copy("Fixtures")]),
        // Ink stays only here (and in pmobench): the differential test renders the catalog with both.
        .testTarget(name: "PMOMarkdownTests", dependencies: [
            "PMOMarkdown", "PMOTestSupport", .product(name: "Ink", package: "Ink"),
        ], resources: [.copy("Fixtures")]),
        .testTarget(name: "PMOPublishTests", dependencies: ["PMOTestSupport", "PMOPublish"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CLITests", dependencies: ["PMOCLI", "PMOTestSupport", "pmo"], resources: [.copy("Fixtures")]),
    ]
)
