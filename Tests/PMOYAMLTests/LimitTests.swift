import Foundation
import PMOSupport
import PMOTestSupport
import PMOYAML
import Testing

/// The limits that keep hostile files from exhausting time, stack or memory.
struct LimitTests {
    private static let depthMessage = "nesting is deeper than 256 levels (depth limit)"

    @Test func billionLaughsStopsAtTheAliasBudgetQuickly() throws {
        let clock = ContinuousClock()
        var diagnostics: [Diagnostic] = []
        let elapsed = try clock.measure { diagnostics = try Fixture.diagnostics("bad/billion-laughs.yaml") }
        #expect(
            diagnostics.map(\.summary) == [
                "Fixtures/bad/billion-laughs.yaml:6:8: error: aliases expand to more than 100000 nodes (alias budget); is this a 'billion laughs' document?"
            ])
        #expect(elapsed < .milliseconds(500))
    }

    @Test func aliasBudgetIsConfigurable() {
        let text = "a: &a [1, 2, 3]\nb: [*a, *a]\n"
        #expect(
            YAMLText.summaries(text, limits: YAMLLimits(maxAliasExpansion: 4)) == [
                "t.yaml:2:9: error: aliases expand to more than 4 nodes (alias budget); is this a 'billion laughs' document?"
            ])
        #expect(YAMLText.summaries(text, limits: YAMLLimits(maxAliasExpansion: 7)).count == 1)
        #expect(throws: Never.self) { try YAMLLoader(limits: YAMLLimits(maxAliasExpansion: 8)).load(text) }
    }

    /// The node budget alone let one 100 KB string through 10,000 aliases become a gigabyte.
    @Test func aliasesOfALongStringStopAtTheByteBudgetQuickly() throws {
        let long = String(repeating: "x", count: 100_000)
        let text = "a: &big \(long)\nb: [" + Array(repeating: "*big", count: 10_000).joined(separator: ", ") + "]\n"
        let clock = ContinuousClock()
        var summaries: [String] = []
        let elapsed = clock.measure { summaries = YAMLText.summaries(text) }
        #expect(
            summaries == [
                "t.yaml:2:251: error: aliases expand to more than 4194304 bytes of text (alias byte budget); '*big' alone is 100000 bytes"
            ])
        #expect(elapsed < .seconds(2))
        // Bytes of collections count too, and the limit is configurable.
        let nested = "a: &a [xxxx, yyyy]\nb: &b [*a, *a]\nc: [*b, *b]\n"
        #expect(
            YAMLText.summaries(nested, limits: YAMLLimits(maxAliasBytes: 20)) == [
                "t.yaml:3:5: error: aliases expand to more than 20 bytes of text (alias byte budget); '*b' alone is 16 bytes"
            ])
        #expect(throws: Never.self) { try YAMLLoader(limits: YAMLLimits(maxAliasBytes: 48)).load(nested) }
    }

    @Test func tenThousandNestedFlowSequencesHitTheDepthLimit() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        #expect(YAMLText.summaries(text) == ["t.yaml:1:257: error: \(Self.depthMessage)"])
    }

    @Test func tenThousandNestedFlowMappingsHitTheDepthLimit() {
        let text = String(repeating: "{a: ", count: 10_000) + "x" + String(repeating: "}", count: 10_000) + "\n"
        #expect(YAMLText.summaries(text) == ["t.yaml:1:1025: error: \(Self.depthMessage)"])
    }

    @Test func tenThousandNestedBlockSequencesHitTheDepthLimit() {
        let text = String(repeating: "- ", count: 10_000) + "x\n"
        #expect(YAMLText.summaries(text) == ["t.yaml:1:513: error: \(Self.depthMessage)"])
    }

    @Test func tenThousandNestedBlockMappingsHitTheDepthLimit() {
        // One extra space of indentation per level (10,000 levels would be 50 MB), so 300 levels.
        var text = ""
        for level in 0..<300 { text += String(repeating: " ", count: level) + "k:\n" }
        #expect(YAMLText.summaries(text) == ["t.yaml:257:257: error: \(Self.depthMessage)"])
    }

    @Test func nestingAtTheLimitLoads() throws {
        let text = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect(throws: Never.self) { try YAMLLoader().load(text) }
    }

    @Test func depthLimitIsConfigurable() {
        #expect(
            YAMLText.summaries("a: {b: [c]}\n", limits: YAMLLimits(maxDepth: 2)) == [
                "t.yaml:1:8: error: nesting is deeper than 2 levels (depth limit)"
            ])
    }

    @Test func aliasesCannotBuildNestingBeyondTheDepthLimit() {
        // Each anchored list is 200 deep; nesting an alias of it 100 levels down would make 300.
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        let text = "a: &a \(deep)\nb: " + String(repeating: "[", count: 100) + "*a" + String(repeating: "]", count: 100) + "\n"
        #expect(YAMLText.summaries(text) == ["t.yaml:2:104: error: \(Self.depthMessage) once alias '*a' is expanded"])
    }

    @Test func textOverTheSizeLimitIsRefused() {
        let diagnostics = YAMLText.diagnostics("name: 0123456789\n", limits: YAMLLimits(maxInputBytes: 10))
        #expect(diagnostics.map(\.summary) == ["t.yaml: error: file is 17 bytes, over the input limit of 10 bytes"])
        #expect(diagnostics.first?.range == nil)
    }

    @Test func fileOverASmallSizeLimitIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("small.yaml")
        try Data("name: 0123456789\n".utf8).write(to: URL(fileURLWithPath: path))
        let diagnostics = YAMLText.caught {
            try YAMLLoader(limits: YAMLLimits(maxInputBytes: 16)).loadFile(atPath: path, displayPath: "small.yaml")
        }
        #expect(diagnostics.map(\.summary) == ["small.yaml: error: file is 17 bytes, over the input limit of 16 bytes"])
        #expect(diagnostics.first?.help?.contains("PMO_MAX_INPUT_BYTES") == true)
        #expect(throws: Never.self) { try YAMLLoader(limits: YAMLLimits(maxInputBytes: 17)).loadFile(atPath: path) }
    }

    @Test func twoHundredMegabyteFileIsRefusedWithoutReadingIt() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("huge.yaml")
        #expect(FileManager.default.createFile(atPath: path, contents: Data("a: 1\n".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 200 << 20)  // sparse: no 200 MB is written or read
        try handle.close()
        let clock = ContinuousClock()
        var diagnostics: [Diagnostic] = []
        let elapsed = clock.measure {
            diagnostics = YAMLText.caught { try YAMLLoader().loadFile(atPath: path, displayPath: "huge.yaml") }
        }
        #expect(diagnostics.map(\.summary) == ["huge.yaml: error: file is 209715200 bytes, over the input limit of 67108864 bytes"])
        #expect(elapsed < .milliseconds(100), "the size is checked before reading")
    }

    @Test func folderInsteadOfAFileIsAnError() throws {
        let folder = try TemporaryFolder()
        let diagnostics = YAMLText.caught { try YAMLLoader().loadFile(atPath: folder.url.path, displayPath: "standards") }
        #expect(diagnostics.map(\.summary) == ["standards: error: cannot read file: it is a folder"])
    }

    @Test func missingFileIsAnError() throws {
        let folder = try TemporaryFolder()
        let diagnostics = YAMLText.caught { try YAMLLoader().loadFile(atPath: folder.path("nope.yaml"), displayPath: "nope.yaml") }
        #expect(diagnostics.map(\.summary) == ["nope.yaml: error: cannot read file: No such file or directory"])
    }

    @Test func displayPathDefaultsToThePath() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("dup.yaml")
        try Data("a: 1\na: 2\n".utf8).write(to: URL(fileURLWithPath: path))
        let diagnostics = YAMLText.caught { try YAMLLoader().loadFile(atPath: path) }
        #expect(diagnostics.map(\.summary) == ["\(path):2:1: error: duplicate key 'a' (first at 1:1)"])
    }

    @Test func defaultLimits() {
        #expect(YAMLLimits.default == YAMLLimits(maxInputBytes: 64 << 20, maxDepth: 256, maxAliasExpansion: 100_000))
    }
}
