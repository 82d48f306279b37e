import Foundation
import PMOCatalog
import PMOTestSupport
import Testing

@testable import PMOPublish

enum Fixture {
    /// The fixture catalog shipped with the tests.
    static var catalogPath: String {
        Bundle.module.resourcePath! + "/Fixtures/catalog"
    }

    /// The build day the tests use: freshness must not depend on the clock.
    static let today = CalendarDate(year: 2026, month: 3, day: 5)

    static func options(force: Bool = false, baseURL: String? = nil) -> PublishOptions {
        PublishOptions(today: today, baseURL: baseURL, force: force)
    }

    /// A copy of the fixture catalog in a temporary folder, to add hostile or huge documents to.
    static func copy() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.removeItem(atPath: folder.path)
        try FileManager.default.copyItem(atPath: catalogPath, toPath: folder.path)
        return folder
    }

    static func load(_ root: String = catalogPath) throws -> CatalogLoadResult {
        try CatalogLoader(workingDirectory: root).load(root: root)
    }

    /// Loads a catalog that must be valid.
    static func catalog(_ root: String = catalogPath) throws -> Catalog {
        let result = try load(root)
        #expect(result.errorCount == 0, "fixture errors: \(result.diagnostics.map(\.message))")
        return result.catalog
    }

    /// A page document with the given Markdown body (indented for a YAML block scalar).
    static func page(name: String, title: String, body: String, tags: [String] = []) -> String {
        let indented = body.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
        let tagList = tags.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }.joined(separator: ", ")
        return """
            apiVersion: pmo/v1
            kind: Page
            metadata:
              name: \(name)
              title: '\(title.replacingOccurrences(of: "'", with: "''"))'
              description: テスト用のページです。
              owner: pmo-office
              category: governance
              tags: [\(tagList)]
              version: "1.0.0"
              changelog:
                - {version: "1.0.0", date: 2026-01-01, changes: 初版}
            spec:
              body: |
            \(indented)

            """
    }
}
