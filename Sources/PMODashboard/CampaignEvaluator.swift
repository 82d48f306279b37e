import PMOServer

/// A campaign's standing now and its burn-up, read from the verdicts the store keeps (`campaign_verdicts`, judged at
/// ingest) and the burn-up days it keeps (`campaign_days`), so that a page is a few SQL reads even on a server
/// that has just started.
///
/// Reports stored before a campaign (or its current target) existed have no verdict yet: they are judged here —
/// in the background from start (``warm(_:today:)``), and on a page view at most ``freshEvaluationLimit`` of them —
/// and the verdicts are stored, so that no report is judged twice for one target.
actor CampaignEvaluator {
    /// What a campaign makes of one report.
    enum Verdict: Sendable, Equatable {
        case outOfScope
        case met
        case open
        case failed(String)
    }

    /// A project's verdict on its report in effect.
    struct ProjectVerdict: Sendable {
        var projectID: String
        var name: String
        var owner: String?
        var verdict: Verdict
    }

    /// One day of a burn-up: projects in scope and done, as of the end of that day (UTC).
    struct BurnUpPoint: Sendable {
        var day: CivilDay
        var done: Int
        var total: Int
    }

    /// The most reports one page view judges afresh (the rest are left to the background and later views).
    static let freshEvaluationLimit = 2_000
    /// The most days a burn-up shows (about two months).
    static let maximumDays = 60
    /// The reason shown for a project whose latest report is still waiting for its verdict.
    static let notJudgedYet = "not evaluated yet: the server is still evaluating stored reports for this target"

    private let store: any DashboardStore

    init(store: any DashboardStore) {
        self.store = store
    }

    /// Each campaign's verdict on every project's latest report, by campaign name; projects out of a campaign's scope
    /// are left out. At most ``freshEvaluationLimit`` reports without a verdict are judged (in all).
    func current(_ campaigns: [DashboardCatalog.Campaign]) async throws(StoreError) -> [String: [ProjectVerdict]] {
        var budget = Self.freshEvaluationLimit
        var verdicts: [String: [ProjectVerdict]] = [:]
        let standings = try await standings(campaigns)
        for campaign in campaigns {
            var rows = standings[campaign.name] ?? []
            let unjudged = rows.indices.filter { rows[$0].state == nil }.prefix(max(0, budget))
            if !unjudged.isEmpty {
                budget -= unjudged.count
                let judged = try await judge(unjudged.map { rows[$0].reportID }, campaign)
                for index in unjudged {
                    let record = judged[rows[index].reportID]
                    rows[index].state = record?.state
                    rows[index].reason = record?.reason
                }
            }
            verdicts[campaign.name] = rows.compactMap { row in
                let verdict = CampaignJudge.verdict(row.state, reason: row.reason)
                guard verdict != .outOfScope else { return nil }
                return ProjectVerdict(projectID: row.projectID, name: row.name, owner: row.owner, verdict: verdict)
            }
        }
        return verdicts
    }

    /// Each campaign's standing rows, read concurrently (on PostgreSQL each on its own pooled connection).
    private func standings(_ campaigns: [DashboardCatalog.Campaign]) async throws(StoreError) -> [String: [CampaignStandingRow]] {
        let store = self.store
        do {
            return try await withThrowingTaskGroup(of: (String, [CampaignStandingRow]).self) { group in
                for campaign in campaigns {
                    group.addTask {
                        (campaign.name, try await store.campaignStanding(campaign: campaign.name, target: campaign.targetDigest))
                    }
                }
                var rows: [String: [CampaignStandingRow]] = [:]
                for try await (name, standing) in group { rows[name] = standing }
                return rows
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(String(describing: error))
        }
    }

    /// Done and total at the end of each day from the campaign's start (at most ``maximumDays`` back) to `today`;
    /// today's point comes from `current` (the verdicts on the latest reports).
    ///
    /// A past day's point never changes (reports are stored with the time they arrived), so it is computed once and
    /// stored. The days not stored yet are computed within the fresh-evaluation limit, coarse to fine (every 16th day
    /// back from today, then every 8th, …); the days left out appear on later views.
    func burnUp(_ campaign: DashboardCatalog.Campaign, today: CivilDay, current: [ProjectVerdict]) async throws(StoreError) -> [BurnUpPoint]
    {
        try await burnUp(campaign, today: today, current: current, limit: Self.freshEvaluationLimit, others: [])
    }

    /// The burn-up, judging at most `limit` reports; each is judged for `others` too (the background's way).
    private func burnUp(
        _ campaign: DashboardCatalog.Campaign, today: CivilDay, current: [ProjectVerdict], limit: Int,
        others: [DashboardCatalog.Campaign]
    ) async throws(StoreError) -> [BurnUpPoint] {
        let first = Self.firstDay(campaign, today: today)
        var stored: [Int: CampaignDayRecord] = [:]
        for day in try await store.campaignDays(campaign: campaign.name, target: campaign.targetDigest, from: first.number)
        where day.day < today.number {
            stored[day.day] = day
        }
        let missing = (first.number..<today.number).filter { stored[$0] == nil }
        if !missing.isEmpty {
            for day in try await computeDays(campaign, days: missing, limit: limit, others: others) { stored[day.day] = day }
        }
        let past = (first.number..<today.number).compactMap { stored[$0] }.map {
            BurnUpPoint(day: CivilDay(number: $0.day), done: $0.done, total: $0.total)
        }
        let todayPoint = BurnUpPoint(day: today, done: current.filter { $0.verdict == .met }.count, total: current.count)
        return past + [todayPoint]
    }

    /// The burn-up's first day: the campaign's first changelog date, at most ``maximumDays`` back.
    static func firstDay(_ campaign: DashboardCatalog.Campaign, today: CivilDay) -> CivilDay {
        let startDay = campaign.started.map { CivilDay(year: $0.year, month: $0.month, day: $0.day) } ?? CivilDay(number: today.number - 29)
        return CivilDay(number: min(today.number, max(startDay.number, today.number - Self.maximumDays + 1)))
    }

    /// Judges, in the background when the server starts, every latest report and then every report a burn-up day
    /// needs that has no verdict yet, and stores the burn-up days: campaign pages are then reads only. A report is
    /// decoded once for all the campaigns.
    func warm(_ campaigns: [DashboardCatalog.Campaign], today: CivilDay) async {
        for campaign in campaigns {
            let others = campaigns.filter { $0.name != campaign.name }
            while let rows = try? await store.campaignStanding(campaign: campaign.name, target: campaign.targetDigest) {
                let unjudged = rows.filter { $0.state == nil }.prefix(500).map(\.reportID)
                guard !unjudged.isEmpty, (try? await judge(unjudged, campaign, others: others)) != nil else { break }
                await Task.yield()
            }
        }
        for campaign in campaigns {
            let others = campaigns.filter { $0.name != campaign.name }
            _ = try? await burnUp(campaign, today: today, current: [], limit: .max, others: others)
        }
    }

    /// Computes and stores the points of `days` (past days) whose reports all have a verdict once at most `limit`
    /// reports more are judged.
    private func computeDays(
        _ campaign: DashboardCatalog.Campaign, days: [Int], limit: Int, others: [DashboardCatalog.Campaign]
    ) async throws(StoreError) -> [CampaignDayRecord] {
        guard let firstDay = days.first else { return [] }
        let timeline = BurnUpTimeline(
            try await store.campaignTimeline(campaign: campaign.name, target: campaign.targetDigest, since: Int64(firstDay) * 86_400_000),
            days: days)
        var chosen: [Int] = []
        var fresh = Set<Int64>()
        for day in timeline.coarseToFine {
            let new = timeline.unjudged(on: day).subtracting(fresh)
            if !chosen.isEmpty, fresh.count + new.count > limit { continue }
            chosen.append(day)
            fresh.formUnion(new)
        }
        var judged: [Int64: CampaignVerdictRecord.State] = [:]
        var start = 0
        let ids = fresh.sorted()
        while start < ids.count {
            let batch = Array(ids[start..<min(ids.count, start + 500)])
            start += batch.count
            for (id, record) in try await judge(batch, campaign, others: others) { judged[id] = record.state }
            await Task.yield()
        }
        let points = chosen.map { timeline.point(on: $0, judged: judged) }
        try await store.saveCampaignDays(campaign: campaign.name, target: campaign.targetDigest, points)
        return points
    }

    /// Judges the reports `ids` for `campaign` (and `others`), stores the verdicts and returns `campaign`'s by report id.
    private func judge(
        _ ids: [Int64], _ campaign: DashboardCatalog.Campaign, others: [DashboardCatalog.Campaign] = []
    ) async throws(StoreError) -> [Int64: CampaignVerdictRecord] {
        var judged: [Int64: CampaignVerdictRecord] = [:]
        var start = 0
        while start < ids.count {
            let batch = Array(ids[start..<min(ids.count, start + 500)])
            start += batch.count
            let bodies = try await store.reportBodies(ids: batch)
            var records: [(reportID: Int64, verdict: CampaignVerdictRecord)] = []
            for id in batch {
                let facts = bodies[id].flatMap(ReportValues.facts(ofJSON:))
                let record = CampaignJudge.record(campaign, CampaignJudge.verdict(campaign, facts))
                judged[id] = record
                records.append((id, record))
                for other in others { records.append((id, CampaignJudge.record(other, CampaignJudge.verdict(other, facts)))) }
            }
            try await store.saveVerdicts(records)
        }
        return judged
    }
}
