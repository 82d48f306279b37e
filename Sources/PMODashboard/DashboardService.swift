import Foundation
import PMOReport
import PMOServer

/// What the dashboard does, one call per route: ask the store, evaluate, and render the page or its export.
package struct DashboardService: Sendable {
    /// Most history points a project page charts.
    static let historyLimit = 365

    package let store: any DashboardStore
    /// The API's service: the same read-token rules and the same clock.
    package let api: ReportService
    package let options: DashboardOptions
    /// The pages' templates, parsed once at start.
    let pageTemplates: DashboardTemplates
    let evaluator: CampaignEvaluator

    package init(store: any DashboardStore, api: ReportService, options: DashboardOptions, templates: DashboardTemplates) {
        self.store = store
        self.api = api
        self.options = options
        self.pageTemplates = templates
        self.evaluator = CampaignEvaluator(store: store)
    }

    /// Whether the request may read: the server is public-read, or the cookie or the `Authorization` header
    /// holds a live token (the API's rule).
    package func mayRead(cookie: String?, authorization: String?) async -> Bool {
        (try? await api.authorizeRead(authorization: authorization, cookie: cookie)) != nil
    }

    /// `/`: the counts, the filters and a page of projects (or all matching rows as an export).
    func portfolio(_ fields: FormFields, layout: PageLayout) async throws(DashboardError) -> DashboardResponse {
        let parameters = PortfolioParameters(fields)
        let now = api.clock()
        let export = ExportFormat.requested(fields)
        let query = parameters.query(now: now, staleDays: options.staleDays, export: export != nil)
        let page = try await call { () async throws(StoreError) in try await store.portfolio(query) }
        if let export {
            return export.response([PortfolioView.table(page.projects, now: now)], named: "projects", fileStem: "portfolio")
        }
        let counts = try await call { () async throws(StoreError) in try await store.portfolioCounts(matching: query) }
        let facets = try await call { () async throws(StoreError) in try await store.portfolioFacets() }
        let view = PortfolioView(parameters: parameters, counts: counts, facets: facets, page: page, staleDays: options.staleDays, now: now)
        return .page(layout.page(title: "ポートフォリオ", section: .portfolio, body: .portfolio, view.context))
    }

    /// `/projects/{id}`: the latest report in full, with its history.
    func project(id: String, _ fields: FormFields, layout: PageLayout) async throws(DashboardError) -> DashboardResponse {
        guard let detail = try await call({ () async throws(StoreError) in try await store.project(id: id) }) else {
            throw .notFound("プロジェクト「\(id)」の報告はありません")
        }
        let report: ProjectReport
        do {
            report = try JSONDecoder().decode(ProjectReport.self, from: Data(detail.reportJSON.utf8))
        } catch {
            throw DashboardError(status: 500, message: "保存された報告を読めませんでした", cause: String(describing: error))
        }
        let history = try await call { () async throws(StoreError) in try await store.history(projectID: id, limit: Self.historyLimit) }
        let view = ProjectView(detail: detail, report: report, history: history, siteURL: options.siteURL, now: api.clock())
        if let export = ExportFormat.requested(fields) {
            return export.response(view.tables, named: fields["table"], fileStem: "project")
        }
        return .page(layout.page(title: detail.summary.name, section: nil, body: .project, view.context))
    }

    /// `/templates`: projects per template version, what older versions miss, projects on deprecated templates.
    func templates(_ fields: FormFields, layout: PageLayout) async throws(DashboardError) -> DashboardResponse {
        let adoption = try await call { () async throws(StoreError) in try await store.adoption() }
        let catalog = options.catalog ?? DashboardCatalog()
        var deprecated: [String: [ProjectSummary]] = [:]
        for template in Set(adoption.map(\.template)) where catalog.templates[template]?.deprecated == true {
            let query = PortfolioQuery(template: template, limit: 500, now: api.clock(), staleDays: options.staleDays)
            deprecated[template] = try await call { () async throws(StoreError) in try await store.portfolio(query) }.projects
        }
        let view = AdoptionView(adoption: adoption, catalog: catalog, hasCatalog: options.catalog != nil, deprecatedProjects: deprecated)
        if let export = ExportFormat.requested(fields) {
            return export.response([view.table], named: "adoption", fileStem: "templates")
        }
        return .page(layout.page(title: "標準の採用状況", section: .templates, body: .adoption, view.context))
    }

    /// `/campaigns`: every campaign's done/total now.
    func campaigns(_ fields: FormFields, layout: PageLayout) async throws(DashboardError) -> DashboardResponse {
        let campaigns = options.catalog?.campaigns ?? []
        let verdicts = try await call { () async throws(StoreError) in try await evaluator.current(campaigns) }
        let today = CivilDay(milliseconds: api.clock())
        let standings = campaigns.map { CampaignView.Standing(campaign: $0, verdicts: verdicts[$0.name] ?? [], today: today) }
        if let export = ExportFormat.requested(fields) {
            return export.response([CampaignView.listTable(standings)], named: "campaigns", fileStem: "campaigns")
        }
        return .page(
            layout.page(
                title: "キャンペーン", section: .campaigns, body: .campaigns,
                CampaignView.listContext(standings, hasCatalog: options.catalog != nil)))
    }

    /// `/campaigns/{name}`: done/total, the burn-up, the open projects by owner and the failed evaluations.
    func campaign(name: String, _ fields: FormFields, layout: PageLayout) async throws(DashboardError) -> DashboardResponse {
        guard let campaign = options.catalog?.campaign(named: name) else { throw .notFound("キャンペーン「\(name)」はカタログにありません") }
        let today = CivilDay(milliseconds: api.clock())
        let verdicts = try await call { () async throws(StoreError) in try await evaluator.current([campaign]) }
        let current = verdicts[campaign.name] ?? []
        let burnUp = try await call { () async throws(StoreError) in try await evaluator.burnUp(campaign, today: today, current: current) }
        let standing = CampaignView.Standing(campaign: campaign, verdicts: verdicts[campaign.name] ?? [], today: today)
        if let export = ExportFormat.requested(fields) {
            return export.response(
                CampaignView.detailTables(standing, burnUp: burnUp), named: fields["table"], fileStem: "campaign-" + campaign.name)
        }
        return .page(
            layout.page(title: campaign.title, section: .campaigns, body: .campaign, CampaignView.detailContext(standing, burnUp: burnUp)))
    }

    /// Judges, in the background, the stored reports that have no verdict for a campaign's current target (reports
    /// stored before the campaign or its target existed) and stores every past burn-up day, so that campaign pages
    /// are reads only; `done` gets a line saying how long it took.
    package func warmCampaigns(done: @escaping @Sendable (String) -> Void = { _ in }) {
        let campaigns = options.catalog?.campaigns ?? []
        guard !campaigns.isEmpty else { return }
        let evaluator = self.evaluator
        let clock = api.clock
        let today = CivilDay(milliseconds: clock())
        Task.detached(priority: .background) {
            let start = clock()
            await evaluator.warm(campaigns, today: today)
            done("campaigns: stored verdicts and burn-up days are complete (\(campaigns.count) campaigns, \(clock() - start) ms)")
        }
    }

    /// `POST /signin`: a live token sets the cookie and goes on to `next`; anything else shows the form again.
    func signIn(_ form: FormFields) async -> DashboardResponse {
        let next = SignInPage.safeNext(form["next"])
        guard let token = form["token"], SignInPage.isCookieSafe(token),
            (try? await api.authorizeRead(authorization: "Bearer " + token)) != nil
        else {
            return .page(SignInPage.html(next: next, failed: true, templates: pageTemplates), status: 401)
        }
        return .redirect(next, cookie: token)
    }

    /// The frame of this server's pages.
    func layout() -> PageLayout {
        PageLayout(signedIn: !api.publicRead, templates: pageTemplates)
    }

    /// The sign-in form, going on to `next` (a path on this site).
    func signInPage(next: String?, status: Int = 200) -> DashboardResponse {
        .page(SignInPage.html(next: SignInPage.safeNext(next), failed: false, templates: pageTemplates), status: status)
    }

    /// The page for a request that failed.
    func errorPage(_ error: DashboardError, layout: PageLayout) -> DashboardResponse {
        .page(
            layout.page(title: error.status == 404 ? "見つかりません" : "エラー", section: nil, body: .errorPage, ["message": error.message]),
            status: error.status)
    }

    private func call<T>(_ work: () async throws(StoreError) -> T) async throws(DashboardError) -> T {
        do throws(StoreError) {
            return try await work()
        } catch {
            throw .store(error.message)
        }
    }
}
