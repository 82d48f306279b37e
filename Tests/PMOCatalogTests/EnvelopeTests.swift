import PMOCatalog
import PMOYAML
import Testing

/// The envelope every file shares: one mapping document with apiVersion, kind, metadata and spec.
@Suite("Envelope")
struct EnvelopeTests {
    private let file = "standards/pages/extra.yaml"

    @Test func emptyFileIsAnErrorAtTheStart() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, "")
        let result = try catalog.load()
        #expect(result.diagnostics.map(\.summary) == ["\(file):1:1: error: empty file: expected a pmo/v1 document"])
        #expect(result.diagnostics.first?.help == "start with 'apiVersion: pmo/v1' and 'kind: …'")
    }

    @Test func commentsOnlyFileIsEmpty() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, "# nothing yet\n")
        #expect(catalog.summaries() == ["\(file):1:1: error: empty file: expected a pmo/v1 document"])
    }

    @Test func topLevelThatIsNotAMappingIsAnError() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, "- apiVersion: pmo/v1\n- kind: Page\n")
        #expect(
            catalog.summaries() == [
                "\(file):1:1: error: the top level must be a mapping with apiVersion, kind, metadata and spec, not a list"
            ])
    }

    @Test func scalarTopLevelIsAnError() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, "just some text\n")
        #expect(
            catalog.summaries() == [
                "\(file):1:1: error: the top level must be a mapping with apiVersion, kind, metadata and spec, not a string"
            ])
    }

    @Test func twoDocumentsInOneFileIsAnErrorAtTheSecond() throws {
        let catalog = try TempCatalog()
        let page = pageDocument(name: "extra")
        let separatorLine = page.split(separator: "\n", omittingEmptySubsequences: false).count
        try catalog.write(file, page + "---\n" + pageDocument(name: "another"))
        let result = try catalog.load()
        let diagnostic = result.diagnostic(containing: "holds one document")
        #expect(diagnostic?.summary == "\(file):\(separatorLine + 1):1: error: a catalog file holds one document; this one has 2")
        #expect(diagnostic?.help == "split the documents into files of their own")
        // The first document still counts.
        #expect(result.catalog.document(DocumentKey(kind: .page, name: "extra")) != nil)
    }

    @Test func unknownKindSuggestsTheClosest() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, pageDocument(name: "extra").replacingOccurrences(of: "kind: Page", with: "kind: Checklst"))
        let result = try catalog.load()
        #expect(result.diagnostics.map(\.summary) == ["\(file):2:7: error: unknown kind 'Checklst'"])
        #expect(result.diagnostics.first?.help == "did you mean `Checklist`?")
    }

    @Test func wrongAPIVersionIsAnError() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, pageDocument(name: "extra").replacingOccurrences(of: "pmo/v1", with: "pmo/v2"))
        let result = try catalog.load()
        #expect(result.diagnostics.map(\.summary) == ["\(file):1:13: error: unsupported apiVersion 'pmo/v2'"])
        #expect(result.diagnostics.first?.help == "use pmo/v1")
    }

    @Test func missingEnvelopeFieldsAreReportedAtTheMapping() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, "kind: Page\nmetadata:\n  name: extra\n")
        #expect(
            catalog.summaries()
                == [
                    "\(file):1:1: error: missing required field 'apiVersion' in the document",
                    "\(file):1:1: error: missing required field 'spec' in the document",
                    "\(file):3:3: error: missing required field 'changelog' in metadata",
                    "\(file):3:3: error: missing required field 'description' in metadata",
                    "\(file):3:3: error: missing required field 'owner' in metadata",
                    "\(file):3:3: error: missing required field 'title' in metadata",
                    "\(file):3:3: error: missing required field 'version' in metadata",
                    "\(file):3:3: error: missing required field 'category' in metadata",
                ].sorted(by: Self.byPositionThenMessage))
    }

    @Test func unknownFieldSuggestsTheClosest() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, pageDocument(name: "extra").replacingOccurrences(of: "  title:", with: "  titel:"))
        let result = try catalog.load()
        let unknown = result.diagnostic(containing: "unknown field")
        #expect(unknown?.summary == "\(file):5:3: error: unknown field 'titel' in metadata")
        #expect(unknown?.help == "did you mean `title`?")
        // The real field is then missing, at the start of the mapping.
        #expect(
            result.diagnostic(containing: "missing required field 'title'")?.summary
                == "\(file):4:3: error: missing required field 'title' in metadata")
    }

    @Test func unknownFieldInSpecListsTheAllowedFieldsWhenNothingIsClose() throws {
        let catalog = try TempCatalog()
        try catalog.write(file, pageDocument(name: "extra", spec: "  body: 本文\n  zzz: 1\n"))
        let result = try catalog.load()
        #expect(result.diagnostics.map(\.summary) == ["\(file):14:3: error: unknown field 'zzz' in spec"])
        #expect(result.diagnostics.first?.help == "expected one of: body, bodyFile, related")
    }

    static func byPositionThenMessage(_ a: String, _ b: String) -> Bool {
        func key(_ s: String) -> (Int, Int, String) {
            let parts = s.split(separator: ":", maxSplits: 3)
            return (Int(parts[1]) ?? 0, Int(parts[2]) ?? 0, String(parts[3]))
        }
        return key(a) < key(b)
    }
}
