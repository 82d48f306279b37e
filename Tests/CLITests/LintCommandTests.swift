import Foundation
import PMOTestSupport
import Testing

/// End-to-end tests of `pmo lint` (and the rule checks `pmo validate` gained) as a subprocess.
@Suite("Lint command")
struct LintCommandTests {
    static let manifest = """
        apiVersion: pmo/v1
        kind: Catalog
        metadata: {name: lint-test, title: Lint, description: Lint tests, owner: pmo, version: "1.0.0", changelog: [{version: "1.0.0", date: 2026-01-01, changes: first}]}
        spec:
          organization: Test
          owners: [{id: pmo, name: PMO}]
          taxonomy: {categories: [{id: governance, title: Governance}]}

        """

    static let template = """
        apiVersion: pmo/v1
        kind: Template
        metadata: {name: basic, title: Basic, description: A basic project, owner: pmo, category: governance, version: "1.0.0", changelog: [{version: "1.0.0", date: 2026-01-01, changes: first}]}
        spec:
          files: [{source: README.md, target: README.md}]
          rules: [ruleset/basic]

        """

    static func ruleSet(examples: String = "") -> String {
        """
        apiVersion: pmo/v1
        kind: RuleSet
        metadata: {name: basic, title: Basic rules, description: Rules for tests, owner: pmo, category: governance, version: "1.0.0", changelog: [{version: "1.0.0", date: 2026-01-01, changes: first}]}
        spec:
          target: project
          rules:
            - id: owner-filled
              severity: error
              title: Every issue has an owner
              check: {type: csv-filled, path: issues.csv, columns: [owner]}
              message: "{{path}}: {{column}} is empty"
              help: Write one name.
        \(examples)
            - id: readme
              severity: warning
              title: README exists
              assert: "exists('README.md')"

        """
    }

