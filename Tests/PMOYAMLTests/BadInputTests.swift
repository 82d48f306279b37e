import PMOSupport
import PMOYAML
import Testing

/// Every bad input of issue 3 that the YAML layer owns: one test each, with the exact position.
struct BadInputTests {
    @Test func tabIndentationIsAnErrorAtTheTab() throws {
        let diagnostics = try Fixture.diagnostics("bad/tab-indent.yaml")
        #expect(
            diagnostics.map(\.summary) == [
                "Fixtures/bad/tab-indent.yaml:3:1: error: tab character in indentation; YAML indents with spaces only"
            ])
        #expect(diagnostics.first?.help == "replace the tab with spaces")
    }

    @Test func tabAtTheStartOfADocumentIsATabError() {
        let diagnostics = YAMLText.diagnostics("\tkey: 1\n")
        #expect(diagnostics.map(\.summary) == ["t.yaml:1:1: error: tab character in indentation; YAML indents with spaces only"])
    }

    @Test func tabAfterAKeyIsAllowed() throws {
        #expect(try YAMLText.document("key:\t1\n")["key"]?.value == .int(1))
    }

    @Test func unclosedQuoteIsAnErrorAtTheOpeningQuote() throws {
        let diagnostics = try Fixture.diagnostics("bad/unclosed-quote.yaml")
        #expect(
            diagnostics.map(\.summary) == [
                "Fixtures/bad/unclosed-quote.yaml:2:10: error: unclosed quote: the string that starts here never ends"
            ])
    }

    @Test func unclosedSingleQuoteIsAnError() {
        #expect(YAMLText.summaries("a: 'open\n") == ["t.yaml:1:4: error: unclosed quote: the string that starts here never ends"])
    }

    @Test func duplicateKeysAreAllReportedAtTheDuplicateNamingTheFirst() throws {
        let diagnostics = try Fixture.diagnostics("bad/duplicate-keys.yaml")
        #expect(
            diagnostics.map(\.summary) == [
                "Fixtures/bad/duplicate-keys.yaml:4:3: error: duplicate key 'title' (first at 2:3)",
                "Fixtures/bad/duplicate-keys.yaml:5:3: error: duplicate key 'owner' (first at 3:3)",
                "Fixtures/bad/duplicate-keys.yaml:7:1: error: duplicate key 'spec' (first at 6:1)",
            ])
        // The range covers the duplicate key, so the caret underlines it.
        #expect(diagnostics[0].range?.end == SourceLocation(line: 4, column: 8, offset: 53))
    }

    @Test func duplicateKeyInALargeMappingIsFound() {
        // Past sixteen keys the loader switches to a hash index; the first position must survive it.
        var text = ""
        for i in 0..<20 { text += "k\(i): \(i)\n" }
        text += "k3: again\nk19: again\n"
        #expect(
            YAMLText.summaries(text) == [
                "t.yaml:21:1: error: duplicate key 'k3' (first at 4:1)",
                "t.yaml:22:1: error: duplicate key 'k19' (first at 20:1)",
            ])
    }

    @Test func duplicateKeyInAMappingSearchedLinearlyIsFound() {
        var text = ""
        for i in 0..<12 { text += "k\(i): \(i)\n" }
        text += "k0: again\n"
        #expect(YAMLText.summaries(text) == ["t.yaml:13:1: error: duplicate key 'k0' (first at 1:1)"])
    }

    @Test func duplicateKeyInFlowMapping() {
        #expect(YAMLText.summaries("{a: 1, b: 2, a: 3}\n") == ["t.yaml:1:14: error: duplicate key 'a' (first at 1:2)"])
    }

    @Test func duplicatesAreReportedTogetherWithALaterSyntaxError() {
        let summaries = YAMLText.summaries("a: 1\na: 2\nb: [\n")
        #expect(summaries.count == 2)
        #expect(summaries.first == "t.yaml:2:1: error: duplicate key 'a' (first at 1:1)")
    }

    @Test func invalidUTF8IsAnErrorAtTheBadByte() throws {
        let diagnostics = try Fixture.diagnostics("bad/invalid-utf8.yaml")
        #expect(diagnostics.map(\.summary) == ["Fixtures/bad/invalid-utf8.yaml:2:9: error: invalid UTF-8 (byte 0xFF at offset 20)"])
        #expect(diagnostics.first?.range?.start.offset == 20)
    }

    @Test func invalidUTF8TrailingByteIsReportedAtThatByte() {
        let source = SourceFile(path: "t.yaml", bytes: Array("a: ".utf8) + [0xE3, 0x41, 0x42])
        let diagnostics = YAMLText.caught { try YAMLLoader().load(source) }
        #expect(diagnostics.map(\.summary) == ["t.yaml:1:5: error: invalid UTF-8 (byte 0x41 at offset 4)"])
    }

    @Test func truncatedUTF8AtTheEndOfTheFileIsAnError() throws {
        let diagnostics = try Fixture.diagnostics("bad/truncated-utf8.yaml")
        #expect(
            diagnostics.map(\.summary) == [
                "Fixtures/bad/truncated-utf8.yaml:1:8: error: invalid UTF-8 (incomplete sequence at the end of the file, offset 7)"
            ])
    }

    @Test func utf16ByteOrderMarkIsRefused() throws {
        let diagnostics = try Fixture.diagnostics("bad/utf16-bom.yaml")
        #expect(diagnostics.map(\.summary) == ["Fixtures/bad/utf16-bom.yaml:1:1: error: file is UTF-16; save it as UTF-8"])
    }

    @Test func utf16BigEndianByteOrderMarkIsRefused() {
        let source = SourceFile(path: "t.yaml", bytes: [0xFE, 0xFF, 0x00, 0x61])
        #expect(YAMLText.caught { try YAMLLoader().load(source) }.map(\.summary) == ["t.yaml:1:1: error: file is UTF-16; save it as UTF-8"])
    }

    @Test func binaryFileIsAnErrorAtTheFirstNonTextByte() throws {
        let diagnostics = try Fixture.diagnostics("bad/binary.yaml")
        #expect(diagnostics.map(\.summary) == ["Fixtures/bad/binary.yaml:2:1: error: invalid UTF-8 (byte 0x89 at offset 8)"])
    }

    @Test func nulBytesAreAnError() throws {
        let diagnostics = try Fixture.diagnostics("bad/nul-bytes.yaml")
        #expect(
            diagnostics.map(\.summary) == [
                "Fixtures/bad/nul-bytes.yaml:2:5: error: control character 0x00 is not allowed (is this a binary file?)"
            ])
    }

    @Test func integerOverflowIsAnErrorForEachNumber() throws {
        let diagnostics = try Fixture.diagnostics("bad/integer-overflow.yaml")
        #expect(
            diagnostics.map(\.summary) == [
                "Fixtures/bad/integer-overflow.yaml:2:6: error: integer 9223372036854775808 does not fit in 64 bits",
                "Fixtures/bad/integer-overflow.yaml:3:6: error: integer 0x10000000000000000 does not fit in 64 bits",
            ])
        #expect(diagnostics.first?.help == "quote it to keep it as a string")
    }

    @Test func negativeIntegerOverflowIsAnError() {
        #expect(
            YAMLText.summaries("v: -9223372036854775809\n") == ["t.yaml:1:4: error: integer -9223372036854775809 does not fit in 64 bits"])
    }

    @Test func unknownAnchorIsAnErrorAtTheAlias() throws {
        let diagnostics = try Fixture.diagnostics("bad/unknown-anchor.yaml")
        #expect(
            diagnostics.map(\.summary) == [
                "Fixtures/bad/unknown-anchor.yaml:2:6: error: unknown anchor 'bsae' (aliases must follow their anchor and cannot refer to an enclosing node)"
            ])
    }

    @Test func aliasToAnEnclosingNodeIsAnUnknownAnchor() {
        #expect(YAMLText.summaries("a: &self [1, *self]\n").first?.hasPrefix("t.yaml:1:14: error: unknown anchor 'self'") == true)
    }

    @Test func unsupportedTagsAreErrorsAtTheTag() throws {
        let diagnostics = try Fixture.diagnostics("bad/unsupported-tags.yaml")
        #expect(
            diagnostics.map(\.summary) == [
                "Fixtures/bad/unsupported-tags.yaml:1:7: error: unsupported tag '!expr'",
                "Fixtures/bad/unsupported-tags.yaml:2:6: error: unsupported tag '!!binary' on a scalar",
                "Fixtures/bad/unsupported-tags.yaml:3:7: error: unsupported tag '!!map' on a list",
            ])
    }

    @Test(arguments: ["!!timestamp 2026-10-01", "!!set {a}", "!!omap [a: 1]", "!custom x"])
    func otherTagsAreErrors(_ value: String) {
        #expect(YAMLText.summaries("v: \(value)\n").count == 1)
    }

    @Test func scalarTagOnAMappingIsAnError() {
        #expect(YAMLText.summaries("v: !!str {a: 1}\n") == ["t.yaml:1:4: error: unsupported tag '!!str' on a mapping"])
    }

    @Test(arguments: ["!!int abc", "!!float x", "!!bool yes", "!!null 0", "!!int 1.5"])
    func taggedValueThatDoesNotFitItsTagIsAnError(_ value: String) {
        let summaries = YAMLText.summaries("v: \(value)\n")
        #expect(summaries.count == 1)
        #expect(summaries.first?.hasPrefix("t.yaml:1:4: error: '") == true)
    }

    @Test func collectionAsMappingKeyIsAnError() {
        #expect(YAMLText.summaries("? [a, b]\n: 1\n") == ["t.yaml:1:3: error: a mapping key must be a plain value, not a list"])
    }

    @Test func syntaxErrorsCarryLibyamlsPositionAndContext() {
        let summaries = YAMLText.summaries("a: 1\nb: [1, 2\nc: 3\n")
        #expect(summaries.count == 1)
        #expect(summaries.first?.hasPrefix("t.yaml:") == true)
        #expect(summaries.first?.contains("(from 2:4)") == true)
    }

    @Test func badIndentationIsAnError() {
        let summaries = YAMLText.summaries("a:\n    b: 1\n  c: 2\n")
        #expect(summaries.count == 1)
        #expect(summaries.first?.hasPrefix("t.yaml:3:") == true)
    }
}
