import Foundation
import PMOCatalog
import PMOChecklists
import PMOProject
import PMOTestSupport
import Testing

/// A catalog with the `kickoff` checklist, and a project whose `.pmo/checklists/kickoff.yaml` was written
/// as `pmo new` writes it (every item open), with `docs/charter.md` for the item that checks itself.
final class ChecklistFixture {
    let folder: TemporaryFolder
    /// The catalog repository.
    var catalogRoot: String { folder.path("catalog-repo") }
    /// The project folder.
    var projectRoot: String { folder.path("proj") }

    static let manifest = FixtureCatalogText.manifest

    static let checklist = FixtureCatalogText.kickoffChecklist

    /// The catalog and a project started from its `kickoff` checklist.
    init() throws {
        folder = try TemporaryFolder()
        try folder.write("catalog-repo/catalog/catalog.yaml", Self.manifest)
        try writeChecklist(Self.checklist)
        let document = try #require(try catalog().document(DocumentKey(kind: .checklist, name: "kickoff")))
        try folder.write("proj/" + ChecklistState.path("kickoff"), ChecklistState(document: document).yaml())
        try folder.write("proj/docs/charter.md", "# 憲章\n")
    }

    /// Replaces the catalog's `kickoff` checklist (a new version of it, say).
    func writeChecklist(_ text: String) throws {
        try folder.write("catalog-repo/standards/checklists/kickoff.yaml", text)
    }

    /// The catalog as it is now; fails on any catalog error.
    func catalog() throws -> Catalog {
        let loaded = try CatalogLoader(workingDirectory: catalogRoot).load(root: catalogRoot)
        guard loaded.errorCount == 0 else { throw FixtureError(diagnostics: loaded.diagnostics.map(\.summary)) }
        return loaded.catalog
    }

    /// The project's checklists, read as `pmo checklist` reads them.
    func checklists() throws(ChecklistOpenError) -> ProjectChecklists {
        try ProjectChecklists.open(projectRoot: projectRoot, displayRoot: "proj")
    }

    /// Writes a project file.
    func writeProjectFile(_ relative: String, _ text: String) throws {
        try folder.write("proj/" + relative, text)
    }

    struct FixtureError: Error {
        var diagnostics: [String]
    }
}
