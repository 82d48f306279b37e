import Foundation
import PMOReport

extension SQLReportStore: DashboardStore {
    package func portfolio(_ query: PortfolioQuery) async throws(StoreError) -> PortfolioPage {
        let (conditions, binds) = Self.portfolioConditions(query, dialect: driver.dialect)
        let from =
            " FROM projects p"
            + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
        let direction = query.descending ? " DESC" : " ASC"
        let order = " ORDER BY " + Self.sortExpression(query.sort, dialect: driver.dialect) + direction + ", p.id" + direction
        let limit = max(1, min(query.limit, 10_000))
        let driver = self.driver
        let (rows, counted) = try await run {
            let rows = try await driver.rows(
                "SELECT \(Self.projectColumns)" + from + order + " LIMIT ? OFFSET ?",
                binds + [SQLValue(limit), SQLValue(max(0, query.offset))])
            let counted = try await driver.rows("SELECT COUNT(*) AS n" + from, binds)
            return (rows, counted)
        }
        let decoder = JSONDecoder()
        return PortfolioPage(
            projects: try rows.map { row throws(StoreError) in try Self.summary(row, decoder: decoder) },
            total: Self.int(counted.first ?? [:], "n"))
    }

    package func portfolioCounts(now: Int64, staleDays: Int) async throws(StoreError) -> PortfolioCounts {
        let waivers = driver.dialect.jsonInteger("p.summary", "waiversExpiringSoon")
        let errors = driver.dialect.jsonInteger("p.summary", "lintErrors")
        let driver = self.driver
        let rows = try await run {
            try await driver.rows(
                """
                SELECT COUNT(*) AS projects,
                  SUM(CASE WHEN p.versions_behind > 0 THEN 1 ELSE 0 END) AS behind,
                  SUM(CASE WHEN \(errors) > 0 THEN 1 ELSE 0 END) AS errors,
                  SUM(\(waivers)) AS waivers,
                  SUM(CASE WHEN p.received_at < ? THEN 1 ELSE 0 END) AS stale
                FROM projects p
                """, [.integer(Self.staleBefore(now: now, days: staleDays))])
        }
        let row = rows.first ?? [:]
        return PortfolioCounts(
            projects: Self.int(row, "projects"), behind: Self.int(row, "behind"), withErrors: Self.int(row, "errors"),
            waiversExpiringSoon: Self.int(row, "waivers"), stale: Self.int(row, "stale"))
    }

    package func portfolioFacets() async throws(StoreError) -> PortfolioFacets {
        let driver = self.driver
        let (owners, phases, versions) = try await run {
            (
                try await driver.rows("SELECT DISTINCT owner FROM projects WHERE owner IS NOT NULL ORDER BY owner", []),
                try await driver.rows("SELECT DISTINCT phase FROM projects WHERE phase IS NOT NULL ORDER BY phase", []),
                try await driver.rows("SELECT DISTINCT template, version FROM project_templates ORDER BY template, version", [])
            )
        }
        var templates: [String: [String]] = [:]
        for row in versions {
            guard let template = row["template"]?.text, let version = row["version"]?.text else { continue }
            templates[template, default: []].append(version)
        }
        return PortfolioFacets(
            owners: owners.compactMap { $0["owner"]?.text }, phases: phases.compactMap { $0["phase"]?.text },
            templates: templates)
    }

    package func latestStamps() async throws(StoreError) -> [ReportStamp] {
        let driver = self.driver
        return try await run { try await driver.rows("SELECT id, report_id, received_at FROM projects ORDER BY id", []) }.map { row in
            ReportStamp(
                projectID: row["id"]?.text ?? "", reportID: row["report_id"]?.integer ?? 0, receivedAt: row["received_at"]?.integer ?? 0)
        }
    }

    package func reportTimeline(since: Int64) async throws(StoreError) -> [ReportStamp] {
        let driver = self.driver
        let rows = try await run {
            try await driver.rows(
                """
                SELECT id, project_id, received_at FROM reports WHERE received_at >= ?
                UNION ALL
                SELECT id, project_id, received_at FROM reports
                WHERE id IN (SELECT MAX(id) FROM reports WHERE received_at < ? GROUP BY project_id)
                ORDER BY received_at, id
                """, [.integer(since), .integer(since)])
        }
        return rows.map { row in
            ReportStamp(
                projectID: row["project_id"]?.text ?? "", reportID: row["id"]?.integer ?? 0,
                receivedAt: row["received_at"]?.integer ?? 0)
        }
    }

