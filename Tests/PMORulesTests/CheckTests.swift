import PMORules
import PMOYAML
import Testing

@Suite("Built-in checks")
struct CheckTests {
    func findings(_ check: String, files: [String: String], message: String? = nil) throws -> [Finding] {
        let ruleSet = try #require(
            compile(
                """
                    - id: c
                      severity: warning
                      title: Check
                      check: \(check)
                \(message.map { "      message: \"\($0)\"" } ?? "")
                """))
        #expect(ruleSet.diagnostics.isEmpty, "\(ruleSet.diagnostics.map(\.summary))")
        return lint(ruleSet, files: files)
    }

    func location(_ finding: Finding?) -> String {
        guard let finding else { return "none" }
        return "\(finding.file ?? "-"):" + (finding.range.map { "\($0.start.line):\($0.start.column)" } ?? "-")
    }

    @Test("file-exists and file-absent")
    func existence() throws {
        let exists = try findings("{type: file-exists, path: docs/a.md}", files: ["docs/b.md": ""], message: "{{path}} is missing")
        #expect(exists.map(\.message) == ["docs/a.md is missing"])
        #expect(location(exists.first) == "docs/a.md:-")
        #expect(try findings("{type: file-exists, path: docs/a.md}", files: ["docs/a.md": ""]).isEmpty)
        #expect(try findings("{type: file-exists, path: docs}", files: ["docs/a.md": ""]).isEmpty)
        let absent = try findings("{type: file-absent, path: a.xlsx}", files: ["a.xlsx": "PK"])
        #expect(location(absent.first) == "a.xlsx:1:1")
        #expect(try findings("{type: file-absent, path: a.xlsx}", files: [:]).isEmpty)
    }

    @Test("file-matches: the file must contain a match, or with negate must not (finding at the first match)")
    func matches() throws {
        #expect(try findings("{type: file-matches, path: a.md, pattern: '^## 目的'}", files: ["a.md": "# x\n## 目的\n"]).isEmpty)
        let missing = try findings("{type: file-matches, path: a.md, pattern: '^## 目的'}", files: ["a.md": "# x\n"])
        #expect(location(missing.first) == "a.md:1:1")
        let forbidden = try findings("{type: file-matches, path: a.md, pattern: 'TBD', negate: true}", files: ["a.md": "# x\n\n- 背景：TBD\n"])
        #expect(location(forbidden.first) == "a.md:3:6")
        let absentFile = try findings("{type: file-matches, path: a.md, pattern: 'x'}", files: [:])
        #expect(location(absentFile.first) == "a.md:-")
    }

    @Test("yaml-path points at the YAML node")
    func yamlPath() throws {
        let file = "metadata:\n  owners:\n    - id: pmo\n      count: 3\n"
        #expect(try findings("{type: yaml-path, path: c.yaml, at: 'metadata.owners[0].id', equals: pmo}", files: ["c.yaml": file]).isEmpty)
        let wrong = try findings(
            "{type: yaml-path, path: c.yaml, at: 'metadata.owners[0].id', equals: qa}", files: ["c.yaml": file],
            message: "{{at}} is {{value}}, not {{expected}}")
        #expect(location(wrong.first) == "c.yaml:3:11")
        #expect(wrong.first?.message == "metadata.owners[0].id is pmo, not qa")
        let type = try findings(
            "{type: yaml-path, path: c.yaml, at: 'metadata.owners[0].count', valueType: string}", files: ["c.yaml": file])
        #expect(location(type.first) == "c.yaml:4:14")
        let missing = try findings("{type: yaml-path, path: c.yaml, at: 'metadata.owners[1]'}", files: ["c.yaml": file])
        #expect(location(missing.first) == "c.yaml:3:5")
        let broken = try findings("{type: yaml-path, path: c.yaml, at: a}", files: ["c.yaml": "a: [1,\n"])
        #expect(broken.count == 1)
        #expect(broken.first?.range != nil)
    }

    @Test("markdown-heading: finding at line 1, or at a heading of the wrong level")
    func markdownHeading() throws {
        let text = "# 憲章\n\n```\n## 目的\n```\n\n### 体制\n"
        let missing = try findings("{type: markdown-heading, path: c.md, heading: 目的}", files: ["c.md": text])
        #expect(location(missing.first) == "c.md:1:1")
        #expect(try findings("{type: markdown-heading, path: c.md, heading: 体制}", files: ["c.md": text]).isEmpty)
        let level = try findings("{type: markdown-heading, path: c.md, heading: 体制, level: 2}", files: ["c.md": text])
        #expect(location(level.first) == "c.md:7:5")
        let noFile = try findings("{type: markdown-heading, path: c.md, heading: 体制}", files: [:])
        #expect(location(noFile.first) == "c.md:-")
    }

    @Test("csv-columns: finding at the header cell where the first missing column should be")
    func csvColumns() throws {
        let ok = try findings("{type: csv-columns, path: t.csv, columns: [ID, 担当, 期限]}", files: ["t.csv": "ID,担当,期限,備考\n"])
        #expect(ok.isEmpty)
        let missing = try findings(
            "{type: csv-columns, path: t.csv, columns: [ID, 担当, 期限]}", files: ["t.csv": "ID,内容,期限\n"],
            message: "missing {{column}}")
        #expect(location(missing.first) == "t.csv:1:4")
        #expect(missing.first?.message == "missing 担当")
        let atEnd = try findings("{type: csv-columns, path: t.csv, columns: [ID, 担当, 期限]}", files: ["t.csv": "ID,担当\n"])
        #expect(location(atEnd.first) == "t.csv:1:6")
    }

    @Test("csv-filled: one finding per row, at the first empty cell")
    func csvFilled() throws {
        let csv = "ID,担当,期限\n1,佐藤,2026-05-01\n2,,2026-05-02\n3,\"鈴木\",\n\"4\n続き\",田中\n"
        let result = try findings("{type: csv-filled, path: t.csv, columns: [担当, 期限]}", files: ["t.csv": csv], message: "{{column}} empty")
        #expect(result.map(location) == ["t.csv:3:3", "t.csv:4:8", "t.csv:6:7"])
        #expect(result.map(\.message) == ["担当 empty", "期限 empty", "期限 empty"])
    }

    @Test("malformed checks are diagnostics at their position")
    func malformedChecks() throws {
        let ruleSet = try #require(
            compile(
                """
                    - id: a
                      severity: error
                      title: A
                      check: {type: csv-columns, path: t.csv, columns: [], extra: 1}
                    - id: b
                      severity: error
                      title: B
                      check: {type: file-matches, path: ../x, pattern: "("}
                    - id: c
                      severity: error
                      title: C
                      check: {type: yaml-path, path: x.yaml, at: "a..b"}
                """))
        #expect(ruleSet.rules.isEmpty)
        let messages = ruleSet.diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("unknown field 'extra'") })
        #expect(messages.contains { $0.contains("'columns' must not be empty") })
        #expect(messages.contains { $0.contains("inside the project") })
        #expect(messages.contains { $0.contains("'at' must be a path") })
        #expect(ruleSet.diagnostics.allSatisfy { $0.range != nil && $0.file == "standards/rules/demo.yaml" })
    }
}
