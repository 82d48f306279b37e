import Foundation
import PMOCatalog
import PMORules
import PMOSupport
import PMOYAML
import Testing

@Suite("Rule examples run as tests")
struct ExampleTests {
    @Test("examples that behave as written produce no diagnostic; ↓ marks the finding's position")
    func passingExamples() throws {
        let ruleSet = try #require(
            compile(
                """
                    - id: owner-filled
                      severity: warning
                      title: Owner filled
                      check: {type: csv-filled, path: t.csv, columns: [担当]}
                      examples:
                        pass:
                          - files: {"t.csv": "ID,担当\\n1,佐藤\\n"}
                        fail:
                          - files: {"t.csv": "ID,担当\\n1,↓\\n"}
                    - id: code
                      severity: error
                      title: Code
                      assert: "project.parameters.code.matches('^[A-Z]+-[0-9]{3}$')"
                      examples:
                        pass:
                          - project: {parameters: {code: HRZ-012}}
                        fail:
                          - project: {parameters: {code: hrz}}
                """))
        #expect(RuleEngine().runExamples(ruleSet: ruleSet).isEmpty)
    }

    @Test("an example that does not behave as written is an error at the example's YAML position")
    func failingExamples() throws {
        let ruleSet = try #require(
            compile(
                """
                    - id: owner-filled
                      severity: warning
                      title: Owner filled
                      check: {type: csv-filled, path: t.csv, columns: [担当]}
                      examples:
                        pass:
                          - files: {"t.csv": "ID,担当\\n1,\\n"}
                        fail:
                          - files: {"t.csv": "ID,担当\\n1,佐藤\\n"}
                          - files: {"t.csv": "ID,↓担当\\n1,\\n"}
                          - {files: {}, extra: 1}
                """))
        let diagnostics = RuleEngine().runExamples(ruleSet: ruleSet)
        #expect(diagnostics.count == 4, "\(diagnostics.map(\.summary))")
        let lines = diagnostics.compactMap { $0.range?.start.line }
        #expect(lines == [7, 9, 10, 11].map { ruleSetHeaderLines + $0 })
        #expect(diagnostics[0].message.contains("pass example 1 of rule 'owner-filled' should pass but produced a finding"))
        #expect(diagnostics[1].message.contains("should fail but produced no finding"))
        #expect(diagnostics[2].message.contains("no finding at the ↓ marker t.csv:1:4"))
        #expect(diagnostics[3].message.contains("unknown field 'extra'"))
    }

    @Test("a fail example that only breaks the rule's evaluation does not count as failing")
    func evaluationErrorIsNotAFailure() throws {
        let ruleSet = try #require(
            compile(
                """
                    - id: code
                      severity: error
                      title: Code
                      assert: "project.parameters.code == 'X'"
                      examples:
                        fail:
                          - files: {}
                """))
        let diagnostics = RuleEngine().runExamples(ruleSet: ruleSet)
        #expect(diagnostics.first?.message.contains("could not be evaluated") == true)
    }

    @Test("catalog rule examples give a doc")
    func catalogExamples() throws {
        let ruleSet = try #require(
            compile(
                """
                    - id: has-tags
                      severity: info
                      title: Tags
                      assert: "has(doc.metadata.tags)"
                      examples:
                        pass:
                          - doc: {metadata: {tags: [a]}}
                        fail:
                          - doc: {metadata: {}}
                          - doc: {metadata: {tags: [a]}}
                """, target: "catalog"))
        let diagnostics = RuleEngine().runExamples(ruleSet: ruleSet)
        #expect(diagnostics.map { $0.range?.start.line } == [ruleSetHeaderLines + 10])
    }

    @Test("every example of the standard catalog behaves as written, and its policies pass")
    func standardCatalog() throws {
        let result = try CatalogLoader(workingDirectory: repositoryRoot).load(root: repositoryRoot)
        let diagnostics = RuleEngine().validationDiagnostics(for: result.catalog)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.map(\.summary).joined(separator: "\n"))")
        #expect(!result.catalog.documents(of: .ruleSet).isEmpty)
    }

    @Test("catalog policies apply to every document and point at it")
    func catalogPolicies() throws {
        let manifest = catalogManifest + "\n  policies: [ruleset/quality]\n"
        try withCatalog(
            [
                "catalog/policies/quality.yaml": ruleSetDocument(
                    name: "quality", target: "catalog",
                    rules: """
                            - id: long-description
                              severity: warning
                              title: Long description
                              when: "doc.kind == 'RuleSet'"
                              assert: "size(doc.metadata.description) > 100 && size(catalog.documents) > 0"
                              message: "{{doc.metadata.name}} needs a longer description"
                        """)
            ], manifest: manifest
        ) { catalog, diagnostics in
            #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.map(\.summary))")
            let findings = RuleEngine().checkCatalog(catalog)
            #expect(findings.map(\.message) == ["quality needs a longer description"])
            #expect(findings.first?.file == "catalog/policies/quality.yaml")
            #expect(findings.first?.range?.start.line == 1)
            #expect(findings.first?.diagnostic().severity == .warning)
        }
    }
}
