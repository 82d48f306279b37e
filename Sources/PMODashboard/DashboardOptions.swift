/// How the dashboard behaves: given by `pmo serve`'s flags.
package struct DashboardOptions: Sendable {
    /// A project with no report for this many days is stale (`--stale-days`).
    package var staleDays: Int
    /// The published knowledge site (`--site-url`), for links from rule ids to their pages.
    package var siteURL: String?
    /// The catalog (`--catalog`), for adoption and campaigns; nil without one.
    package var catalog: DashboardCatalog?

    package init(staleDays: Int = 14, siteURL: String? = nil, catalog: DashboardCatalog? = nil) {
        self.staleDays = staleDays
        self.siteURL = siteURL
        self.catalog = catalog
    }
}
