import Foundation
import PMOCatalog
import PMOSupport

/// The JSON form of drift results (`pmo drift --format json`), stable keys, pretty-printed.
package enum DriftJSON {
    struct Change: Encodable {
        var version: String
        var date: String?
        var changes: String
    }

    struct Template: Encodable {
        var name: String
        var version: String
        var current: String?
        var behind: Bool
        var versionsBehind: Int
        var missingFromCatalog: Bool
        var summary: String?
        var changes: [Change]
        var files: [FileDrift]
        /// Files the catalog's version adds (rendered with the recorded parameters).
        var addedFiles: [String]
        /// Why ``addedFiles`` could not be worked out, when it could not.
        var addedFilesUnknown: String?
        var counts: [String: Int]
        var checklists: Checklists
    }

    /// Checklists the catalog's version adds and drops against the project's.
    struct Checklists: Encodable {
        var added: [String]
        var dropped: [String]
    }

    struct Project: Encodable {
        var path: String
        var templates: [Template]
        var lint: LintSummary?
        var checklists: ChecklistCompletion?
    }

    struct Row: Encodable {
        var project: String
        var templates: [String]
        var versionsBehind: Int?
        var modified: Int?
        var deleted: Int?
        var lintErrors: Int?
        var lintWarnings: Int?
        var checklists: ChecklistCompletion?
        var error: String?
    }

    struct Total: Encodable {
        var template: String
        var version: String
        var current: Bool
        var projects: Int
    }

    struct Fleet: Encodable {
        var projects: [Row]
        var totals: [Total]
    }

    /// `{"projects": [...]}` for one or more projects.
    package static func render(_ drifts: [ProjectDrift]) -> String {
        encode(["projects": drifts.map(project)])
    }

    /// `{"projects": [rows], "totals": [...]}` for a fleet.
    package static func render(_ report: FleetReport) -> String {
        let rows = report.rows.map { row in
            Row(
                project: row.project, templates: row.drift?.templates.map { "\($0.name)@\($0.recordedVersion)" } ?? [],
                versionsBehind: row.drift?.versionsBehind, modified: row.drift?.count(.modified), deleted: row.drift?.count(.deleted),
                lintErrors: row.drift?.lint?.errors, lintWarnings: row.drift?.lint?.warnings, checklists: row.drift?.checklists,
                error: row.error)
        }
        let totals = report.totals.map {
            Total(template: $0.template, version: $0.version.description, current: $0.current == $0.version, projects: $0.projects)
        }
        return encode(Fleet(projects: rows, totals: totals))
    }

    static func project(_ drift: ProjectDrift) -> Project {
        Project(
            path: drift.path,
            templates: drift.templates.map { template in
                var counts: [String: Int] = [:]
                for status in FileDrift.Status.allCases { counts[status.rawValue] = template.files(status).count }
                return Template(
                    name: template.name, version: template.recordedVersion.description, current: template.currentVersion?.description,
                    behind: template.isBehind, versionsBehind: template.versionsBehind, missingFromCatalog: template.missingFromCatalog,
                    summary: template.changeSummary,
                    changes: template.changes.map {
                        Change(version: $0.version.description, date: $0.date?.description, changes: $0.changes)
                    },
                    files: template.files, addedFiles: template.addedFiles, addedFilesUnknown: template.addedFilesUnknown,
                    counts: counts,
                    checklists: Checklists(added: template.addedChecklists, dropped: template.droppedChecklists))
            }, lint: drift.lint, checklists: drift.checklists)
    }

    static func encode<T: Encodable>(_ value: T) -> String {
        guard let text = try? JSONText.encode(value) else { return "{}\n" }
        return text + "\n"
    }
}
