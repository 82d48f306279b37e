// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "pmo",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pmo", targets: ["pmo"]),
        .executable(name: "pmo-server", targets: ["pmo-server"]),
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
        .target(name: "PMOYAML", dependencies: ["CYAML"]),
        .target(name: "PMOCatalog", dependencies: ["PMOYAML"]),
        .target(name: "PMOExpression"),
        .target(name: "PMORules", dependencies: ["PMOYAML", "PMOCatalog", "PMOExpression"]),
        .target(name: "PMOTemplates", dependencies: [
            "PMOYAML", "PMOCatalog", "PMOExpression", "PMORules",
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The project report (pmo/report/v1): model, validation, digest, JSON Schema. Foundation only,
        // so that both the CLI (which builds reports) and the server (which stores them) use it.
        .target(name: "PMOReport", dependencies: [
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "PMODrift", dependencies: [
            "PMOYAML", "PMOCatalog", "PMOTemplates", "PMOReport",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "PMOMarkdown"),
        .target(name: "PMOPublish", dependencies: ["PMOYAML", "PMOCatalog", "PMOMarkdown"]),
        .target(name: "PMOCLI", dependencies: [
            "PMOYAML", "PMOCatalog", "PMOExpression", "PMORules", "PMOTemplates", "PMODrift", "PMOPublish",
            "PMOReport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // A release pmo is linked at a fixed address (as Go links by default): a position-independent
        // static binary makes the loader apply ~86,000 relocations at every start, dirtying 1 MB of
        // data and keeping 2 MB of relocation tables resident (validate's peak RSS 37 → 33 MB).
        .executableTarget(name: "pmo", dependencies: ["PMOCLI"],
                          linkerSettings: [.unsafeFlags(["-Xlinker", "-no-pie"], .when(platforms: [.linux], configuration: .release))]),
        // pmo serve: the HTTP API and its store (SQLite or PostgreSQL). Its own executable, which
        // `pmo serve` executes, so that the pmo CLI does not link NIO.
        .target(name: "PMOServer", dependencies: [
            "PMOReport",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "SQLiteNIO", package: "sqlite-nio"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .executableTarget(name: "pmo-server", dependencies: [
            "PMOServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
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
        .testTarget(name: "PMODriftTests", dependencies: ["PMOTestSupport", "PMODrift"], resources: [.copy("Fixtures")]),
        // Ink stays only here (and in pmobench): the differential test renders the catalog with both.
        .testTarget(name: "PMOMarkdownTests", dependencies: [
            "PMOMarkdown", "PMOTestSupport", .product(name: "Ink", package: "Ink"),
        ], resources: [.copy("Fixtures")]),
        .testTarget(name: "PMOPublishTests", dependencies: ["PMOTestSupport", "PMOPublish"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PMOReportTests", dependencies: ["PMOReport"]),
        .testTarget(name: "PMOServerTests", dependencies: [
            "PMOServer", "PMOReport", "PMOTestSupport", "pmo-server", .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "CLITests", dependencies: ["PMOCLI", "PMOTestSupport", "pmo"], resources: [.copy("Fixtures")]),
    ]
)
