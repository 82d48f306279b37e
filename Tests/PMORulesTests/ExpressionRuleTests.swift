import Foundation
import PMOCatalog
import PMOExpression
import PMORules
import PMOYAML
import Testing

@Suite("Expression rules")
struct ExpressionRuleTests {
    @Test("a syntax error in assert is a diagnostic at the rule's YAML line and the column inside the expression")
    func syntaxErrorPosition() throws {
        let ruleSet = try #require(
            compile(
                """
                    - id: broken
                      severity: error
                      title: Broken
                      assert: "exists('a.md') && )"
                """))
        #expect(ruleSet.rules.isEmpty)
        let diagnostic = try #require(ruleSet.diagnostics.first)
        #expect(diagnostic.file == "standards/rules/demo.yaml")
        // Line 4 of the rule; the scalar starts at column 15 (the quote), `)` is at offset 18 of the expression.
        #expect(diagnostic.range?.start.line == ruleSetHeaderLines + 4)
        #expect(diagnostic.range?.start.column == 15 + 1 + 18)
        #expect(diagnostic.message.contains("syntax error in 'assert' of rule 'broken'"))
    }

    @Test("a syntax error inside a folded block scalar points at the right source line")
    func syntaxErrorInBlockScalar() throws {
        let ruleSet = try #require(
            compile(
                """
                    - id: broken
                      severity: error
                      title: Broken
                      when: >-
                        exists('a.md') &&
                        exists('b.md') && @
                      assert: "true"
                """))
        let diagnostic = try #require(ruleSet.diagnostics.first)
        #expect(diagnostic.range?.start.line == ruleSetHeaderLines + 6)
        #expect(diagnostic.range?.start.column == 27)
    }

    @Test("an unknown function is a finding 'rule could not be evaluated', not a crash")
    func unknownFunction() throws {
        let ruleSet = try #require(
            compile(
                """
                    - id: typo
                      severity: warning
                      title: Typo
                      assert: "exist('a.md')"
                """))
        let findings = lint(ruleSet, files: ["a.md": "x"])
        #expect(findings.count == 1)
        #expect(findings[0].kind == .evaluationError)
        #expect(findings[0].severity == .error)
        #expect(findings[0].message.hasPrefix("rule could not be evaluated"))
        #expect(findings[0].message.contains("exist"))
    }

    @Test("nested map over large lists exceeds the budget quickly")
    func costBudget() throws {
        let ruleSet = try #require(
            compile(
                """
                    - id: quadratic
                      severity: error
                      title: Quadratic
                      assert: "files.map(a, files.map(b, a + b)).size() > 0"
                """))
        var files: [String: String] = [:]
        for index in 0..<2_000 { files["f\(index).md"] = "" }
        let clock = ContinuousClock()
        let start = clock.now
        let findings = lint(ruleSet, files: files)
        let elapsed = clock.now - start
        #expect(findings.count == 1)
        #expect(findings.first?.message.hasPrefix("rule exceeded its budget") == true)
        // Debug builds on a loaded 2-core machine take ~0.3–0.8 s; release builds well under 0.1 s.
        #expect(elapsed < .seconds(1), "took \(elapsed)")
    }

    @Test("a rule that runs past the time limit is an error finding, whatever its severity, and || true does not hide it")
    func timeLimit() throws {
        let ruleSet = try #require(
            compile(
                """
                    - id: slow
                      severity: warning
                      title: Slow
                      assert: "files.map(a, files.map(b, a + b)).size() > 0 || true"
                """))
        var files: [String: String] = [:]
        for index in 0..<2_000 { files["f\(index).md"] = "" }
        let limits = ProjectLimits(expression: ExpressionLimits(costBudget: .max, timeLimit: 0.2))
        let clock = ContinuousClock()
        let start = clock.now
        let findings = lint(ruleSet, files: files, limits: limits)
        #expect(clock.now - start < .seconds(3))
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.kind == .evaluationError)
        #expect(findings.first?.message == "rule exceeded its time limit: 'assert' ran for more than 0.2s")
    }

    @Test("a non-bool assertion is an evaluation error")
    func nonBool() throws {
        let ruleSet = try #require(
            compile(
                """
                    - id: number
                      severity: error
                      title: Number
                      assert: "size(files)"
                """))
        let findings = lint(ruleSet, files: ["a": ""])
        #expect(findings.first?.message == "rule could not be evaluated: 'assert' returned int, not bool")
    }

    @Test("when: false skips the rule; message placeholders read bound variables")
    func whenAndMessage() throws {
        let ruleSet = try #require(
            compile(
                """
                    - id: code
                      severity: error
                      title: Code
                      when: "has(project.parameters)"
                      assert: "project.parameters.code.startsWith('X')"
                      message: "code {{project.parameters.code}} in {{rule}} ({{missing}})"
                """))
        #expect(lint(ruleSet, files: [:]).isEmpty)
        let findings = lint(ruleSet, files: [:], project: ["parameters": ["code": "HRZ-1"]])
        #expect(findings.map(\.message) == ["code HRZ-1 in demo/code ({{missing}})"])
    }

    @Test("the file functions see project files, CSV rows by header, headings and lines")
    func fileFunctions() throws {
        let context = ProjectContext(
            fileSystem: InMemoryFileSystem([
                "docs/a.md": "# Title\n\n## 目的\ntext\n",
                "log.csv": "ID,担当\n1,佐藤\n2,\n",
                "conf.yaml": "owners: [{id: pmo}]\n",
                ".pmo/lock.yaml": "template: standard-project\nparameters: {code: HRZ-012}\n",
            ]))
        #expect(context.templateName == "standard-project")
        let checks: [(String, Value)] = [
            ("exists('docs/a.md') && !exists('docs/b.md')", true),
            ("headings('docs/a.md')", ["Title", "目的"]),
            ("csv('log.csv').filter(r, r['担当'] == '').map(r, r.ID)", ["2"]),
            ("yaml('conf.yaml').owners[0].id", "pmo"),
            ("size(lines('docs/a.md'))", 4),
            ("read('docs/a.md').contains('目的')", true),
            ("files", ["conf.yaml", "docs/a.md", "log.csv"]),
            ("project.parameters.code", "HRZ-012"),
            ("now > timestamp('2020-01-01T00:00:00Z')", true),
        ]
        for (expression, expected) in checks {
            #expect(RuleEngine.evaluate(expression: expression, in: context) == expected, "\(expression)")
        }
        #expect(RuleEngine.evaluate(expression: "read('missing.md')", in: context).error?.message.contains("does not exist") == true)
        #expect(RuleEngine.evaluate(expression: "exists(", in: context).isError)
    }

    @Test("verify(rule:) runs one catalog rule on a project")
    func verifyRule() throws {
        try withCatalog([
            "standards/rules/demo.yaml": ruleSetDocument(
                rules: """
                        - id: readme
                          severity: error
                          title: README
                          check: {type: file-exists, path: README.md}
                    """)
        ]) { catalog, _ throws in
            let engine = RuleEngine()
            let missing = ProjectContext(fileSystem: InMemoryFileSystem([:]))
            let present = ProjectContext(fileSystem: InMemoryFileSystem(["README.md": "hi"]))
            let failing = try engine.verify(rule: "demo/readme", catalog: catalog, in: missing)
            let passing = try engine.verify(rule: "ruleset/demo/readme", catalog: catalog, in: present)
            #expect(failing.count == 1)
            #expect(passing.isEmpty)
            #expect(throws: RuleLookupError.self) { try engine.verify(rule: "demo/nope", catalog: catalog, in: present) }
        }
    }
}

