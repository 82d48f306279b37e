import PMOYAML
import Testing

/// `<<` merge keys: a mapping or a list of mappings is merged, explicit keys win, anything else is an error.
struct MergeKeyTests {
    private func root() throws -> Node {
        try Fixture.load("merge.yaml").documents[0]
    }

    @Test func mergesOneMapping() throws {
        let single = try #require(try root()["single"])
        #expect(single["owner"]?.string == "pmo-office")
        #expect(single["status"]?.string == "active")
        #expect(single["name"]?.string == "single")
        #expect(single["<<"] == nil, "the merge key itself never stays as a key")
        #expect(single.mapping?.count == 3)
    }

    @Test func explicitKeysWinOverMergedOnes() throws {
        let override = try #require(try root()["override"])
        #expect(override["status"]?.string == "deprecated")
        #expect(override["owner"]?.string == "pmo-office")
        #expect(override.mapping?.count == 2)
    }

    @Test func listOfMappingsMergesWithEarlierMappingsWinning() throws {
        let several = try #require(try root()["several"])
        #expect(several["status"]?.string == "draft", "extra comes first in the list, so its status wins")
        #expect(several["tags"]?.values == [.string("a")])
        #expect(several["owner"]?.string == "pmo-office")
        #expect(several["name"]?.string == "several")
        #expect(several.mapping?.map { $0.key.string } == ["name", "status", "tags", "owner"])
    }

    @Test func mergedEntriesKeepTheirOriginalPositions() throws {
        let single = try #require(try root()["single"])
        #expect(single.entry(forKey: "owner")?.key.at == [2, 3])
    }

    @Test func inlineMappingMerges() throws {
        let root = try YAMLText.document("a:\n  <<: {x: 1, y: 2}\n  y: 3\n")
        #expect(root["a"]?["x"]?.value == .int(1))
        #expect(root["a"]?["y"]?.value == .int(3))
    }

    @Test func quotedMergeKeyIsAnOrdinaryKey() throws {
        let root = try YAMLText.document("'<<': {x: 1}\n")
        #expect(root["<<"]?["x"]?.value == .int(1))
    }

    @Test func mergeOfAListIsAnError() throws {
        let diagnostics = try Fixture.diagnostics("bad/bad-merge.yaml")
        #expect(
            diagnostics.map(\.summary) == [
                "Fixtures/bad/bad-merge.yaml:3:7: error: merge key '<<' needs a mapping or a list of mappings, not a list",
                "Fixtures/bad/bad-merge.yaml:6:7: error: merge key '<<' needs a mapping or a list of mappings, not a list",
            ])
    }

    @Test func mergeOfAScalarIsAnError() {
        #expect(
            YAMLText.summaries("a:\n  <<: text\n") == [
                "t.yaml:2:7: error: merge key '<<' needs a mapping or a list of mappings, not a string"
            ])
    }

    @Test func mergeOfNullIsAnError() {
        #expect(YAMLText.summaries("a:\n  <<:\n  b: 1\n").count == 1)
    }
}