    /// A catalog and a project (with a lock naming the template unless `lock` is false).
    func setUp(lock: Bool = true, issues: String = "id,owner\n1,\n", readme: Bool = false) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("cat/catalog/catalog.yaml", Self.manifest)
        try folder.write("cat/standards/templates/basic/template.yaml", Self.template)
        try folder.write("cat/standards/templates/basic/files/README.md", "# README\n")
        try folder.write("cat/standards/rules/basic.yaml", Self.ruleSet())
        try folder.write("proj/issues.csv", issues)
        if readme { try folder.write("proj/README.md", "# hi\n") }
        if lock { try folder.write("proj/.pmo/lock.yaml", ContainmentTests.lock(template: "basic")) }
        return folder
    }

    @Test("findings are printed compiler-style; an error finding exits 1")
    func textAndExitCodes() throws {
        let folder = try setUp()
        let result = try PMORunner.run(["lint", "proj", "--catalog", "cat"], in: folder.path)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("proj/issues.csv:2:3: error: [basic/owner-filled] issues.csv: owner is empty"))
        #expect(result.stdout.contains("   = help: Write one name."))
        #expect(result.stdout.contains("proj: warning: [basic/readme] README exists"))
        #expect(result.stdout.contains("✗ 1 error, 1 warning, 0 infos (0 waived, 0 baselined); 2 rules"))
    }

    @Test("warnings alone exit 0, or 1 with --strict; a clean project exits 0")
    func warningsAndStrict() throws {
        let folder = try setUp(issues: "id,owner\n1,佐藤\n")
        #expect(try PMORunner.run(["lint", "proj", "--catalog", "cat"], in: folder.path).status == 0)
        #expect(try PMORunner.run(["lint", "proj", "--catalog", "cat", "--strict"], in: folder.path).status == 1)
        let clean = try setUp(issues: "id,owner\n1,佐藤\n", readme: true)
        let result = try PMORunner.run(["lint", "proj", "--catalog", "cat"], in: clean.path)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("✓ no findings"))
    }

    @Test("without a lock the rule sets come from --rules; without either, exit 2")
    func rulesOption() throws {
        let folder = try setUp(lock: false)
        let missing = try PMORunner.run(["lint", "proj", "--catalog", "cat"], in: folder.path)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("--rules"))
        #expect(try PMORunner.run(["lint", "proj", "--catalog", "cat", "--rules", "ruleset/basic"], in: folder.path).status == 1)
        let unknown = try PMORunner.run(["lint", "proj", "--catalog", "cat", "--rules", "ruleset/basik"], in: folder.path)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("basic"))
    }

    @Test("JSON, SARIF and JUnit reports parse")
    func formats() throws {
        let folder = try setUp()
        let json = try PMORunner.run(["lint", "proj", "--catalog", "cat", "--format", "json"], in: folder.path)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((report["summary"] as? [String: Int])?["errors"] == 1)
        let sarif = try PMORunner.run(["lint", "proj", "--catalog", "cat", "--format", "sarif"], in: folder.path)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect(sarif.stdout.contains("\"uri\" : \"proj/issues.csv\""))
        let junit = try PMORunner.run(["lint", "proj", "--catalog", "cat", "--format", "junit"], in: folder.path)
        #expect(junit.stdout.hasPrefix("<?xml"))
        #expect(junit.stdout.contains("<testcase classname=\"basic\" name=\"owner-filled\">"))
    }

    @Test("waivers suppress findings; a malformed waiver is an error at its position (exit 2)")
    func waivers() throws {
        let folder = try setUp()
        try folder.write(
            "proj/.pmo/waivers.yaml",
            """
            waivers:
              - {rule: basic/owner-filled, path: "*.csv", reason: 移行中, owner: 山田, expires: 2999-12-31}
              - {rule: basic/readme, reason: 不要, owner: 山田, expires: 2999-12-31}

            """)
        let waived = try PMORunner.run(["lint", "proj", "--catalog", "cat", "--format", "json"], in: folder.path)
        #expect(waived.status == 0, "\(waived)")
        #expect(waived.stdout.contains("\"waived\" : 2"))
        try folder.write(
            "proj/.pmo/waivers.yaml",
            "waivers:\n  - {rule: basic/owner-filled, owner: 山田}\n  - {rule: basic/nope, reason: r, owner: o, expires: 2999-01-01}\n")
        let broken = try PMORunner.run(["lint", "proj", "--catalog", "cat"], in: folder.path)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("proj/.pmo/waivers.yaml:2:5: error: missing required field 'reason' in a waiver"), "\(broken)")
        #expect(broken.stderr.contains("proj/.pmo/waivers.yaml:3:12: error: unknown rule 'basic/nope' in a waiver"), "\(broken)")
    }

    @Test("a written baseline suppresses today's findings; an unknown rule in it is exit 2")
    func baseline() throws {
        let folder = try setUp()
        let write = try PMORunner.run(["lint", "proj", "--catalog", "cat", "--write-baseline", "base.json"], in: folder.path)
        #expect(write.status == 0, "\(write)")
        let accepted = try PMORunner.run(["lint", "proj", "--catalog", "cat", "--baseline", "base.json"], in: folder.path)
        #expect(accepted.status == 0, "\(accepted)")
        #expect(accepted.stdout.contains("2 baselined"))
        try folder.write("base.json", "{\"version\": 1, \"findings\": [{\"rule\": \"basic/gone\", \"fingerprint\": \"0\"}]}\n")
        let unknown = try PMORunner.run(["lint", "proj", "--catalog", "cat", "--baseline", "base.json"], in: folder.path)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("base.json:1:38: error: unknown rule 'basic/gone' in the baseline"), "\(unknown)")
    }

    @Test("pmo validate reports a rule example that does not behave as written, at the example")
    func validateRunsExamples() throws {
        let folder = try setUp()
        try folder.write(
            "cat/standards/rules/basic.yaml",
            Self.ruleSet(
                examples: """
                          examples:
                            pass:
                              - files: {"issues.csv": "id,owner\\n1,\\n"}
                            fail:
                              - files: {"issues.csv": "id,owner\\n1,↓\\n"}
                    """))
        let result = try PMORunner.run(["validate", "--catalog", "cat"], in: folder.path)
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stderr.contains(
                "cat/standards/rules/basic.yaml:15:13: error: pass example 1 of rule 'owner-filled' should pass but produced a finding"),
            "\(result)")
    }
}
