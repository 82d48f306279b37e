import Foundation

/// The campaign verdicts and burn-up days of ``DashboardStore``, as SQL over `campaign_verdicts` and `campaign_days`.
extension SQLReportStore {
    package func campaignStanding(campaign: String, target: String) async throws(StoreError) -> [CampaignStandingRow] {
        let driver = self.driver
        // PostgreSQL would hash all of the campaign's verdicts (one per stored report) to join 10,000 projects;
        // the lateral lookup probes the primary key once per project instead.
        let verdict =
            driver.dialect == .postgres
            ? """
            LEFT JOIN LATERAL (SELECT w.state, w.reason FROM campaign_verdicts w
              WHERE w.campaign = ? AND w.target = ? AND w.report_id = p.report_id LIMIT 1) v ON true
            """
            : "LEFT JOIN campaign_verdicts v ON v.campaign = ? AND v.target = ? AND v.report_id = p.report_id"
        let met = CampaignVerdictRecord.State.met.rawValue
        let rows = try await run {
            try await driver.rows(
                """
                SELECT p.id, CASE WHEN v.state = ? THEN NULL ELSE p.name END AS name,
                  CASE WHEN v.state = ? THEN NULL ELSE p.owner END AS owner, p.report_id, v.state, v.reason
                FROM projects p \(verdict)
                WHERE v.state IS NULL OR v.state <> ?
                ORDER BY p.id
                """,
                [.text(met), .text(met), .text(campaign), .text(target), .text(CampaignVerdictRecord.State.outOfScope.rawValue)])
        }
        return rows.map { row in
            CampaignStandingRow(
                projectID: row["id"]?.text ?? "", name: row["name"]?.text ?? "", owner: row["owner"]?.text,
                reportID: row["report_id"]?.integer ?? 0, state: row["state"]?.text.flatMap(CampaignVerdictRecord.State.init(rawValue:)),
                reason: row["reason"]?.text)
        }
    }

    package func campaignTimeline(campaign: String, target: String, since: Int64) async throws(StoreError) -> [CampaignTimelineEntry] {
        let driver = self.driver
        let verdict = "LEFT JOIN campaign_verdicts v ON v.campaign = ? AND v.target = ? AND v.report_id = r.id"
        let rows = try await run {
            try await driver.rows(
                """
                SELECT r.id, r.project_id, r.received_at, v.state FROM reports r \(verdict) WHERE r.received_at >= ?
                UNION ALL
                SELECT r.id, r.project_id, r.received_at, v.state FROM reports r \(verdict)
                WHERE r.id IN (SELECT MAX(id) FROM reports WHERE received_at < ? GROUP BY project_id)
                ORDER BY 3, 1
                """,
                [.text(campaign), .text(target), .integer(since), .text(campaign), .text(target), .integer(since)])
        }
        return rows.map { row in
            CampaignTimelineEntry(
                projectID: row["project_id"]?.text ?? "", reportID: row["id"]?.integer ?? 0, receivedAt: row["received_at"]?.integer ?? 0,
                state: row["state"]?.text.flatMap(CampaignVerdictRecord.State.init(rawValue:)))
        }
    }

    package func saveVerdicts(_ verdicts: [(reportID: Int64, verdict: CampaignVerdictRecord)]) async throws(StoreError) {
        let rows = verdicts.map { item -> [SQLValue] in
            [
                .integer(item.reportID), .text(item.verdict.campaign), .text(item.verdict.target), .text(item.verdict.state.rawValue),
                SQLValue(item.verdict.reason),
            ]
        }
        try await insertRows(
            "INSERT INTO campaign_verdicts (report_id, campaign, target, state, reason) VALUES ", columns: 5, rows,
            conflict: " ON CONFLICT DO NOTHING")
    }

    package func campaignDays(campaign: String, target: String, from firstDay: Int) async throws(StoreError) -> [CampaignDayRecord] {
        let driver = self.driver
        let rows = try await run {
            try await driver.rows(
                "SELECT day, done, total FROM campaign_days WHERE campaign = ? AND target = ? AND day >= ? ORDER BY day",
                [.text(campaign), .text(target), SQLValue(firstDay)])
        }
        return rows.map { row in CampaignDayRecord(day: Self.int(row, "day"), done: Self.int(row, "done"), total: Self.int(row, "total")) }
    }

    package func saveCampaignDays(campaign: String, target: String, _ days: [CampaignDayRecord]) async throws(StoreError) {
        let rows = days.map { day -> [SQLValue] in
            [.text(campaign), .text(target), SQLValue(day.day), SQLValue(day.done), SQLValue(day.total)]
        }
        try await insertRows(
            "INSERT INTO campaign_days (campaign, target, day, done, total) VALUES ", columns: 5, rows, conflict: " ON CONFLICT DO NOTHING")
    }

    /// Inserts `rows` with multi-row VALUES, 100 rows a statement, in one transaction (one commit, one fsync).
    private func insertRows(_ prefix: String, columns: Int, _ rows: [[SQLValue]], conflict: String) async throws(StoreError) {
        guard !rows.isEmpty else { return }
        let tuple = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        try await run {
            try await driver.transaction { session in
                var start = 0
                while start < rows.count {
                    let batch = rows[start..<min(rows.count, start + 100)]
                    start += batch.count
                    let sql = prefix + Array(repeating: tuple, count: batch.count).joined(separator: ", ") + conflict
                    try await session.execute(sql, batch.flatMap { $0 })
                }
            }
        }
    }
}
