import Foundation
import PMOCatalog
import PMORules
import PMOSupport
import PMOYAML
import Testing

@Suite("Waivers and baselines")
struct WaiverTests {
    let known: Set<String> = ["demo/readme", "demo/other"]

    func parse(_ text: String) -> WaiverFile {
        WaiverFile.parse(SourceFile(path: ".pmo/waivers.yaml", text: text), knownRules: known)
    }

    @Test("a waiver without reason or expiry is an error at its position")
    func missingReasonOrExpiry() {
        let file = parse(
            """
            waivers:
              - rule: demo/readme
                owner: yamada
                expires: 2030-01-01
              - rule: demo/readme
                reason: no README in this repository
                owner: yamada
            """)
        #expect(file.waivers.isEmpty)
        #expect(
            file.diagnostics.map(\.message) == [
                "missing required field 'reason' in a waiver", "missing required field 'expires' in a waiver",
            ])
        #expect(file.diagnostics.map { $0.range?.start.line } == [2, 5])
        #expect(file.diagnostics.allSatisfy { $0.help != nil })
    }

    @Test(
        "a malformed waivers file is an error",
        arguments: [
            "waivers: [rule: x\n",
            "waivers: {rule: demo/readme}\n",
            "- just a string\n",
            "waivers:\n  - {rule: demo/readme, reason: r, owner: o, expires: soon}\n",
        ])
    func malformed(text: String) {
        let file = parse(text)
        #expect(!file.diagnostics.isEmpty)
        #expect(file.diagnostics.allSatisfy { $0.severity == .error && $0.file == ".pmo/waivers.yaml" })
    }

    @Test("an unknown rule id in a waiver is an error at the rule")
    func unknownRule() {
        let file = parse("waivers:\n  - {rule: demo/readm, reason: r, owner: o, expires: 2030-01-01}\n")
        #expect(file.diagnostics.first?.message == "unknown rule 'demo/readm' in a waiver")
        #expect(file.diagnostics.first?.range?.start.line == 2)
        #expect(file.diagnostics.first?.range?.start.column == 12)
        #expect(file.diagnostics.first?.help?.contains("demo/readme") == true)
    }

    func readmeRule() throws -> CompiledRuleSet {
        try #require(
            compile(
                """
                    - id: readme
                      severity: error
                      title: README
                      check: {type: file-exists, path: README.md}
                    - id: other
                      severity: warning
                      title: Other
                      check: {type: file-exists, path: OTHER.md}
                """))
    }

    @Test("a waiver suppresses matching findings; an expired one is a finding at its position; an unused one is reported")
    func applyWaivers() throws {
        let ruleSet = try readmeRule()
        let waivers = parse(
            """
            waivers:
              - {rule: demo/readme, reason: r, owner: o, expires: 2030-01-01}
              - {rule: demo/other, path: "docs/**", reason: r, owner: o, expires: 2030-01-01}
              - {rule: demo/other, reason: r, owner: o, expires: 2020-01-01}
            """)
        #expect(waivers.diagnostics.isEmpty)
        let context = ProjectContext(fileSystem: InMemoryFileSystem([:]))
        let result = RuleEngine().lint(
            project: context, ruleSets: [ruleSet], waivers: waivers, today: CalendarDate(year: 2026, month: 6, day: 1))
        #expect(result.waived.map(\.finding.qualifiedRuleID) == ["demo/readme"])
        let ids = result.findings.map(\.qualifiedRuleID)
        #expect(ids.sorted() == ["demo/other", "pmo/expired-waiver", "pmo/unused-waiver"])
        let expired = try #require(result.findings.first { $0.ruleID == "expired-waiver" })
        #expect(expired.file == ".pmo/waivers.yaml")
        #expect(expired.range?.start.line == 4)
        #expect(expired.message.contains("2020-01-01"))
    }

    @Test("a baseline accepts today's findings and survives line shifts; new findings still count")
    func baseline() throws {
        let ruleSet = try #require(
            compile(
                """
                    - id: filled
                      severity: error
                      title: Filled
                      check: {type: csv-filled, path: t.csv, columns: [担当]}
                      message: "{{column}} is empty"
                """))
        let before = lint(ruleSet, files: ["t.csv": "ID,担当\n1,\n"])
        let baseline = Baseline(findings: before)
        let (parsed, diagnostics) = Baseline.parse(SourceFile(path: "baseline.json", text: baseline.json()), knownRules: ["demo/filled"])
        #expect(diagnostics.isEmpty)
        let context = ProjectContext(fileSystem: InMemoryFileSystem(["t.csv": "ID,担当\n0,佐藤\n1,\n"]))
        let shifted = RuleEngine().lint(project: context, ruleSets: [ruleSet], waivers: .empty, baseline: parsed)
        #expect(shifted.findings.isEmpty)
        #expect(shifted.baselined.count == 1)
        let more = ProjectContext(fileSystem: InMemoryFileSystem(["t.csv": "ID,担当\n0,\n1,\n"]))
        #expect(RuleEngine().lint(project: more, ruleSets: [ruleSet], waivers: .empty, baseline: parsed).findings.count == 1)
    }

    @Test("an unknown rule id in a baseline is an error at its position")
    func baselineUnknownRule() {
        let text =
            "{\n  \"version\": 1,\n  \"findings\": [\n    {\"fingerprint\": \"0\", \"message\": \"m\", \"path\": \"a\", \"rule\": \"demo/gone\"}\n  ]\n}\n"
        let (_, diagnostics) = Baseline.parse(SourceFile(path: "b.json", text: text), knownRules: ["demo/filled"])
        #expect(diagnostics.map(\.message) == ["unknown rule 'demo/gone' in the baseline"])
        #expect(diagnostics.first?.range?.start.line == 4)
        let (none, malformed) = Baseline.parse(SourceFile(path: "b.json", text: "[1, 2]"), knownRules: [])
        #expect(none == nil)
        #expect(!malformed.isEmpty)
    }

    @Test("a baseline entry without its fingerprint, or not a mapping, is an error at its position")
    func baselineEntryMissingAField() {
        let text = "{\"version\": 1, \"findings\": [\n  {\"rule\": \"demo/filled\"},\n  3\n]}\n"
        let (parsed, diagnostics) = Baseline.parse(SourceFile(path: "b.json", text: text), knownRules: ["demo/filled"])
        #expect(
            diagnostics.map(\.summary) == [
                "b.json:2:3: error: missing required field 'fingerprint' in a baseline entry",
                "b.json:3:3: error: a baseline entry must be a mapping, not an integer",
            ])
        #expect(parsed?.entries.isEmpty == true)
    }
}
