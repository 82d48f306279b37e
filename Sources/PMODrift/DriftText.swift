import Foundation
import PMOSupport

/// The text form of drift results.
package enum DriftText {
    /// One block per project: each template's version and changelog, then its modified and deleted files.
    package static func render(_ drifts: [ProjectDrift]) -> String {
        var out = ""
        for drift in drifts {
            out += drift.path + "\n"
            for template in drift.templates {
                var head = "  \(template.name) \(template.recordedVersion)"
                if template.missingFromCatalog {
                    head += " (not in the catalog)"
                } else if let current = template.currentVersion {
                    if template.isBehind {
                        head += " → \(current) (\(template.versionsBehind) version\(template.versionsBehind == 1 ? "" : "s") behind)"
                    } else if current < template.recordedVersion {
                        head += " (newer than the catalog's \(current))"
                    } else {
                        head += " (current)"
                    }
                }
                out += head + "\n"
                if let summary = template.changeSummary { out += "    " + summary + "\n" }
                for file in template.files where file.status != .unchanged {
                    out += "    \(file.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(file.path)\n"
                }
                for path in template.addedFiles { out += "    new file           \(path) (pmo update creates it)\n" }
                if let reason = template.addedFilesUnknown {
                    out += "    new files          not known: the new version does not render with the recorded values (\(reason))\n"
                }
                for name in template.addedChecklists { out += "    new checklist      checklist/\(name) (pmo update creates it)\n" }
                for name in template.droppedChecklists {
                    out += "    dropped checklist  checklist/\(name) (pmo update retires it, keeping its progress)\n"
                }
                let unchanged = template.files(.unchanged).count
                out += "    \(unchanged) of \(template.files.count) managed file\(template.files.count == 1 ? "" : "s") unchanged\n"
            }
            if let lint = drift.lint {
                out +=
                    "  lint: \(lint.errors) error\(lint.errors == 1 ? "" : "s"), \(lint.warnings) warning\(lint.warnings == 1 ? "" : "s")\n"
            }
            if let checklists = drift.checklists { out += "  checklists: \(checklists.text)\n" }
        }
        return out
    }

    /// The fleet table, then projects per template version.
    package static func render(_ report: FleetReport) -> String {
        var table = TextTable(["PROJECT", "TEMPLATE", "BEHIND", "MODIFIED", "DELETED", "LINT ERRORS", "CHECKLISTS"])
        for row in report.rows {
            guard let drift = row.drift else {
                table.add([row.project, "error: lock unreadable", "-", "-", "-", "-", "-"])
                continue
            }
            table.add([
                row.project, row.templates, String(drift.versionsBehind), String(drift.count(.modified)), String(drift.count(.deleted)),
                drift.lint.map { String($0.errors) } ?? "-", drift.checklists?.text ?? "-",
            ])
        }
        var totals = TextTable(["TEMPLATE", "VERSION", "PROJECTS"])
        for total in report.totals {
            totals.add([
                total.template, total.version.description + (total.current == total.version ? " (current)" : ""), String(total.projects),
            ])
        }
        return table.render() + "\n\n" + totals.render() + "\n\(report.rows.count) project\(report.rows.count == 1 ? "" : "s")\n"
    }
}
