import Foundation
import PMOCatalog
import PMOSupport
import PMOYAML
import Testing

@Suite("Loading a catalog")
struct LoadTests {
    @Test func minimalCatalogLoadsWithoutDiagnostics() throws {
        let catalog = try TempCatalog()
        let result = try catalog.load()
        #expect(result.diagnostics.map(\.summary) == [])
        #expect(result.fileCount == 6)
        #expect(
            result.catalog.documents.map(\.key.description) == [
                "catalog/test-pmo", "checklist/kickoff", "page/pmo-charter", "ruleset/catalog-quality",
                "ruleset/project-standard", "template/standard-project",
            ])
        #expect(result.catalog.spec?.organization == "株式会社テスト")
        #expect(result.catalog.document(DocumentKey(kind: .page, name: "pmo-charter"))?.page?.body == "## PMO憲章\n本文\n")
    }
}

@Suite("Loading: every problem, every file")
struct AllProblemsTests {
    @Test func problemsAcrossSeveralFilesAreAllReportedSortedByFileAndLine() throws {
        let catalog = try TempCatalog()
        try catalog.write("standards/pages/b.yaml", pageDocument(name: "b", metadataExtra: "  reviewed: 2026-02-30\n  statuss: draft\n"))
        try catalog.write("standards/pages/a.yaml", pageDocument(name: "A", metadataExtra: "  reviewEvery: often\n"))
        try catalog.write(
            "standards/checklists/kickoff.yaml",
            TempCatalog.checklistYAML.replacingOccurrences(of: "role: pm", with: "role: pmo"))
        try catalog.write("catalog/policies/zz.yaml", "apiVersion: pmo/v1\nkind: Rules\n")
        let result = try catalog.load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "catalog/policies/zz.yaml:2:7: error: unknown kind 'Rules'",
                "standards/checklists/kickoff.yaml:17:13: error: role 'pmo' is not declared in the catalog's taxonomy",
                "standards/pages/a.yaml:4:9: error: name 'A' is not a valid slug",
                "standards/pages/a.yaml:9:16: error: reviewEvery 'often' is not a duration",
                "standards/pages/b.yaml:9:13: error: '2026-02-30' is not a real date (YYYY-MM-DD)",
                "standards/pages/b.yaml:10:3: error: unknown field 'statuss' in metadata",
            ])
        #expect(result.errorCount == 6)
        #expect(result.diagnostics[1].help == "did you mean `pm`?")
        #expect(result.diagnostics[5].help == "did you mean `status`?")
    }

    @Test func yamlSyntaxErrorInOneFileDoesNotStopTheOthers() throws {
        let catalog = try TempCatalog()
        try catalog.write("standards/pages/broken.yaml", "apiVersion: pmo/v1\nkind: Page\nmetadata:\n  name: broken\n  title: \"unclosed\n")
        try catalog.write("standards/pages/other.yaml", pageDocument(name: "other", metadataExtra: "  status: bogus\n"))
        let result = try catalog.load()
        let files = result.diagnostics.map(\.file)
        #expect(files == ["standards/pages/broken.yaml", "standards/pages/other.yaml"])
        #expect(result.diagnostics.first?.range?.start.line == 5)
        #expect(
            result.diagnostics.last?.summary
                == "standards/pages/other.yaml:9:11: error: 'status' must be one of draft, active, deprecated, not 'bogus'")
        // Every other document still loaded.
        #expect(result.catalog.documents.count == 7)
    }

    @Test func duplicateKeyIsReportedAtTheDuplicateAndNamesTheFirst() throws {
        let catalog = try TempCatalog()
        try catalog.write("standards/pages/dup.yaml", pageDocument(name: "dup") + "  body: また\n")
        let result = try catalog.load()
        #expect(result.diagnostics.map(\.summary) == ["standards/pages/dup.yaml:14:3: error: duplicate key 'body' (first at 13:3)"])
    }

    @Test func referencesToADocumentWhoseFileDoesNotParseAreNotReportedAgain() throws {
        let catalog = try TempCatalog()
        // The checklist that the template and the page refer to has a syntax error.
        try catalog.write(
            "standards/checklists/kickoff.yaml",
            TempCatalog.checklistYAML.replacingOccurrences(of: "text: 憲章が承認されている", with: "text: \"憲章が承認されている"))
        let result = try catalog.load()
        #expect(result.diagnostics.map(\.file) == ["standards/checklists/kickoff.yaml"])
        #expect(!result.diagnostics.contains { $0.message.contains("does not resolve") })
    }

    @Test func referencesToADocumentWithBrokenMetadataAreNotReportedAgain() throws {
        let catalog = try TempCatalog()
        try catalog.write(
            "standards/rules/project-standard.yaml",
            TempCatalog.ruleSetYAML.replacingOccurrences(of: "  version: \"1.0.0\"\n", with: "  version: 1.0\n"))
        let result = try catalog.load()
        #expect(
            result.diagnostics.map(\.summary) == [
                "standards/rules/project-standard.yaml:9:12: error: 'version' is a float (1.0), not a version string"
            ])
    }

    @Test func aBrokenManifestIsNotAlsoReportedMissing() throws {
        let catalog = try TempCatalog()
        try catalog.write(
            "catalog/catalog.yaml",
            TempCatalog.catalogYAML.replacingOccurrences(of: "organization: 株式会社テスト", with: "organization: [株式会社テスト"))
        let result = try catalog.load()
        #expect(result.diagnostics.map(\.file) == ["catalog/catalog.yaml"])
        #expect(!result.diagnostics.contains { $0.message.contains("no Catalog document") })
    }

    @Test func missingManifestDocumentIsAnError() throws {
        let catalog = try TempCatalog()
        try catalog.write("catalog/catalog.yaml", pageDocument(name: "not-a-catalog"))
        let result = try catalog.load()
        #expect(
            result.diagnostics.map(\.summary).contains(
                "catalog/catalog.yaml: error: no Catalog document: catalog/catalog.yaml must be a document of kind Catalog"))
    }

    @Test func secondCatalogDocumentIsAnError() throws {
        let catalog = try TempCatalog()
        try catalog.write(
            "catalog/policies/another.yaml", TempCatalog.catalogYAML.replacingOccurrences(of: "name: test-pmo", with: "name: other-pmo"))
        #expect(
            catalog.summaries() == [
                "catalog/policies/another.yaml:4:9: error: a catalog has exactly one Catalog document; the first is catalog/catalog.yaml"
            ])
    }

    @Test func aFolderNamedLikeAYAMLFileIsUnreadable() throws {
        let catalog = try TempCatalog()
        try catalog.makeDirectory("standards/pages/folder.yaml")
        #expect(catalog.summaries() == ["standards/pages/folder.yaml: error: cannot read file: it is a folder"])
    }

    @Test func aDanglingSymbolicLinkIsUnreadable() throws {
        let catalog = try TempCatalog()
        try catalog.symlink("standards/pages/gone.yaml", to: "nowhere.yaml")
        #expect(catalog.summaries() == ["standards/pages/gone.yaml: error: cannot read file: No such file or directory"])
    }

    @Test func invalidUTF8IsAnErrorAtTheBadByteAndTheOthersStillLoad() throws {
        let catalog = try TempCatalog()
        try catalog.write(
            "standards/pages/latin1.yaml", bytes: Array("apiVersion: pmo/v1\nkind: Page\nmetadata:\n  title: ".utf8) + [0x93, 0xFA, 0x0A])
        let result = try catalog.load()
        #expect(result.diagnostics.count == 1, "\(result.diagnostics.map(\.summary))")
        #expect(result.diagnostics.first?.file == "standards/pages/latin1.yaml")
        #expect(result.diagnostics.first?.range?.start.line == 4)
        #expect(result.catalog.documents.count == 6)
    }

    @Test func aBinaryFileIsAnErrorNotACrash() throws {
        let catalog = try TempCatalog()
        try catalog.write(
            "standards/pages/image.yaml",
            bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0x00])
        let result = try catalog.load()
        #expect(result.diagnostics.map(\.file) == ["standards/pages/image.yaml"])
        #expect(result.errorCount == 1)
        #expect(result.catalog.documents.count == 6)
    }

    @Test func aFileOverTheSizeLimitIsRefused() throws {
        let catalog = try TempCatalog()
        try catalog.write(
            "standards/pages/big.yaml", pageDocument(name: "big", spec: "  body: \"" + String(repeating: "x", count: 4096) + "\"\n"))
        var limits = YAMLLimits.default
        limits.maxInputBytes = 2048
        let result = try CatalogLoader(yamlLimits: limits, workingDirectory: catalog.root).load(root: catalog.root)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.file == "standards/pages/big.yaml")
        #expect(result.diagnostics.first?.message.contains("over the input limit of 2048 bytes") == true)
    }

    @Test func aFolderThatIsNotACatalogThrows() throws {
        let catalog = try TempCatalog(files: ["standards/pages/x.yaml": "x: 1\n"])
        #expect(throws: CatalogError.notACatalog(path: catalog.root)) {
            try CatalogLoader().load(root: catalog.root)
        }
    }

    @Test func pathsOutsideTheWorkingDirectoryStayAbsolute() throws {
        let catalog = try TempCatalog()
        try catalog.write("standards/pages/extra.yaml", "")
        let result = try CatalogLoader(workingDirectory: "/nonexistent-cwd").load(root: catalog.root)
        #expect(result.diagnostics.map(\.file) == [catalog.root + "/standards/pages/extra.yaml"])
    }
}
