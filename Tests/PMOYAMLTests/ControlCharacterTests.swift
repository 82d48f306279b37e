import PMOSupport
import PMOYAML
import Testing

/// Control characters from inputs never reach the terminal: diagnostics show them escaped.
struct ControlCharacterTests {
    @Test func diagnosticsEscapeControlCharactersInTheMessageTheLineAndTheHelp() {
        // YAML files cannot hold raw controls (the loader refuses them), but lint excerpts show
        // Markdown and text files, and messages quote values from everywhere.
        let source = SourceFile(path: "t.yaml", text: "a: 1\na: \"\u{1B}[31mred\u{1B}]0;title\u{07}\"\n")
        let duplicate = Diagnostic(
            .error, "duplicate key 'a' (first at 1:1)", file: "t.yaml",
            range: SourceRange(
                start: SourceLocation(line: 2, column: 1, offset: 5), end: SourceLocation(line: 2, column: 2, offset: 6)),
            help: "remove one of the two, or merge their values")
        let rendered = DiagnosticRenderer(color: false).render(duplicate, source: source)
        #expect(
            rendered == """
                t.yaml:2:1: error: duplicate key 'a' (first at 1:1)
                   2 | a: "\\u{1B}[31mred\\u{1B}]0;title\\u{7}"
                     | ^
                   = help: remove one of the two, or merge their values
                """)
        let message = Diagnostic(.error, "value 'x\u{0}y\u{9B}z\u{7F}' with\ttab", file: "f\u{1B}.yaml", range: nil, help: "h\u{1B}")
        #expect(
            DiagnosticRenderer().render(message, source: nil)
                == "f\\u{1B}.yaml: error: value 'x\\u{0}y\\u{9B}z\\u{7F}' with\ttab\n   = help: h\\u{1B}")
    }

    @Test func theCaretStaysUnderItsColumnAfterAnEscapedCharacter() {
        let text = "k: \"\u{1B}\"\nk: 2\n"
        let source = SourceFile(path: "t.yaml", text: text)
        let diagnostic = Diagnostic(
            .error, "here", file: "t.yaml",
            range: SourceRange(
                start: SourceLocation(line: 1, column: 6, offset: 5), end: SourceLocation(line: 1, column: 7, offset: 6)))
        #expect(
            DiagnosticRenderer().render(diagnostic, source: source) == """
                t.yaml:1:6: error: here
                   1 | k: "\\u{1B}"
                     |           ^
                """)
    }

    @Test func coloursOfTheRendererSurviveAndInputEscapesDoNot() {
        let diagnostic = Diagnostic(.error, "bad \u{1B}[2J", file: "t.yaml", range: nil)
        let rendered = DiagnosticRenderer(color: true).render(diagnostic, source: nil)
        #expect(rendered == "\u{1B}[1;31mt.yaml: error: bad \\u{1B}[2J\u{1B}[0m")
    }

    @Test func longValuesAreQuotedAsAShortPrefix() {
        let value = String(repeating: "あ", count: 100_000)
        let summaries = YAMLText.summaries("n: !!int \(value)\n")
        #expect(summaries == ["t.yaml:1:4: error: '\(String(repeating: "あ", count: 60))…' (300000 bytes) is not a valid !!int"])
        let key = String(repeating: "k", count: 5_000)
        let duplicate = YAMLText.summaries("\(key): 1\n\(key): 2\n")
        #expect(duplicate.first.map { $0.utf8.count < 200 } == true, "\(duplicate.first?.prefix(300) ?? "")")
    }
}
