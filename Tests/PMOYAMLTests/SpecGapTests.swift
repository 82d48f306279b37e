import PMOYAML
import Testing

/// Inputs where libyaml's scanner reads YAML 1.2 differently: pmo gives an error with the position
/// (or the value YAML 1.2 gives), never libyaml's wrong value. The fixtures under
/// `Fixtures/yaml-test-suite/` are the YAML test suite's cases of each shape, named by case id.
struct SpecGapTests {
    /// Valid YAML 1.2 that libyaml reads to another value: now an error at the shape.
    @Test(
        "valid inputs libyaml misreads are errors, not wrong values",
        arguments: [
            ("652Z", "1:3: error: '?' right before a value in brackets"),
            ("HM87-1", "1:2: error: '?' right before a value in brackets"),
            ("Y2GN", "2:9: error: anchor name '&an:chor' contains ':'"),
            ("2SXE", "1:3: error: anchor name '&a:' contains ':'"),
        ])
    func misreadValidInputs(name: String, expected: String) throws {
        let diagnostics = try Fixture.diagnostics("yaml-test-suite/\(name).yaml")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.summary.hasPrefix("Fixtures/yaml-test-suite/\(name).yaml:\(expected)") == true, "\(diagnostics)")
    }

    /// A block scalar that ends the file with a line of spaces and no line break: the value YAML 1.2 gives.
    @Test func blockScalarEndingInALineOfSpacesKeepsThatLine() throws {
        let literal = try Fixture.load("yaml-test-suite/L24T-1.yaml")
        #expect(JSONWriter.json(try #require(literal.documents.first)) == #"{"foo":"x\n \n"}"#)
        let kept = try Fixture.load("yaml-test-suite/JEF9-2.yaml")
        #expect(JSONWriter.json(try #require(kept.documents.first)) == #"["\n"]"#)
        // Other files that end in spaces are unchanged.
        #expect(JSONWriter.json(try YAMLText.document("a: b\n   ")) == #"{"a":"b"}"#)
        #expect(JSONWriter.json(try YAMLText.document("a: |+\n  b   ")) == #"{"a":"b   "}"#)
    }

    /// Invalid YAML that libyaml accepts: each shape is an error at its position.
    @Test(
        "invalid inputs libyaml accepts are errors",
        arguments: [
            ("9C9N", "3:1: error: this line continues a list or mapping in brackets and must be indented by at least 1 space"),
            (
                "Y79Y-3",
                "2:2: error: this line continues a list or mapping in brackets and must be indented by at least 1 space (tabs do not count)"
            ),
            ("QB6E", "3:1: error: this line continues a quoted string and must be indented by at least 1 space"),
            ("DK95-1", "2:2: error: this line continues a quoted string and must be indented by at least 1 space (tabs do not count)"),
            ("9JBA", "2:13: error: a comment needs a space before '#'"),
            ("CVW2", "2:11: error: a comment needs a space before '#'"),
            ("SU5Z", "1:13: error: a comment needs a space before '#'"),
            ("X4QW", "1:9: error: a comment needs a space before '#'"),
            ("MUS6-0", "1:10: error: a comment needs a space before '#'"),
            ("EB22", "3:1: error: a directive (%YAML or %TAG) after a document needs a '...' line that ends the document first"),
            ("RHX7", "3:1: error: a directive (%YAML or %TAG) after a document needs a '...' line that ends the document first"),
            ("MUS6-1", "3:1: error: a directive (%YAML or %TAG) after a document needs a '...' line that ends the document first"),
            ("G5U8", "2:4: error: '-' alone is not a value in brackets; quote it: '-'"),
            ("YJV2", "1:2: error: '-' alone is not a value in brackets; quote it: '-'"),
        ])
    func acceptedInvalidInputs(name: String, expected: String) throws {
        let diagnostics = try Fixture.diagnostics("yaml-test-suite/\(name).yaml")
        #expect(diagnostics.map(\.summary) == ["Fixtures/yaml-test-suite/\(name).yaml:\(expected)"])
    }

    /// The same shapes written as pmo users would, and their valid neighbours.
    @Test func shapesInOrdinaryFilesAndTheirValidNeighbours() throws {
        #expect(
            YAMLText.summaries("owner: &team:a pmo\n") == [
                "t.yaml:1:13: error: anchor name '&team:a' contains ':', which the YAML reader cannot read; name anchors with letters, digits, '-' and '_', and put a space before ':'"
            ])
        #expect(YAMLText.summaries("a: &x 1\nb: *x:\n").first?.contains("alias name '*x:' contains ':'") == true)
        #expect(YAMLText.summaries("tags: [a, b]# no space\n") == ["t.yaml:1:13: error: a comment needs a space before '#'"])
        #expect(YAMLText.summaries("title: 'x'#c\n") == ["t.yaml:1:11: error: a comment needs a space before '#'"])
        #expect(
            YAMLText.summaries("spec:\n  text: \"line one\n  line two\"\n") == [
                "t.yaml:3:3: error: this line continues a quoted string and must be indented by at least 3 spaces"
            ])
        // Valid: anchors and aliases followed by a space, '#' inside text, well-indented continuations,
        // a closing bracket on its own line, comment lines inside brackets, '-' inside a word.
        for valid in [
            "a: &x 1\nb: *x\nc: [*x, *x]\n", "url: http://x/#y\nk: a#b\n", "spec:\n  text: \"line one\n    line two\"\n",
            "tags: [\n  a,\n  b\n]\n", "tags: [a,\n# note\n  b]\n", "x: [a-b, -1, '-']\n", "x: [? a : b]\n",
            "%YAML 1.2\n---\na: 1\n...\n%YAML 1.2\n---\nb: 2\n",
        ] {
            #expect(throws: Never.self, "\(valid)") { try YAMLLoader().load(valid) }
        }
    }

    /// libyaml breaks lines at U+0085, U+2028 and U+2029 (YAML 1.1); YAML 1.2 does not. Refusing
    /// them keeps values and every later position the same as a YAML 1.2 reader's.
    @Test(
        "line separators YAML 1.2 does not break at are errors at their position",
        arguments: [
            ("\u{85}", "U+0085 (next line)"), ("\u{2028}", "U+2028 (line separator)"), ("\u{2029}", "U+2029 (paragraph separator)"),
        ])
    func lineSeparators(separator: String, name: String) {
        #expect(
            YAMLText.summaries("a: 1\ntitle: 進捗\(separator)  報告\n") == [
                "t.yaml:2:10: error: \(name) is not allowed: YAML 1.2 reads it as a character, the YAML reader as a line break"
            ])
    }

    /// The scan jumps between the lead bytes 0xC2 and 0xE2: other characters that start with them
    /// ("©", "…", "→") are passed over, and of two separators the first one is reported.
    @Test func lineSeparatorAfterCharactersWithTheSameLeadByte() {
        let message = "is not allowed: YAML 1.2 reads it as a character, the YAML reader as a line break"
        #expect(YAMLText.summaries("a: ©…→ ok\nb: x\u{2029}y\u{85}\n") == ["t.yaml:2:5: error: U+2029 (paragraph separator) \(message)"])
        #expect(YAMLText.summaries("a: …©\u{85}x\u{2028}\n") == ["t.yaml:1:6: error: U+0085 (next line) \(message)"])
        #expect(throws: Never.self) { try YAMLLoader().load("a: ©…→ \u{2027}\u{2030}\u{A0}\n") }
    }
}
