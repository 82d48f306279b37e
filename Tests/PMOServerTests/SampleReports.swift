import Foundation
import PMOReport

/// Reports made in code for the store and server tests.
enum SampleReports {
    /// A report of `project` with the given counts; `serial` makes otherwise equal reports differ.
    static func make(
        project: String, name: String? = nil, owner: String? = "team-a", template: String = "standard-project",
        version: String = "2.0.0", behind: Int = 0, lintErrors: Int = 0, serial: Int = 0,
        message: String = "charter has a placeholder"
    ) -> ProjectReport {
        let changes = (0..<behind).map {
            ReportChange(version: "2.\($0 + 1).0", date: "2026-11-0\($0 % 9 + 1)", changes: "change \($0 + 1)")
        }
        let findings = (0..<lintErrors).map {
            ReportFinding(
                rule: "project-standard/charter-no-placeholder", severity: "error", file: "docs/charter.md", line: $0 + 1, column: 1,
                message: message)
        }
        return ProjectReport(
            generatedAt: "2026-12-01T09:00:\(String(format: "%02d", serial % 60))Z",
            project: ReportProject(
                id: project, name: name ?? project, owner: owner, phase: "planning",
                repository: ReportRepository(url: "https://git.example/\(project).git", commit: String(repeating: "a", count: 40))),
            catalog: ReportCatalog(name: "company", version: "1.0.0", commit: nil),
            pmo: ReportTool(version: "0.1.0"),
            templates: [
                ReportTemplate(
                    name: template, version: version, currentVersion: behind > 0 ? "2.\(behind).0" : version,
                    versionsBehind: behind, missingFromCatalog: false, missedChanges: changes, managedFiles: 5,
                    modifiedFiles: serial % 2 == 0 ? [] : ["docs/charter.md"], deletedFiles: [])
            ],
            lint: ReportLint(
                errors: lintErrors, warnings: serial % 3, infos: 0,
                findings: findings
                    + (0..<(serial % 3)).map { _ in
                        ReportFinding(rule: "project-standard/x", severity: "warning", file: nil, line: nil, column: nil, message: "w")
                    }),
            waivers: [],
            checklists: [
                ReportChecklist(
                    name: "kickoff", title: "キックオフ", version: "1.0.0", done: serial % 5, total: 5,
                    phases: [ReportPhase(id: "planning", title: "計画", done: serial % 5, total: 5)])
            ])
    }

    /// The canonical JSON of a report, as `pmo report` would send it.
    static func body(_ report: ProjectReport) -> Data {
        ReportCodec.encode(report, pretty: true)
    }
}
