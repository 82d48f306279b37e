import Foundation
import PMOReport
import PMOServer
import Testing

/// The dashboard's store queries (``DashboardStore``) on SQLite and PostgreSQL alike.
@Suite("Dashboard store (SQLite and PostgreSQL)")
struct DashboardStoreTests {
    static let day: Int64 = 86_400_000
    static let now: Int64 = 1_765_000_000_000

    /// Stores `report` as received at `time`, as the server would.
    static func insert(_ store: any ReportStore, _ report: ProjectReport, at time: Int64) async throws {
        let canonical = ReportCodec.encode(report)
        _ = try await store.insert(
            report, digest: ReportCodec.digest(of: canonical), body: String(decoding: canonical, as: UTF8.self),
            receivedAt: time)
    }

    /// A report with `waivers` expiring soon.
    static func withWaivers(_ report: ProjectReport, _ count: Int) -> ProjectReport {
        var report = report
        report.waivers = (0..<count).map {
            ReportWaiver(
                rule: "project-standard/x", path: "docs/\($0).md", reason: "移行中", owner: "pm", expires: "2026-12-20",
                expired: false, expiringSoon: true)
        }
        report.summary = ReportSummary(
            templates: report.templates, lint: report.lint, waivers: report.waivers, checklists: report.checklists)
        return report
    }

    /// Five projects: two of team-a, three of team-b; one behind, two with errors, one stale, one with two waivers.
    static func seed(_ store: any ReportStore) async throws {
        try await insert(store, SampleReports.make(project: "p1", owner: "team-a", lintErrors: 3, serial: 1), at: now - day)
        try await insert(store, SampleReports.make(project: "p2", owner: "team-a", version: "1.0.0", behind: 2, serial: 2), at: now - day)
        try await insert(store, SampleReports.make(project: "p3", owner: "team-b", lintErrors: 1, serial: 4), at: now - 30 * day)
        try await insert(store, withWaivers(SampleReports.make(project: "p4", owner: "team-b", serial: 3), 2), at: now - day)
        try await insert(store, SampleReports.make(project: "p5", name: "zeta 検索", owner: "team-b", serial: 0), at: now - 2 * day)
        // A newer report of p1 without errors: the portfolio follows the latest.
        try await insert(store, SampleReports.make(project: "p1", owner: "team-a", lintErrors: 0, serial: 5), at: now - day / 2)
    }

    static func dashboardStore(_ store: any ReportStore) throws -> any DashboardStore {
        guard let store = store as? any DashboardStore else { throw MissingInput(description: "the store is not a DashboardStore") }
        return store
    }

    @Test(arguments: StoreKind.allCases)
    func countsFiltersSortingAndPaging(kind: StoreKind) async throws {
        try await TestDatabase.with(kind) { database in
            try await database.withStore { plain in
                let store = try Self.dashboardStore(plain)
                try await Self.seed(store)
                let counts = try await store.portfolioCounts(now: Self.now, staleDays: 14)
                #expect(counts == PortfolioCounts(projects: 5, behind: 1, withErrors: 1, waiversExpiringSoon: 2, stale: 1))

                func ids(_ query: PortfolioQuery) async throws -> [String] {
                    try await store.portfolio(query).projects.map(\.id)
                }
                #expect(try await ids(PortfolioQuery(owner: "team-b", now: Self.now)) == ["p3", "p4", "p5"])
                #expect(try await ids(PortfolioQuery(state: .errors, now: Self.now)) == ["p3"])
                #expect(try await ids(PortfolioQuery(state: .behind, now: Self.now)) == ["p2"])
                #expect(try await ids(PortfolioQuery(state: .stale, now: Self.now)) == ["p3"])
                #expect(try await ids(PortfolioQuery(state: .waivers, now: Self.now)) == ["p4"])
                #expect(try await ids(PortfolioQuery(version: "1.0.0", now: Self.now)) == ["p2"])
                #expect(try await ids(PortfolioQuery(text: "zeta", now: Self.now)) == ["p5"])
                #expect(try await ids(PortfolioQuery(text: "'; DROP TABLE projects; --", now: Self.now)) == [])
                #expect(try await ids(PortfolioQuery(sort: .errors, descending: true, now: Self.now)).first == "p3")
                #expect(try await ids(PortfolioQuery(sort: .age, now: Self.now)).first == "p1")
                #expect(try await ids(PortfolioQuery(sort: .behind, descending: true, now: Self.now)).first == "p2")
                let page = try await store.portfolio(PortfolioQuery(offset: 2, limit: 2, now: Self.now))
                #expect(page.projects.map(\.id) == ["p3", "p4"])
                #expect(page.total == 5)

                let facets = try await store.portfolioFacets()
                #expect(facets.owners == ["team-a", "team-b"])
                #expect(facets.templates["standard-project"] == ["1.0.0", "2.0.0"])
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func timelineAndBodiesForCampaigns(kind: StoreKind) async throws {
        try await TestDatabase.with(kind) { database in
            try await database.withStore { plain in
                let store = try Self.dashboardStore(plain)
                try await Self.seed(store)
                let latest = try await store.latestStamps()
                #expect(latest.map(\.projectID) == ["p1", "p2", "p3", "p4", "p5"])
                #expect(latest.first?.receivedAt == Self.now - Self.day / 2, "p1's newer report")
                #expect(Set(latest.map(\.projectID)) == ["p1", "p2", "p3", "p4", "p5"])
                // Since yesterday noon: p1's newer report, plus each project's last report before.
                let recent = try await store.reportTimeline(since: Self.now - Self.day + 1)
                #expect(recent.filter { $0.projectID == "p1" }.count == 2)
                #expect(recent.map(\.receivedAt) == recent.map(\.receivedAt).sorted())
                let bodies = try await store.reportBodies(ids: latest.map(\.reportID))
                #expect(bodies.count == 5)
                #expect(bodies.values.allSatisfy { $0.contains("\"apiVersion\":\"pmo/report/v1\"") })
            }
        }
    }
}
