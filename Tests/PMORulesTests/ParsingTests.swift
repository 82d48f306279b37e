import PMORules
import Testing

@Suite("Markdown, CSV, YAML paths and globs")
struct ParsingTests {
    @Test("ATX and setext headings, fenced code skipped, closing hashes dropped")
    func headings() {
        let headings = MarkdownHeading.parse("# A #\n\n```md\n# not\n```\nB\n---\n  ## C\n#D\n####### E\n")
        #expect(headings.map(\.text) == ["A", "B", "C"])
        #expect(headings.map(\.level) == [1, 2, 2])
        #expect(headings.map(\.line) == [1, 6, 8])
        #expect(headings[2].column == 6)
    }

    @Test("CSV quotes, doubled quotes, line breaks in quotes, CRLF and a BOM")
    func csv() {
        let table = CSVTable(parsing: "\u{FEFF}a,b\r\n\"x, y\",\"he said \"\"hi\"\"\"\r\n\"multi\nline\",z\r\n\r\n")
        #expect(table.header.map(\.text) == ["a", "b"])
        #expect(table.records.map { $0.map(\.text) } == [["x, y", "he said \"hi\""], ["multi\nline", "z"]])
        #expect(table.rows[2][1].line == 4)
        #expect(table.rows[2][1].column == 7)
    }

    @Test("YAML paths parse keys and indexes and refuse malformed text")
    func yamlPaths() {
        #expect(YAMLPath("a.b[0].c")?.steps == [.key("a"), .key("b"), .index(0), .key("c")])
        #expect(YAMLPath("担当者[2]")?.description == "担当者[2]")
        for bad in ["", "a..b", "a[x]", "a[", ".a", "a."] { #expect(YAMLPath(bad) == nil, "\(bad)") }
    }

    @Test("globs: * within a component, ** across components")
    func globs() {
        #expect(Glob("docs/*.md").matches("docs/a.md"))
        #expect(!Glob("docs/*.md").matches("docs/x/a.md"))
        #expect(Glob("docs/**").matches("docs/x/a.md"))
        #expect(Glob("**/*.csv").matches("a.csv"))
        #expect(Glob("**/*.csv").matches("docs/x/a.csv"))
        #expect(Glob("docs/0?_*.md").matches("docs/01_憲章.md"))
    }
}
