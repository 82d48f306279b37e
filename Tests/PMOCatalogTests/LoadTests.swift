import Foundation
import PMOCatalog
import PMOYAML
import Testing

@Suite("Loading a catalog")
struct LoadTests {
    @Test func minimalCatalogLoadsWithoutDiagnostics() throws {
        let catalog = try TempCatalog()
        let result = try catalog.load()
        #expect(result.diagnostics.map(\.summary) == [])
        #expect(result.fileCount == 6)
        #expect(result.catalog.documents.map(\.key.description) == [
            "catalog/test-pmo", "checklist/kickoff", "page/pmo-charter", "ruleset/catalog-quality",
            "ruleset/project-standard", "template/standard-project",
        ])
        #expect(result.catalog.spec?.organization == "株式会社テスト")
        #expect(result.catalog.document(DocumentKey(kind: .page, name: "pmo-charter"))?.page?.body == "## PMO憲章\n本文\n")
    }
}
