// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "pmo",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pmo", targets: ["pmo"]),
        .executable(name: "pmo-server", targets: ["pmo-server"]),
        // Libraries for the fuzz harnesses (Fuzz/Package.swift depends on this package); the API they
        // call stays public.
        .library(name: "PMOSupport", targets: ["PMOSupport"]),
        .library(name: "PMOYAML", targets: ["PMOYAML"]),
        .library(name: "PMOCatalog", targets: ["PMOCatalog"]),
        .library(name: "PMOExpression", targets: ["PMOExpression"]),
        .library(name: "PMOProject", targets: ["PMOProject"]),
        .library(name: "PMOTemplates", targets: ["PMOTemplates"]),
        .library(name: "PMODrift", targets: ["PMODrift"]),
        .library(name: "PMOMarkdown", targets: ["PMOMarkdown"]),
        .library(name: "PMOPublish", targets: ["PMOPublish"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        // The server only (pmo-server): the pmo CLI links none of these.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.13.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "PMOSupport", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "PMOYAML", dependencies: ["CYAML", "PMOSupport"]),
        .target(name: "PMOCatalog", dependencies: ["PMOSupport", "PMOYAML"]),
        .target(name: "PMOExpression", dependencies: ["PMOSupport"]),
        .target(name: "PMOProject", dependencies: ["PMOSupport", "PMOYAML", "PMOCatalog", "PMOExpression"]),
        .target(name: "PMORules", dependencies: ["PMOSupport", "PMOYAML", "PMOCatalog", "PMOExpression", "PMOProject"]),
        .target(name: "PMOChecklists", dependencies: ["PMOSupport", "PMOYAML", "PMOCatalog", "PMOExpression", "PMORules", "PMOProject"]),
        .target(
            name: "PMOTemplates",
            dependencies: [
                "PMOSupport", "PMOYAML", "PMOCatalog", "PMOExpression", "PMOProject",
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        // The project report (pmo/report/v1): model, validation, digest, JSON Schema. Foundation only,
        // so that both the CLI (which builds reports) and the server (which stores them) use it.
        .target(
            name: "PMOReport",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto")
            ]),
        .target(
            name: "PMODrift",
            dependencies: [
                "PMOSupport", "PMOYAML", "PMOCatalog", "PMORules", "PMOProject", "PMOChecklists", "PMOTemplates", "PMOReport",
            ]),
        // pmo init (a new company catalog) and pmo release (version + changelog): the PMO team's chores.
        .target(name: "PMOAuthoring", dependencies: ["PMOSupport", "PMOYAML", "PMOCatalog", "PMOTemplates"]),
        .target(name: "PMOMarkdown", dependencies: ["PMOSupport"]),
        .target(name: "PMOPublish", dependencies: ["PMOSupport", "PMOYAML", "PMOCatalog", "PMOMarkdown"]),
        .target(
            name: "PMOCLI",
            dependencies: [
                "PMOSupport", "PMOYAML", "PMOCatalog", "PMOExpression", "PMORules", "PMOProject", "PMOChecklists", "PMOTemplates",
                "PMODrift", "PMOPublish", "PMOAuthoring", "PMOReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // `make release` links pmo at a fixed address (-no-pie, with the static stdlib only: with a
        // shared stdlib the loader warns about protected functions); see the Makefile.
        .executableTarget(name: "pmo", dependencies: ["PMOCLI"]),
        // pmo serve: the HTTP API and its store (SQLite or PostgreSQL). Its own executable, which
        // `pmo serve` executes, so that the pmo CLI does not link NIO.
        .target(
            name: "PMOServer",
            dependencies: [
                "PMOReport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // The 全社PMO dashboard that pmo serve also serves: pages, exports and campaign evaluation over the store.
        .target(
            name: "PMODashboard",
            dependencies: [
                "PMOSupport", "PMOCatalog", "PMOExpression", "PMORules", "PMOReport", "PMOServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        .executableTarget(
            name: "pmo-server",
            dependencies: [
                "PMOServer", "PMODashboard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .executableTarget(name: "yamlscan", dependencies: ["CYAML"], path: "Benchmarks/yamlscan"),
        .executableTarget(
            name: "pmobench",
            dependencies: [
                "CYAML", "PMOSupport", "PMOYAML", "PMOCatalog", "PMOExpression", "PMOMarkdown",
            ], path: "Benchmarks/pmobench"),
        // Shared by the test targets only: replaying fuzz corpora and findings.
        .target(name: "PMOTestSupport", path: "Tests/PMOTestSupport"),
        .testTarget(name: "PMOSupportTests", dependencies: ["PMOSupport", "PMOTestSupport"]),
        .testTarget(name: "PMOYAMLTests", dependencies: ["PMOTestSupport", "PMOSupport", "PMOYAML"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PMOCatalogTests", dependencies: ["PMOTestSupport", "PMOSupport", "PMOCatalog"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PMOExpressionTests", dependencies: ["PMOTestSupport", "PMOExpression"]),
        .testTarget(name: "PMORulesTests", dependencies: ["PMOTestSupport", "PMOSupport", "PMORules"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PMOProjectTests", dependencies: ["PMOSupport", "PMOYAML", "PMOCatalog", "PMOProject"]),
        .testTarget(
            name: "PMOTemplatesTests", dependencies: ["PMOTestSupport", "PMOSupport", "PMOProject", "PMOTemplates"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "PMOChecklistsTests", dependencies: ["PMOChecklists", "PMOCatalog", "PMOProject", "PMOSupport", "PMOTestSupport"]),
        .testTarget(name: "PMOAuthoringTests", dependencies: ["PMOAuthoring", "PMOSupport", "PMOCatalog", "PMOYAML", "PMOTestSupport"]),
        .testTarget(name: "PMODriftTests", dependencies: ["PMOTestSupport", "PMOProject", "PMODrift"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PMOMarkdownTests", dependencies: ["PMOMarkdown", "PMOTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PMOPublishTests", dependencies: ["PMOTestSupport", "PMOPublish"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PMOReportTests", dependencies: ["PMOReport"]),
        .testTarget(
            name: "PMOServerTests",
            dependencies: [
                "PMOServer", "PMOReport", "PMODashboard", "PMOTestSupport", "pmo-server", .product(name: "Logging", package: "swift-log"),
            ]),
        .testTarget(name: "CLITests", dependencies: ["PMOCLI", "PMOTestSupport", "pmo"], resources: [.copy("Fixtures")]),
    ]
)
