import Foundation
import PMOCatalog
import PMORules
import PMOSupport
import PMOYAML
import Testing

@Suite("Reports")
struct ReporterTests {
    func sampleResult() throws -> LintResult {
        let ruleSet = try #require(
            compile(
                """
                    - id: filled
                      severity: error
                      title: Owner filled
                      description: Every issue has an owner.
                      check: {type: csv-filled, path: docs/課題.csv, columns: [担当]}
                      message: "{{column}} is empty <&>"
                      help: Write one name.
                    - id: readme
                      severity: info
                      title: README
                      assert: "exists('README.md')"
                    - id: charter
                      severity: warning
                      title: Charter
                      check: {type: file-exists, path: docs/charter.md}
                """))
        let waivers = WaiverFile.parse(
            SourceFile(
                path: ".pmo/waivers.yaml",
                text: "waivers:\n  - {rule: demo/charter, path: 'docs/*', reason: later, owner: o, expires: 2999-01-01}\n"),
            knownRules: LintResult.knownRules([ruleSet]))
        #expect(waivers.diagnostics.isEmpty)
        let context = ProjectContext(fileSystem: InMemoryFileSystem(["docs/課題.csv": "ID,担当\n1,\n"]))
        return RuleEngine().lint(project: context, ruleSets: [ruleSet], waivers: waivers)
    }

    @Test("text: control characters from project files and messages are escaped")
    func textEscapesControlCharacters() throws {
        let ruleSet = try #require(
            compile(
                """
                    - id: filled
                      severity: error
                      title: Filled
                      message: "bad \\u001b]0;pwned\\u0007 value"
                      check: {type: file-exists, path: docs/none.md}
                """))
        let result = RuleEngine().lint(project: ProjectContext(fileSystem: InMemoryFileSystem([:])), ruleSets: [ruleSet], waivers: .empty)
        let text = TextReporter(options: ReportOptions(projectPath: "proj")).render(result)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        #expect(text.contains("bad \\u{1B}]0;pwned\\u{7} value"), "\(text)")
    }

    @Test("text: compiler-style lines with an excerpt, help and a summary")
    func text() throws {
        let result = try sampleResult()
        let files = ["docs/課題.csv": "ID,担当\n1,\n"]
        let text = TextReporter(options: ReportOptions(projectPath: "proj")).render(result) { path in
            files[path].map { SourceFile(path: path, text: $0) }
        }
        #expect(
            text.split(separator: "\n", omittingEmptySubsequences: false) == [
                "proj: info: [demo/readme] README",
                "proj/docs/課題.csv:2:3: error: [demo/filled] 担当 is empty <&>",
                "   2 | 1,",
                "     |   ^",
                "   = help: Write one name.",
                "✗ 1 error, 0 warnings, 1 info (1 waived, 0 baselined); 3 rules",
                "",
            ])
    }

    @Test("JSON: findings, waived with their waiver, summary")
    func json() throws {
        let text = JSONReporter(options: ReportOptions(projectPath: ".")).render(try sampleResult())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["errors": 1, "warnings": 0, "infos": 1, "waived": 1, "baselined": 0, "rules": 3])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.map { $0["rule"] as? String } == ["demo/readme", "demo/filled"])
        #expect(findings[1]["line"] as? Int == 2)
        let waived = try #require(object["waived"] as? [[String: Any]])
        #expect((waived.first?["waiver"] as? [String: Any])?["reason"] as? String == "later")
    }

    @Test("SARIF validates against the SARIF 2.1.0 schema")
    func sarif() throws {
        let text = SARIFReporter(options: ReportOptions(projectPath: "proj")).render(try sampleResult())
        // ../shared beside the repository, as CI lays it out; a missing schema fails the test.
        let schema = repositoryRoot + "/../shared/schemas/sarif-schema-2.1.0.json"
        try #require(FileManager.default.fileExists(atPath: schema))
        let script = "import json,sys,jsonschema; jsonschema.validate(json.load(sys.stdin), json.load(open(sys.argv[1]))); print('valid')"
        let (status, output) = try run("/usr/bin/env", ["python3", "-c", script, schema], stdin: text)
        #expect(status == 0, "\(output)")
        #expect(output.contains("valid"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "pmo")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.first?["id"] as? String == "demo/filled")
        #expect((rules.first?["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 3)
        let located = try #require(results.first { $0["ruleId"] as? String == "demo/filled" })
        let physical = (located["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect((physical?["artifactLocation"] as? [String: Any])?["uri"] as? String == "proj/docs/%E8%AA%B2%E9%A1%8C.csv")
        #expect((physical?["region"] as? [String: Any])?["startLine"] as? Int == 2)
        #expect(results.contains { $0["suppressions"] != nil })
    }

    @Test("JUnit: a test case per rule, a failure per finding, well-formed XML")
    func junit() throws {
        let xml = JUnitReporter().render(try sampleResult())
        #expect(xml.contains("<testcase classname=\"demo\" name=\"filled\">"))
        #expect(xml.contains("<testcase classname=\"demo\" name=\"charter\"/>"))
        #expect(xml.contains("message=\"担当 is empty &lt;&amp;&gt;\""))
        #expect(xml.contains("tests=\"3\" failures=\"2\""))
        let (status, output) = try run(
            "/usr/bin/env",
            ["python3", "-c", "import sys,xml.dom.minidom; xml.dom.minidom.parseString(sys.stdin.buffer.read()); print('ok')"], stdin: xml)
        #expect(status == 0, "\(output)")
    }
}

@Suite("docs/rules.md")
struct DocumentationTests {
    @Test("every built-in check type is documented")
    func checkTypesDocumented() throws {
        let text = try String(contentsOfFile: repositoryRoot + "/docs/rules.md", encoding: .utf8)
        for type in RuleSetSpec.checkTypes {
            #expect(text.contains("`\(type)`"), "docs/rules.md does not document \(type)")
        }
        for function in ["exists", "read", "yaml", "headings", "csv", "lines"] {
            #expect(text.contains("`\(function)(path)`"), "docs/rules.md does not document \(function)(path)")
        }
    }
}
