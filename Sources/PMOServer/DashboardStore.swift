import PMOReport

/// The queries the dashboard (`PMODashboard`) needs beyond the API's: a sortable, filtered,
/// offset-paged portfolio with its counts, the values its filters offer, and stored reports for
/// evaluating campaigns now and over time.
///
/// ``SQLReportStore`` implements it on SQLite and PostgreSQL with the same parameterised SQL.
package protocol DashboardStore: ReportStore {
    /// One page of the portfolio and how many projects match in all.
    func portfolio(_ query: PortfolioQuery) async throws(StoreError) -> PortfolioPage
    /// The counts at the top of the portfolio, over every project.
    func portfolioCounts(now: Int64, staleDays: Int) async throws(StoreError) -> PortfolioCounts
    /// The distinct owners, phases and template versions, for the filter menus.
    func portfolioFacets() async throws(StoreError) -> PortfolioFacets
    /// Each project's latest report, without its body, in project id order.
    func latestStamps() async throws(StoreError) -> [ReportStamp]
    /// Every report received at or after `since`, plus each project's last report before it; without bodies (see ``reportBodies(ids:)``), oldest first.
    func reportTimeline(since: Int64) async throws(StoreError) -> [ReportStamp]
    /// The stored JSON of these reports, by id.
    func reportBodies(ids: [Int64]) async throws(StoreError) -> [Int64: String]

    /// Every project's latest report with the campaign's verdict on it under `target` (the digest of its target and
    /// scope), leaving out the projects it judged out of scope; in project id order.
    func campaignStanding(campaign: String, target: String) async throws(StoreError) -> [CampaignStandingRow]
    /// Every report received at or after `since`, plus each project's last report before it, with the campaign's
    /// verdict on it; oldest first.
    func campaignTimeline(campaign: String, target: String, since: Int64) async throws(StoreError) -> [CampaignTimelineEntry]
    /// Keeps verdicts judged after ingest (a verdict already stored for the report stays).
    func saveVerdicts(_ verdicts: [(reportID: Int64, verdict: CampaignVerdictRecord)]) async throws(StoreError)
    /// The campaign's stored burn-up days under `target`, from `firstDay` on, in day order.
    func campaignDays(campaign: String, target: String, from firstDay: Int) async throws(StoreError) -> [CampaignDayRecord]
    /// Keeps burn-up points of past days (a day already stored stays).
    func saveCampaignDays(campaign: String, target: String, _ days: [CampaignDayRecord]) async throws(StoreError)
}

/// The project states the portfolio filters on.
package enum PortfolioState: String, Sendable, Hashable, CaseIterable {
    /// Some template is behind the catalog.
    case behind
    /// The latest report has lint errors.
    case errors
    /// No report for the stale period.
    case stale
    /// A waiver expires within 30 days.
    case waivers
}

/// The columns the portfolio sorts by.
package enum PortfolioSort: String, Sendable, Hashable, CaseIterable {
    case name, owner, template, behind, errors, warnings, progress, age
}

/// Filters, order and page of the portfolio.
package struct PortfolioQuery: Sendable, Hashable {
    package var owner: String?
    package var template: String?
    package var version: String?
    package var phase: String?
    package var state: PortfolioState?
    /// Substring of the id, name or owner (case-insensitive for ASCII).
    package var text: String?
    package var sort: PortfolioSort
    package var descending: Bool
    package var offset: Int
    package var limit: Int
    /// Now (milliseconds since 1970) and the stale period, for the `stale` state.
    package var now: Int64
    package var staleDays: Int

    package init(
        owner: String? = nil, template: String? = nil, version: String? = nil, phase: String? = nil,
        state: PortfolioState? = nil, text: String? = nil, sort: PortfolioSort = .name, descending: Bool = false,
        offset: Int = 0, limit: Int = 100, now: Int64, staleDays: Int = 14
    ) {
        self.owner = owner
        self.template = template
        self.version = version
        self.phase = phase
        self.state = state
        self.text = text
        self.sort = sort
        self.descending = descending
        self.offset = offset
        self.limit = limit
        self.now = now
        self.staleDays = staleDays
    }
}

/// One page of the portfolio.
package struct PortfolioPage: Sendable, Hashable {
    package var projects: [ProjectSummary]
    /// How many projects match the filters in all pages.
    package var total: Int

    package init(projects: [ProjectSummary], total: Int) {
        self.projects = projects
        self.total = total
    }
}

/// The counts at the top of the portfolio.
package struct PortfolioCounts: Sendable, Hashable, Codable {
    package var projects: Int
    package var behind: Int
    package var withErrors: Int
    /// Waivers (not projects) that expire within 30 days.
    package var waiversExpiringSoon: Int
    package var stale: Int

    package init(projects: Int, behind: Int, withErrors: Int, waiversExpiringSoon: Int, stale: Int) {
        self.projects = projects
        self.behind = behind
        self.withErrors = withErrors
        self.waiversExpiringSoon = waiversExpiringSoon
        self.stale = stale
    }
}

/// The values the portfolio's filter menus offer.
package struct PortfolioFacets: Sendable, Hashable {
    package var owners: [String]
    package var phases: [String]
    /// Template name to its versions in use, each list sorted.
    package var templates: [String: [String]]

    package init(owners: [String], phases: [String], templates: [String: [String]]) {
        self.owners = owners
        self.phases = phases
        self.templates = templates
    }
}

/// When a report arrived, without its body.
package struct ReportStamp: Sendable, Hashable {
    package var projectID: String
    package var reportID: Int64
    package var receivedAt: Int64

    package init(projectID: String, reportID: Int64, receivedAt: Int64) {
        self.projectID = projectID
        self.reportID = reportID
        self.receivedAt = receivedAt
    }
}