    package func reportBodies(ids: [Int64]) async throws(StoreError) -> [Int64: String] {
        var bodies: [Int64: String] = [:]
        let driver = self.driver
        var start = 0
        while start < ids.count {
            let batch = Array(ids[start..<min(ids.count, start + 500)])
            start += batch.count
            let placeholders = Array(repeating: "?", count: batch.count).joined(separator: ", ")
            let rows = try await run {
                try await driver.rows("SELECT id, body FROM reports WHERE id IN (\(placeholders))", batch.map(SQLValue.integer))
            }
            for row in rows {
                if let id = row["id"]?.integer, let body = row["body"]?.text { bodies[id] = body }
            }
        }
        return bodies
    }

    /// The WHERE conditions of a portfolio query and their binds, in order.
    static func portfolioConditions(_ query: PortfolioQuery, dialect: SQLDialect) -> ([String], [SQLValue]) {
        var conditions: [String] = []
        var binds: [SQLValue] = []
        if let owner = query.owner {
            conditions.append("p.owner = ?")
            binds.append(.text(owner))
        }
        if let phase = query.phase {
            conditions.append("p.phase = ?")
            binds.append(.text(phase))
        }
        if let filter = TemplateFilter(template: query.template, version: query.version) {
            conditions.append(filter.condition)
            binds += filter.binds
        }
        switch query.state {
        case .behind?: conditions.append("p.versions_behind > 0")
        case .errors?: conditions.append(dialect.jsonInteger("p.summary", "lintErrors") + " > 0")
        case .waivers?: conditions.append(dialect.jsonInteger("p.summary", "waiversExpiringSoon") + " > 0")
        case .stale?:
            conditions.append("p.received_at < ?")
            binds.append(.integer(staleBefore(now: query.now, days: query.staleDays)))
        case nil: break
        }
        if let text = query.text, !text.isEmpty {
            let needle = "lower(?)"
            conditions.append(
                "("
                    + [
                        dialect.contains("lower(p.id)", needle), dialect.contains("lower(p.name)", needle),
                        dialect.contains("lower(COALESCE(p.owner, ''))", needle),
                    ].joined(separator: " OR ") + ")")
            binds += [.text(text), .text(text), .text(text)]
        }
        return (conditions, binds)
    }

    /// The SQL of a sort column (chosen from a fixed list: never text from the request). The counts come from
    /// the project's summary, so that listing never reads the (large) report rows.
    static func sortExpression(_ sort: PortfolioSort, dialect: SQLDialect) -> String {
        switch sort {
        case .name: return "p.name"
        case .owner: return "COALESCE(p.owner, '')"
        case .template: return "p.templates"
        case .behind: return "p.versions_behind"
        case .errors: return dialect.jsonInteger("p.summary", "lintErrors")
        case .warnings: return dialect.jsonInteger("p.summary", "lintWarnings")
        case .progress:
            let done = dialect.jsonInteger("p.summary", "checklistDone")
            let total = dialect.jsonInteger("p.summary", "checklistTotal")
            return "CASE WHEN \(total) = 0 THEN -1 ELSE (\(done) * 1000) / \(total) END"
        case .age: return "(0 - p.received_at)"
        }
    }

    static func staleBefore(now: Int64, days: Int) -> Int64 {
        now - Int64(max(0, days)) * 86_400_000
    }
}

extension SQLDialect {
    /// An integer member of a JSON object stored as text (0 when absent).
    func jsonInteger(_ column: String, _ key: String) -> String {
        switch self {
        case .sqlite: return "COALESCE(json_extract(\(column), '$.\(key)'), 0)"
        case .postgres: return "COALESCE(CAST(CAST(\(column) AS jsonb) ->> '\(key)' AS INTEGER), 0)"
        }
    }
}
