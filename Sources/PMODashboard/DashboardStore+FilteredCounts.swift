import PMOServer

extension DashboardStore {
    /// The portfolio's counts over the projects `query` selects, its `state` left out (so that the counts still show
    /// the breakdown by state); paging and order do not matter.
    ///
    /// Without a filter this is the store's one-query ``DashboardStore/portfolioCounts(now:staleDays:)``. With one it
    /// asks the store's filtered portfolio for each state's total, and sums the expiring waivers over the projects
    /// that have any (usually few). A filtered counts query in the store would do it in one statement.
    func portfolioCounts(matching query: PortfolioQuery) async throws(StoreError) -> PortfolioCounts {
        var base = query
        base.state = nil
        base.offset = 0
        base.limit = 1
        guard base.owner != nil || base.template != nil || base.version != nil || base.phase != nil || base.text != nil else {
            return try await portfolioCounts(now: query.now, staleDays: query.staleDays)
        }
        func total(_ state: PortfolioState?) async throws(StoreError) -> Int {
            var filtered = base
            filtered.state = state
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
            projects: try await total(nil), behind: try await total(.behind), withErrors: try await total(.errors),
            waiversExpiringSoon: expiring, stale: try await total(.stale))
    }
}
