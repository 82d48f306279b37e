import Foundation
import PMOCatalog
import PMOYAML
import Testing

/// The repository's own catalog (`catalog/` + `standards/` at the package root).
enum RepositoryCatalog {
    /// The package root, found from this source file.
    static let root: String = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
}

@Suite("The default catalog")
struct DefaultCatalogTests {
    @Test func loadsWithoutErrors() throws {
        let result = try CatalogLoader(workingDirectory: RepositoryCatalog.root).load(root: RepositoryCatalog.root)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.summary) == [], "the default catalog has errors; run `pmo validate` at the repository root")
        #expect(result.catalog.manifest != nil)
        #expect(result.catalog.documents.count >= 25, "issue 3 asks for at least 25 documents")
    }

    @Test func everyKindIsRepresented() throws {
        let result = try CatalogLoader(workingDirectory: RepositoryCatalog.root).load(root: RepositoryCatalog.root)
        for kind in DocumentKind.allCases {
            #expect(!result.catalog.documents(of: kind).isEmpty, "no \(kind.rawValue) in the default catalog")
        }
    }
}
