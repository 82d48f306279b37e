import Foundation
import PMOReport

/// ``ReportStore`` over any ``SQLDriver``: the same parameterised SQL on SQLite and PostgreSQL.
public struct SQLReportStore: ReportStore {
    let driver: any SQLDriver

    public init(driver: any SQLDriver) {
        self.driver = driver
    }

    public func migrate() async throws(StoreError) {
        let driver = self.driver
        try await run { try await Migrations.apply(on: driver, now: Int64(Date().timeIntervalSince1970 * 1000)) }
    }

    public func insert(_ report: ProjectReport, digest: String, body: String, receivedAt: Int64) async throws(StoreError) -> InsertOutcome {
        let summaryJSON = String(decoding: (try? JSONEncoder.sorted.encode(report.summary)) ?? Data("{}".utf8), as: UTF8.self)
        let templatesText = report.templates.map { "\($0.name)@\($0.version)" }.joined(separator: "\n")
        return try await run {
            try await driver.transaction { session in
                let inserted = try await session.rows(
                    """
                    INSERT INTO reports (project_id, digest, received_at, generated_at, body, lint_errors, lint_warnings,
                                         versions_behind, checklist_done, checklist_total)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (project_id, digest) DO NOTHING
                    RETURNING id
                    """,
                    [
                        .text(report.project.id), .text(digest), .integer(receivedAt), SQLValue(report.generatedAt), .text(body),
                        SQLValue(report.summary.lintErrors), SQLValue(report.summary.lintWarnings), SQLValue(report.summary.versionsBehind),
                        SQLValue(report.summary.checklistDone), SQLValue(report.summary.checklistTotal),
                    ])
                guard let id = inserted.first?["id"]?.integer else {
                    let existing = try await session.rows(
                        "SELECT id FROM reports WHERE project_id = ? AND digest = ?",
                        [.text(report.project.id), .text(digest)])
                    guard let id = existing.first?["id"]?.integer else { throw StoreError("the report was neither inserted nor found") }
                    return InsertOutcome.existing(id)
                }
                try await session.execute(
                    """
                    INSERT INTO projects (id, name, owner, phase, templates, report_id, received_at, generated_at, summary, versions_behind)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, owner = excluded.owner, phase = excluded.phase,
                      templates = excluded.templates, report_id = excluded.report_id, received_at = excluded.received_at,
                      generated_at = excluded.generated_at, summary = excluded.summary, versions_behind = excluded.versions_behind
                    """,
                    [
                        .text(report.project.id), .text(report.project.name), SQLValue(report.project.owner),
                        SQLValue(report.project.phase),
                        .text(templatesText), .integer(id), .integer(receivedAt), SQLValue(report.generatedAt), .text(summaryJSON),
                        SQLValue(report.summary.versionsBehind),
                    ])
                try await session.execute("DELETE FROM project_templates WHERE project_id = ?", [.text(report.project.id)])
                for (position, template) in report.templates.enumerated() {
                    try await session.execute(
                        """
                        INSERT INTO project_templates (project_id, position, template, version, versions_behind) VALUES (?, ?, ?, ?, ?)
                        """,
                        [
                            .text(report.project.id), SQLValue(position), .text(template.name), .text(template.version),
                            SQLValue(template.versionsBehind),
                        ])
                }
                return InsertOutcome.created(id)
            }
        }
    }

    public func projects(_ query: ProjectQuery) async throws(StoreError) -> ProjectPage {
        var conditions: [String] = []
        var binds: [SQLValue] = []
        if let owner = query.owner {
            conditions.append("p.owner = ?")
            binds.append(.text(owner))
        }
        if let template = query.template {
            var exists = "EXISTS (SELECT 1 FROM project_templates t WHERE t.project_id = p.id AND t.template = ?"
            binds.append(.text(template))
            if let version = query.version {
                exists += " AND t.version = ?"
                binds.append(.text(version))
            }
            conditions.append(exists + ")")
        } else if let version = query.version {
            conditions.append("EXISTS (SELECT 1 FROM project_templates t WHERE t.project_id = p.id AND t.version = ?)")
            binds.append(.text(version))
        }
        if let behind = query.behind {
            conditions.append(behind ? "p.versions_behind > 0" : "p.versions_behind = 0")
        }
        if let days = query.staleDays {
            conditions.append("p.received_at < ?")
            binds.append(.integer(query.now - Int64(days) * 86_400_000))
        }
        if let text = query.text, !text.isEmpty {
            let needle = "lower(?)"
            conditions.append(
                "(" + driver.dialect.contains("lower(p.id)", needle) + " OR " + driver.dialect.contains("lower(p.name)", needle) + ")")
            binds += [.text(text), .text(text)]
        }
        if let after = query.after {
            conditions.append("p.id > ?")
            binds.append(.text(after))
        }
        let limit = max(1, min(query.limit, ProjectQuery.maxLimit))
        binds.append(SQLValue(limit + 1))
        let sql =
            "SELECT \(Self.projectColumns) FROM projects p"
            + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
            + " ORDER BY p.id LIMIT ?"
        let rows = try await run { try await driver.rows(sql, binds) }
        let decoder = JSONDecoder()
        let projects = try rows.prefix(limit).map { row throws(StoreError) in try Self.summary(row, decoder: decoder) }
        return ProjectPage(projects: projects, nextAfter: rows.count > limit ? projects.last?.id : nil)
    }