@Suite("Rule sets of a project")
struct RuleSetResolverTests {
    @Test("the lock's templates (as pmo new writes them) and --rules name the rule sets")
    func fromLock() throws {
        let template = { (name: String, rules: String) in
            """
            apiVersion: pmo/v1
            kind: Template
            metadata: {name: \(name), title: T, description: A template, owner: pmo-office, category: governance, version: "1.0.0", changelog: [{version: "1.0.0", date: 2026-01-01, changes: first}]}
            spec:
              files: []
              rules: [\(rules)]
            """
        }
        try withCatalog([
            "standards/templates/base/template.yaml": template("base", "ruleset/a"),
            "standards/templates/addon/template.yaml": template("addon", "ruleset/b"),
            "standards/rules/a.yaml": ruleSetDocument(name: "a", rules: "    - {id: x, severity: error, title: X, assert: 'true'}"),
            "standards/rules/b.yaml": ruleSetDocument(name: "b", rules: "    - {id: y, severity: error, title: Y, assert: 'true'}"),
            "standards/rules/c.yaml": ruleSetDocument(name: "c", rules: "    - {id: z, severity: error, title: Z, assert: 'true'}"),
        ]) { catalog, _ throws in
            let lock = """
                template: base
                templates:
                  - {name: base, rules: [ruleset/a]}
                  - {name: addon, rules: [ruleset/b]}
                  - {name: retired, rules: [ruleset/c]}
                """
            let context = ProjectContext(fileSystem: InMemoryFileSystem([".pmo/lock.yaml": lock]))
            let resolver = RuleSetResolver(catalog: catalog)
            let names = try resolver.ruleSetNames(for: context, extra: ["ruleset/a"])
            #expect(names == ["a", "b", "c"])
            #expect(try resolver.compile(names).map(\.name) == ["a", "b", "c"])
            let unknown = ProjectContext(fileSystem: InMemoryFileSystem([".pmo/lock.yaml": "template: gone\n"]))
            #expect(throws: RuleSetResolutionError.self) { try resolver.ruleSetNames(for: unknown, extra: []) }
        }
    }
}
