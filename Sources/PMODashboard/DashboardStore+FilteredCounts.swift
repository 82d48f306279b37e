import PMOServer

extension DashboardStore {
    /// The portfolio's counts over the projects `query` selects, its `state` left out (so that the counts still show
    /// the breakdown by state); paging and order do not matter.
    ///
    /// Without a filter this is the store's one-query ``DashboardStore/portfolioCounts(now:staleDays:)``. With one,
    /// a set of up to `rowLimit` projects (a team's, a search's) is counted from its rows, read in one
    /// portfolio query; a larger one by the filtered portfolio's total for each state, plus the expiring waivers
    /// summed over the projects that have any (usually few). A filtered counts query in the store would do it in one
    /// statement.
    package func portfolioCounts(
        matching query: PortfolioQuery, rowLimit: Int = PortfolioParameters.countingRowLimit
    ) async throws(StoreError) -> PortfolioCounts {
        var base = query
        base.state = nil
        base.offset = 0
        base.sort = .name
        guard base.owner != nil || base.template != nil || base.version != nil || base.phase != nil || base.text != nil else {
            return try await portfolioCounts(now: query.now, staleDays: query.staleDays)
        }
        base.limit = max(1, rowLimit)
        let first = try await portfolio(base)
        let staleBefore = query.now - Int64(max(0, query.staleDays)) * 86_400_000
        if first.projects.count >= first.total {
            return PortfolioCounts(
                projects: first.total, behind: first.projects.filter { $0.summary.versionsBehind > 0 }.count,
                withErrors: first.projects.filter { $0.summary.lintErrors > 0 }.count,
                waiversExpiringSoon: first.projects.reduce(0) { $0 + $1.summary.waiversExpiringSoon },
                stale: first.projects.filter { $0.receivedAt < staleBefore }.count)
        }
        func total(_ state: PortfolioState) async throws(StoreError) -> Int {
            var filtered = base
            filtered.state = state
            filtered.limit = 1
            return try await portfolio(filtered).total
        }
        var waivers = base
        waivers.state = .waivers
        waivers.limit = PortfolioParameters.exportLimit
        var expiring = 0
        while true {
            let page = try await portfolio(waivers)
            expiring += page.projects.reduce(0) { $0 + $1.summary.waiversExpiringSoon }
            waivers.offset += page.projects.count
            if page.projects.isEmpty || waivers.offset >= page.total { break }
        }
        return PortfolioCounts(
            projects: first.total, behind: try await total(.behind), withErrors: try await total(.errors),
            waiversExpiringSoon: expiring, stale: try await total(.stale))
    }
}
