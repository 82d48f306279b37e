import PMOSupport
import PMOYAML
import Testing

/// Compiler-style rendering: summary line, source line, caret under the span.
struct DiagnosticRendererTests {
    private func render(_ text: String, path: String = "t.yaml") -> String {
        let source = SourceFile(path: path, text: text)
        let diagnostics = YAMLText.caught { try YAMLLoader().load(source) }
        return diagnostics.map { DiagnosticRenderer().render($0, source: source) }.joined(separator: "\n")
    }

    @Test func duplicateKeyIsUnderlinedWithWideCharactersCountedTwice() {
        #expect(
            render("spec:\n  名前: a\n  名前: b\n") == """
                t.yaml:3:3: error: duplicate key '名前' (first at 2:3)
                   3 |   名前: b
                     |   ^~~~
                   = help: remove one of the two, or merge their values
                """)
    }

    @Test func caretAfterWideCharactersIsShiftedByTheirWidth() {
        #expect(
            render("タイトル: \"進捗\n") == """
                t.yaml:1:7: error: unclosed quote: the string that starts here never ends
                   1 | タイトル: "進捗
                     |           ^
                   = help: close the quote, or remove it
                """)
    }

    @Test func asciiSpanIsUnderlinedToItsEnd() {
        #expect(
            render("metadata:\n  title: a\n  title: b\n") == """
                t.yaml:3:3: error: duplicate key 'title' (first at 2:3)
                   3 |   title: b
                     |   ^~~~~
                   = help: remove one of the two, or merge their values
                """)
    }

    @Test func longLineIsWindowedAroundTheColumn() {
        let bytes = Array("v: ".utf8) + Array(repeating: UInt8(ascii: "a"), count: 297) + [0xFF]
        let source = SourceFile(path: "t.yaml", bytes: bytes)
        let diagnostics = YAMLText.caught { try YAMLLoader().load(source) }
        let lines = DiagnosticRenderer().render(try! #require(diagnostics.first), source: source).split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(lines[0] == "t.yaml:1:301: error: invalid UTF-8 (byte 0xFF at offset 300)")
        #expect(lines[1] == "   1 | …" + String(repeating: "a", count: 99) + "\u{FFFD}")
        #expect(lines[2] == "     | " + String(repeating: " ", count: 100) + "^")
    }

    @Test func longLineWindowHasEllipsesOnBothSides() {
        let line = String(repeating: "x", count: 150) + "target" + String(repeating: "y", count: 150)
        let source = SourceFile(path: "t.yaml", text: line + "\n")
        let start = SourceLocation(line: 1, column: 151, offset: 150)
        let end = SourceLocation(line: 1, column: 157, offset: 156)
        let diagnostic = Diagnostic(.warning, "look here", file: "t.yaml", range: SourceRange(start: start, end: end))
        let lines = DiagnosticRenderer().render(diagnostic, source: source).split(separator: "\n")
        #expect(lines[0] == "t.yaml:1:151: warning: look here")
        #expect(lines[1] == "   1 | …" + String(repeating: "x", count: 50) + "target" + String(repeating: "y", count: 44) + "…")
        #expect(lines[2] == "     | " + String(repeating: " ", count: 51) + "^~~~~~")
    }

    @Test func spanOverSeveralLinesIsUnderlinedToTheEndOfTheFirst() {
        let source = SourceFile(path: "t.yaml", text: "a: [1,\n  2]\n")
        let range = SourceRange(start: .init(line: 1, column: 4, offset: 3), end: .init(line: 2, column: 5, offset: 11))
        let rendered = DiagnosticRenderer().render(Diagnostic(.error, "bad list", file: "t.yaml", range: range), source: source)
        #expect(rendered == "t.yaml:1:4: error: bad list\n   1 | a: [1,\n     |    ^~~")
    }

    @Test func tabsInTheLineAreShownAsOneSpace() {
        let source = SourceFile(path: "t.yaml", text: "a:\t\"x\n")
        let range = SourceRange(at: .init(line: 1, column: 4, offset: 3))
        let rendered = DiagnosticRenderer().render(Diagnostic(.error, "m", file: "t.yaml", range: range), source: source)
        #expect(rendered == "t.yaml:1:4: error: m\n   1 | a: \"x\n     |    ^")
    }

    @Test func oldMacLineEndingsShowTheRightLine() {
        #expect(
            render("a: 1\rb: 2\rb: 3\r").split(separator: "\n").prefix(3).map(String.init) == [
                "t.yaml:3:1: error: duplicate key 'b' (first at 2:1)",
                "   3 | b: 3",
                "     | ^",
            ])
    }

    @Test func lineNumbersWiderThanTheGutterPushItRight() {
        let text = (0..<12_344).map { "k\($0): v\n" }.joined() + "k0: w\n"
        #expect(
            render(text).split(separator: "\n").prefix(3).map(String.init) == [
                "t.yaml:12345:1: error: duplicate key 'k0' (first at 1:1)",
                "12345 | k0: w",
                "      | ^~",
            ])
    }

    @Test func diagnosticWithoutRangeIsOnlyTheSummary() {
        let diagnostic = Diagnostic(.error, "cannot read file: it is a folder", file: "standards", range: nil)
        #expect(DiagnosticRenderer().render(diagnostic, source: nil) == "standards: error: cannot read file: it is a folder")
    }

    @Test func diagnosticWithoutSourceIsTheSummaryAndHelp() {
        let diagnostic = Diagnostic(.note, "n", file: "f.yaml", range: .fileStart, help: "do this")
        #expect(DiagnosticRenderer().render(diagnostic, source: nil) == "f.yaml:1:1: note: n\n   = help: do this")
    }

    @Test func rangePastTheEndOfTheFileIsTheSummaryOnly() {
        let source = SourceFile(path: "t.yaml", text: "a: 1\n")
        let diagnostic = Diagnostic(.error, "m", file: "t.yaml", range: SourceRange(at: .init(line: 9, column: 1, offset: 5)))
        #expect(DiagnosticRenderer().render(diagnostic, source: source) == "t.yaml:9:1: error: m")
    }

    @Test func colorWrapsSummaryAndCaretInANSICodes() {
        let source = SourceFile(path: "t.yaml", text: "a: 1\n")
        let diagnostic = Diagnostic(.error, "m", file: "t.yaml", range: SourceRange(at: .init(line: 1, column: 1, offset: 0)))
        #expect(
            DiagnosticRenderer(color: true).render(diagnostic, source: source)
                == "\u{1B}[1;31mt.yaml:1:1: error: m\u{1B}[0m\n   1 | a: 1\n     | \u{1B}[1;32m^\u{1B}[0m")
        let warning = Diagnostic(.warning, "w", file: "t.yaml", range: nil)
        #expect(DiagnosticRenderer(color: true).render(warning, source: nil) == "\u{1B}[1;33mt.yaml: warning: w\u{1B}[0m")
    }

    @Test func sortOrderIsFileThenPositionThenMessage() {
        func at(_ line: Int, _ column: Int) -> SourceRange { SourceRange(at: .init(line: line, column: column, offset: 0)) }
        let unsorted = [
            Diagnostic(.error, "b", file: "b.yaml", range: at(1, 1)),
            Diagnostic(.error, "z", file: "a.yaml", range: at(2, 1)),
            Diagnostic(.error, "y", file: "a.yaml", range: at(2, 1)),
            Diagnostic(.error, "x", file: "a.yaml", range: at(1, 9)),
            Diagnostic(.error, "whole file", file: "a.yaml", range: nil),
        ]
        #expect(unsorted.sorted(by: Diagnostic.sortOrder).map(\.message) == ["whole file", "x", "y", "z", "b"])
    }

    @Test func severitiesOrderErrorFirst() {
        #expect(Diagnostic.Severity.allCases.sorted() == [.error, .warning, .note])
        #expect(Diagnostic.Severity.error < .note)
    }
}
