import Foundation
import PMOReport

/// ``ReportStore`` over any ``SQLDriver``: the same parameterised SQL on SQLite and PostgreSQL.
package struct SQLReportStore: ReportStore {
    let driver: any SQLDriver

    package init(driver: any SQLDriver) {
        self.driver = driver
    }

    package func migrate() async throws(StoreError) {
        let driver = self.driver
        try await run { try await Migrations.apply(on: driver, now: Int64(Date().timeIntervalSince1970 * 1000)) }
    }

    package func insert(
        _ report: ProjectReport, digest: String, body: String, receivedAt: Int64, verdicts: [CampaignVerdictRecord]
    ) async throws(StoreError) -> InsertOutcome {
        let write = ReportWrite(report, digest: digest, body: body, receivedAt: receivedAt, verdicts: verdicts)
        return try await run { try await write.run(on: driver) }
    }

    package func projects(_ query: ProjectQuery) async throws(StoreError) -> ProjectPage {
        var conditions: [String] = []
        var binds: [SQLValue] = []
        if let owner = query.owner {
            conditions.append("p.owner = ?")
            binds.append(.text(owner))
        }
        if let filter = TemplateFilter(template: query.template, version: query.version) {
            conditions.append(filter.condition)
            binds += filter.binds
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

    package func project(id: String) async throws(StoreError) -> ProjectDetail? {
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

    package func history(projectID: String, limit: Int) async throws(StoreError) -> [HistoryPoint] {
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

    package func adoption() async throws(StoreError) -> [TemplateAdoption] {
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

    package func reportDigest(id: Int64) async throws(StoreError) -> String? {
        try await run { try await driver.rows("SELECT digest FROM reports WHERE id = ?", [.integer(id)]) }.first?["digest"]?.text
    }

    package func reportCount() async throws(StoreError) -> Int {
        Self.int(try await run { try await driver.rows("SELECT COUNT(*) AS n FROM reports", []) }.first ?? [:], "n")
    }

    package func close() async {
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
