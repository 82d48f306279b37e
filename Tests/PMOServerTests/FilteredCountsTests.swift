import PMODashboard
import PMOServer
import Testing

/// The portfolio's counts over a filtered set, as the dashboard takes them from the store, on SQLite and PostgreSQL.
@Suite("Filtered portfolio counts (SQLite and PostgreSQL)")
struct FilteredCountsTests {
    @Test(arguments: StoreKind.allCases)
    func filteredCountsAreTheSameFromRowsAndFromTotals(kind: StoreKind) async throws {
        try await TestDatabase.with(kind) { database in
            try await database.withStore { plain in
                let store = try DashboardStoreTests.dashboardStore(plain)
                try await DashboardStoreTests.seed(store)
                let now = DashboardStoreTests.now
                let cases: [(PortfolioQuery, PortfolioCounts)] = [
                    // team-b: p3 (errors, stale), p4 (two waivers), p5.
                    (
                        PortfolioQuery(owner: "team-b", now: now),
                        PortfolioCounts(projects: 3, behind: 0, withErrors: 1, waiversExpiringSoon: 2, stale: 1)
                    ),
                    // The state filter does not narrow the counts.
                    (
                        PortfolioQuery(owner: "team-a", state: .behind, now: now),
                        PortfolioCounts(projects: 2, behind: 1, withErrors: 0, waiversExpiringSoon: 0, stale: 0)
                    ),
                    (
                        PortfolioQuery(text: "zeta", now: now),
                        PortfolioCounts(projects: 1, behind: 0, withErrors: 0, waiversExpiringSoon: 0, stale: 0)
                    ),
                    (
                        PortfolioQuery(owner: "nobody", now: now),
                        PortfolioCounts(projects: 0, behind: 0, withErrors: 0, waiversExpiringSoon: 0, stale: 0)
                    ),
                    // No filter: every project (the store's own counts query).
                    (
                        PortfolioQuery(state: .errors, now: now),
                        PortfolioCounts(projects: 5, behind: 1, withErrors: 1, waiversExpiringSoon: 2, stale: 1)
                    ),
                ]
                for (query, expected) in cases {
                    // Counted from the rows (a small set), and from the store's totals per state (a set past the limit).
                    #expect(try await store.portfolioCounts(matching: query) == expected, "\(query)")
                    #expect(try await store.portfolioCounts(matching: query, rowLimit: 1) == expected, "\(query), from totals")
                }
            }
        }
    }
}
