import PMOYAML
import Testing

/// Multi-document streams, the empty stream and the empty document.
struct StreamTests {
    @Test func multiDocumentStreamGivesOneRootPerDocument() throws {
        let stream = try Fixture.load("multi-document.yaml")
        #expect(stream.documents.count == 3)
        #expect(stream.documents[0]["name"]?.string == "first")
        #expect(stream.documents[1]["name"]?.string == "second")
        #expect(stream.documents[1].at == [4, 1])
        #expect(stream.documents[2].isNull)
    }

    @Test func emptyFileIsAStreamWithoutDocuments() throws {
        let stream = try Fixture.load("empty.yaml")
        #expect(stream.documents.isEmpty)
    }

    @Test func commentsOnlyIsAStreamWithoutDocuments() throws {
        #expect(try Fixture.load("comments-only.yaml").documents.isEmpty)
    }

    @Test func documentMarkerAloneIsOneNullDocument() throws {
        let stream = try Fixture.load("empty-document.yaml")
        #expect(stream.documents.count == 1)
        let document = try #require(stream.documents.first)
        #expect(document.isNull)
        #expect(document.scalar?.text == "")
        #expect(document.range.start.line >= 1)
    }

    @Test func twoEmptyDocumentsAreTwoNulls() throws {
        let stream = try YAMLLoader().load("---\n---\n")
        #expect(stream.documents.count == 2)
        #expect(stream.documents.allSatisfy { $0.isNull })
    }

    @Test func anchorsDoNotCrossDocuments() {
        let diagnostics = YAMLText.diagnostics("a: &x 1\n---\nb: *x\n")
        #expect(
            diagnostics.map(\.summary) == [
                "t.yaml:3:4: error: unknown anchor 'x' (aliases must follow their anchor and cannot refer to an enclosing node)"
            ])
    }

    @Test func errorInSecondDocumentIsReportedAtItsLine() {
        let diagnostics = YAMLText.diagnostics("a: 1\n---\nb: 1\nb: 2\n")
        #expect(diagnostics.map(\.summary) == ["t.yaml:4:1: error: duplicate key 'b' (first at 3:1)"])
    }

    @Test func sameKeyInTwoDocumentsIsNotADuplicate() throws {
        let stream = try YAMLLoader().load("a: 1\n---\na: 2\n")
        #expect(stream.documents.map { $0["a"]?.value } == [.int(1), .int(2)])
    }
}
