import Foundation
import PMOReport
import Testing

/// The report's JSON: canonical output, digests, and a reader whose errors name the field.
@Suite("Report codec")
struct ReportCodecTests {
    static let report = ProjectReport(
        generatedAt: "2026-12-01T09:00:00Z",
        project: ReportProject(
            id: "hrz-012", name: "ホライズン刷新", owner: "山田花子", phase: nil,
            repository: ReportRepository(url: "https://git.example/hrz.git", commit: "0123abcd")),
        catalog: ReportCatalog(name: "company", version: "1.0.0", commit: nil),
        pmo: ReportTool(version: "0.1.0"),
        templates: [
            ReportTemplate(
                name: "standard-project", version: "2.0.0", currentVersion: "2.2.0", versionsBehind: 2,
                missingFromCatalog: false,
                missedChanges: [
                    ReportChange(version: "2.1.0", date: "2026-10-01", changes: "課題欄を追加"),
                    ReportChange(version: "2.2.0", date: nil, changes: ""),
                ],
                managedFiles: 4, modifiedFiles: ["docs/charter.md"], deletedFiles: ["docs/risks.md"])
        ],
        lint: ReportLint(
            errors: 1, warnings: 0, infos: 0,
            findings: [
                ReportFinding(
                    rule: "project-standard/charter", severity: "error", file: "docs/charter.md",
                    line: 3, column: 1, message: "目的が TBD")
            ]),
        waivers: [
            ReportWaiver(
                rule: "project-standard/x", path: nil, reason: "移行中", owner: "pmo", expires: "2026-12-20",
                expired: false, expiringSoon: true)
        ],
        checklists: [
            ReportChecklist(
                name: "kickoff", title: "キックオフ", version: "1.0.0", done: 1, total: 3,
                phases: [ReportPhase(id: "", title: "-", done: 1, total: 3)])
        ])

    @Test func theSummaryIsDerivedFromTheParts() {
        #expect(
            Self.report.summary
                == ReportSummary(
                    versionsBehind: 2, modifiedFiles: 1, deletedFiles: 1, lintErrors: 1, lintWarnings: 0,
                    checklistDone: 1, checklistTotal: 3, waiversExpiringSoon: 1))
    }

    @Test func encodingIsCanonicalAndRoundTrips() throws {
        let compact = ReportCodec.encode(Self.report)
        let pretty = ReportCodec.encode(Self.report, pretty: true)
        #expect(try ReportCodec.decode(compact) == Self.report)
        #expect(try ReportCodec.decode(pretty) == Self.report)
        #expect(String(decoding: compact, as: UTF8.self).hasPrefix("{\"apiVersion\":\"pmo/report/v1\",\"catalog\":"))
        #expect(String(decoding: compact, as: UTF8.self).contains("https://git.example/hrz.git"))
        // The digest is of the content, not of the spacing.
        #expect(ReportCodec.digest(try ReportCodec.decode(pretty)) == ReportCodec.digest(of: compact))
        var changed = Self.report
        changed.project.name += " "
        #expect(ReportCodec.digest(changed) != ReportCodec.digest(Self.report))
    }

    @Test(arguments: [
        ("", "not valid JSON"),
        ("{", "not valid JSON"),
        ("[]", "must be a JSON object"),
        ("{}", "apiVersion"),
        ("{\"apiVersion\":\"pmo/report/v2\"}", "apiVersion"),
        ("{\"apiVersion\":\"pmo/report/v1\"}", "project"),
    ])
    func documentsThatAreNotReportsNameWhatIsWrong(text: String, expected: String) {
        #expect(throws: ReportValidationError.self) { try ReportCodec.decode(Data(text.utf8)) }
        do {
            _ = try ReportCodec.decode(Data(text.utf8))
        } catch {
            #expect(error.description.contains(expected), "\(error)")
        }
    }

    /// Each edit of a good report's JSON object, and the field the error must name.
    static let edits: [(String, @Sendable (inout [String: Any]) -> Void)] = [
        ("project.id", { $0["project"] = ["name": "x"] }),
        ("project.id", { $0["project"] = ["id": "", "name": "x"] }),
        ("project.name", { $0["project"] = ["id": "x", "name": 5] }),
        ("project.id", { $0["project"] = ["id": "a\u{0}b", "name": "x"] }),
        ("generatedAt", { $0["generatedAt"] = "yesterday" }),
        (
            "templates[0].versionsBehind",
            { report in
                var templates = report["templates"] as! [[String: Any]]
                templates[0]["versionsBehind"] = "two"
                report["templates"] = templates
            }
        ),
        (
            "lint.findings[0].severity",
            { report in
                var lint = report["lint"] as! [String: Any]
                var findings = lint["findings"] as! [[String: Any]]
                findings[0]["severity"] = "fatal"
                lint["findings"] = findings
                report["lint"] = lint
            }
        ),
        (
            "summary",
            { report in
                var summary = report["summary"] as! [String: Any]
                summary["lintErrors"] = 0
                report["summary"] = summary
            }
        ),
        (
            "checklists[0].done",
            { report in
                var checklists = report["checklists"] as! [[String: Any]]
                checklists[0]["done"] = -1
                report["checklists"] = checklists
            }
        ),
    ]

    @Test func aWrongFieldIsNamed() throws {
        for (field, edit) in Self.edits {
            var object = try #require(try JSONSerialization.jsonObject(with: ReportCodec.encode(Self.report)) as? [String: Any])
            edit(&object)
            let data = try JSONSerialization.data(withJSONObject: object)
            do {
                _ = try ReportCodec.decode(data)
                Issue.record("accepted a report with a bad \(field)")
            } catch {
                #expect(error.field == field, "\(error)")
            }
        }
    }

    @Test func theSchemaIsJSON() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(ReportSchema.text.utf8)) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let properties = try #require(schema["properties"] as? [String: Any])
        let encoded = try #require(try JSONSerialization.jsonObject(with: ReportCodec.encode(Self.report)) as? [String: Any])
        #expect(Set(encoded.keys).isSubset(of: Set(properties.keys)))
    }
}
