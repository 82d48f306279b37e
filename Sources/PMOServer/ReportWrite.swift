import Foundation
import PMOReport

/// The rows one posted report writes: the report itself, its project's latest state, the project's
/// templates and the campaigns' verdicts on the report. SQLite runs them as statements of one transaction (sharing a commit, ``GroupCommit``);
/// PostgreSQL as one statement of data-modifying CTEs, so that a report costs one round trip and one
/// autocommit — the round trips, not the WAL flush, bound ingest there.
struct ReportWrite: Sendable {
    let projectID: String
    let digest: String
    let reportValues: [SQLValue]
    let projectValues: [SQLValue]
    /// Position, template, version, versions behind: one row each, in lock order.
    let templateRows: [[SQLValue]]
    /// Campaign, target, state, reason: one row each.
    let verdictRows: [[SQLValue]]

    init(_ report: ProjectReport, digest: String, body: String, receivedAt: Int64, verdicts: [CampaignVerdictRecord]) {
        let summaryJSON = String(decoding: (try? JSONEncoder.sorted.encode(report.summary)) ?? Data("{}".utf8), as: UTF8.self)
        let templatesText = report.templates.map { "\($0.name)@\($0.version)" }.joined(separator: "\n")
        projectID = report.project.id
        self.digest = digest
        reportValues = [
            .text(report.project.id), .text(digest), .integer(receivedAt), SQLValue(report.generatedAt), .text(body),
            SQLValue(report.summary.lintErrors), SQLValue(report.summary.lintWarnings), SQLValue(report.summary.versionsBehind),
            SQLValue(report.summary.checklistDone), SQLValue(report.summary.checklistTotal),
        ]
        projectValues = [
            .text(report.project.id), .text(report.project.name), SQLValue(report.project.owner), SQLValue(report.project.phase),
            .text(templatesText), .integer(receivedAt), SQLValue(report.generatedAt), .text(summaryJSON),
            SQLValue(report.summary.versionsBehind),
        ]
        templateRows = report.templates.enumerated().map { position, template in
            [SQLValue(position), .text(template.name), .text(template.version), SQLValue(template.versionsBehind)]
        }
        verdictRows = verdicts.map { [.text($0.campaign), .text($0.target), .text($0.state.rawValue), SQLValue($0.reason)] }
    }

    /// Inserts the report unless the project has one with this digest, and moves the project's latest state to it.
    func run(on driver: any SQLDriver) async throws -> InsertOutcome {
        switch driver.dialect {
        case .sqlite: return try await driver.transaction { session in try await self.statements(session) }
        case .postgres: return try await oneStatement(driver)
        }
    }

    private static let reportInsert = """
        INSERT INTO reports (project_id, digest, received_at, generated_at, body, lint_errors, lint_warnings,
                             versions_behind, checklist_done, checklist_total)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (project_id, digest) DO NOTHING
        RETURNING id
        """

    private static let projectColumns =
        "INSERT INTO projects (id, name, owner, phase, templates, received_at, generated_at, summary, versions_behind, report_id)"

    private static let projectConflict = """
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, owner = excluded.owner, phase = excluded.phase,
          templates = excluded.templates, report_id = excluded.report_id, received_at = excluded.received_at,
          generated_at = excluded.generated_at, summary = excluded.summary, versions_behind = excluded.versions_behind
        """

    private static let templateConflict = """
        ON CONFLICT (project_id, position) DO UPDATE SET template = excluded.template, version = excluded.version,
          versions_behind = excluded.versions_behind
        """

    private static let verdictInsert = "INSERT INTO campaign_verdicts (report_id, campaign, target, state, reason)"

    private static let existing = "SELECT id FROM reports WHERE project_id = ? AND digest = ?"

    /// The statements one after another in a transaction of the caller's.
    private func statements(_ session: any SQLSession) async throws -> InsertOutcome {
        guard let id = try await session.rows(Self.reportInsert, reportValues).first?["id"]?.integer else {
            return .existing(try await existingID(session))
        }
        try await session.execute(
            Self.projectColumns + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) " + Self.projectConflict, projectValues + [.integer(id)])
        try await session.execute(
            "DELETE FROM project_templates WHERE project_id = ? AND position >= ?", [.text(projectID), SQLValue(templateRows.count)])
        for row in templateRows {
            try await session.execute(
                "INSERT INTO project_templates (project_id, position, template, version, versions_behind) VALUES (?, ?, ?, ?, ?) "
                    + Self.templateConflict,
                [.text(projectID)] + row)
        }
        for row in verdictRows {
            try await session.execute(Self.verdictInsert + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", [.integer(id)] + row)
        }
        return .created(id)
    }

    /// One statement: each CTE reads the one before it, so a report's rows are locked in the order reports →
    /// projects → project_templates by every writer (two reports of one project cannot deadlock), and nothing but
    /// the report is written when its digest is already stored.
    private func oneStatement(_ driver: any SQLDriver) async throws -> InsertOutcome {
        var sql = "WITH new_report AS (\(Self.reportInsert)),\n"
        var binds = reportValues
        sql += "latest AS (\(Self.projectColumns) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, new_report.id FROM new_report "
        sql += Self.projectConflict + " RETURNING report_id),\n"
        binds += projectValues
        if !templateRows.isEmpty {
            let rows = Array(repeating: "(?, ?, ?, ?)", count: templateRows.count).joined(separator: ", ")
            sql += """
                templates_now AS (INSERT INTO project_templates (project_id, position, template, version, versions_behind)
                  SELECT ?, t.position, t.template, t.version, t.versions_behind
                  FROM latest, (VALUES \(rows)) AS t(position, template, version, versions_behind)
                  \(Self.templateConflict) RETURNING position),

                """
            binds += [.text(projectID)] + templateRows.flatMap { $0 }
        }
        if !verdictRows.isEmpty {
            let rows = Array(repeating: "(?, ?, ?, ?)", count: verdictRows.count).joined(separator: ", ")
            sql += """
                verdicts AS (\(Self.verdictInsert)
                  SELECT new_report.id, v.campaign, v.target, v.state, v.reason
                  FROM new_report, (VALUES \(rows)) AS v(campaign, target, state, reason)
                  ON CONFLICT DO NOTHING RETURNING report_id),

                """
            binds += verdictRows.flatMap { $0 }
        }
        sql += """
            templates_gone AS (DELETE FROM project_templates
              WHERE project_id = ? AND position >= ? AND EXISTS (SELECT 1 FROM latest) RETURNING position)
            SELECT report_id AS id FROM latest
            """
        binds += [.text(projectID), SQLValue(templateRows.count)]
        if let id = try await driver.rows(sql, binds).first?["id"]?.integer {
            return .created(id)
        }
        // The digest was stored already — possibly by a transaction that committed after this statement's
        // snapshot was taken, so it is looked up again, outside it.
        return .existing(try await existingID(driver))
    }

    private func existingID(_ session: any SQLSession) async throws -> Int64 {
        guard let id = try await session.rows(Self.existing, [.text(projectID), .text(digest)]).first?["id"]?.integer else {
            throw StoreError("the report was neither inserted nor found")
        }
        return id
    }
}