    public func project(id: String) async throws(StoreError) -> ProjectDetail? {
        let rows = try await run {
            try await driver.rows(
                """
                SELECT \(Self.projectColumns), r.body AS body, (SELECT COUNT(*) FROM reports c WHERE c.project_id = p.id) AS report_count
                FROM projects p JOIN reports r ON r.id = p.report_id WHERE p.id = ?
                """, [.text(id)])
        }
        guard let row = rows.first else { return nil }
        return ProjectDetail(
            summary: try Self.summary(row), reportJSON: row["body"]?.text ?? "{}",
            reportCount: Int(row["report_count"]?.integer ?? 0))
    }

    public func history(projectID: String, limit: Int) async throws(StoreError) -> [HistoryPoint] {
        let rows = try await run {
            try await driver.rows(
                """
                SELECT id, received_at, generated_at, lint_errors, lint_warnings, versions_behind, checklist_done, checklist_total
                FROM reports WHERE project_id = ? ORDER BY received_at DESC, id DESC LIMIT ?
                """, [.text(projectID), SQLValue(limit)])
        }
        return rows.reversed().map { row in
            HistoryPoint(
                reportID: row["id"]?.integer ?? 0, receivedAt: row["received_at"]?.integer ?? 0, generatedAt: row["generated_at"]?.text,
                lintErrors: Self.int(row, "lint_errors"), lintWarnings: Self.int(row, "lint_warnings"),
                versionsBehind: Self.int(row, "versions_behind"), checklistDone: Self.int(row, "checklist_done"),
                checklistTotal: Self.int(row, "checklist_total"))
        }
    }

    public func adoption() async throws(StoreError) -> [TemplateAdoption] {
        let rows = try await run {
            try await driver.rows(
                """
                SELECT template, version, COUNT(*) AS projects, SUM(CASE WHEN versions_behind > 0 THEN 1 ELSE 0 END) AS behind
                FROM project_templates GROUP BY template, version ORDER BY template, version
                """, [])
        }
        return rows.map { row in
            TemplateAdoption(
                template: row["template"]?.text ?? "", version: row["version"]?.text ?? "",
                projects: Self.int(row, "projects"), behind: Self.int(row, "behind"))
        }
    }

    public func reportDigest(id: Int64) async throws(StoreError) -> String? {
        try await run { try await driver.rows("SELECT digest FROM reports WHERE id = ?", [.integer(id)]) }.first?["digest"]?.text
    }

    public func reportCount() async throws(StoreError) -> Int {
        Self.int(try await run { try await driver.rows("SELECT COUNT(*) AS n FROM reports", []) }.first ?? [:], "n")
    }

    public func close() async {
        await driver.close()
    }

    static let projectColumns = "p.id, p.name, p.owner, p.phase, p.templates, p.report_id, p.received_at, p.generated_at, p.summary"

    static func summary(_ row: SQLRow, decoder: JSONDecoder = JSONDecoder()) throws(StoreError) -> ProjectSummary {
        guard let data = row["summary"]?.text.map({ Data($0.utf8) }),
            let summary = try? decoder.decode(ReportSummary.self, from: data)
        else {
            throw StoreError("project \(row["id"]?.text ?? "?") has an unreadable summary")
        }
        let templates = row["templates"]?.text ?? ""
        return ProjectSummary(
            id: row["id"]?.text ?? "", name: row["name"]?.text ?? "", owner: row["owner"]?.text, phase: row["phase"]?.text,
            templates: templates.isEmpty ? [] : templates.components(separatedBy: "\n"),
            reportID: row["report_id"]?.integer ?? 0, receivedAt: row["received_at"]?.integer ?? 0,
            generatedAt: row["generated_at"]?.text, summary: summary)
    }

    static func int(_ row: SQLRow, _ column: String) -> Int {
        Int(row[column]?.integer ?? 0)
    }

    /// Runs database work, turning any driver error into a ``StoreError``.
    func run<T>(_ work: () async throws -> T) async throws(StoreError) -> T {
        do {
            return try await work()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(String(describing: error))
        }
    }
}

extension JSONEncoder {
    /// Sorted keys, slashes unescaped: the canonical form.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
