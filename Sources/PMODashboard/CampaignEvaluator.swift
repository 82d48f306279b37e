import PMOCatalog
import PMORules
import PMOServer

/// Evaluates campaign targets on stored reports, now and day by day for the burn-up.
///
/// A stored report never changes, so a verdict is kept by (campaign, report id): a page view evaluates only the
/// reports it has not seen, and each report's JSON is decoded once for every campaign at a time.
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

    private struct Key: Hashable {
        var campaign: String
        var report: Int64
    }

    private struct Entry {
        var verdict: Verdict
        var name: String?
        var owner: String?
    }

    /// The most verdicts kept; past it the cache starts afresh (reports are re-evaluated, never wrong).
    static let cacheLimit = 1_000_000
    /// The most reports one burn-up view evaluates afresh.
    static let freshEvaluationLimit = 10_000
    /// The most days a burn-up shows (about two months).
    static let maximumDays = 60

    private let store: any DashboardStore
    private var cache: [Key: Entry] = [:]
    /// Burn-up points of past days, by campaign and day number: they never change.
    private var points: [String: [Int: BurnUpPoint]] = [:]

    init(store: any DashboardStore) {
        self.store = store
    }

    /// Each campaign's verdict on every project's latest report, by campaign name.
    func current(_ campaigns: [DashboardCatalog.Campaign]) async throws(StoreError) -> [String: [ProjectVerdict]] {
        let stamps = try await store.latestStamps()
        try await evaluate(Set(stamps.map(\.reportID)), campaigns)
        var verdicts: [String: [ProjectVerdict]] = [:]
        for campaign in campaigns {
            verdicts[campaign.name] = stamps.map { stamp in
                let entry = cache[Key(campaign: campaign.name, report: stamp.reportID)]
                return ProjectVerdict(
                    projectID: stamp.projectID, name: entry?.name ?? stamp.projectID, owner: entry?.owner,
                    verdict: entry?.verdict ?? .failed("the report was not evaluated"))
            }
        }
        return verdicts
    }

    /// Done and total at the end of each day from the campaign's start (at most ``maximumDays`` back) to `today`;
    /// today's point comes from `current` (the verdicts on the latest reports).
    ///
    /// A past day's point never changes (reports are stored with the time they arrived), so it is computed once
    /// and kept. A view evaluates at most ``freshEvaluationLimit`` new reports, taking the missing days coarse to
    /// fine (every 16th day back from today, then every 8th, …); the days left out appear on later views.
    func burnUp(_ campaign: DashboardCatalog.Campaign, today: CivilDay, current: [ProjectVerdict]) async throws(StoreError) -> [BurnUpPoint]
    {
        let first = Self.firstDay(campaign, today: today)
        let inScope = current.filter { $0.verdict != .outOfScope }
        let todayPoint = BurnUpPoint(day: today, done: inScope.filter { $0.verdict == .met }.count, total: inScope.count)
        let missing = (first.number..<today.number).filter { points[campaign.name]?[$0] == nil }
        if !missing.isEmpty { try await computePoints(campaign, days: missing) }
        let past = (first.number..<today.number).compactMap { points[campaign.name]?[$0] }
        return past + [todayPoint]
    }

    /// The burn-up's first day: the campaign's first changelog date, at most ``maximumDays`` back.
    static func firstDay(_ campaign: DashboardCatalog.Campaign, today: CivilDay) -> CivilDay {
        let startDay = campaign.started.map { CivilDay(year: $0.year, month: $0.month, day: $0.day) } ?? CivilDay(number: today.number - 29)
        return CivilDay(number: min(today.number, max(startDay.number, today.number - Self.maximumDays + 1)))
    }

    /// Evaluates the latest reports and then every burn-up day of `campaigns`, a slice at a time, so that their
    /// pages are quick (run in the background when the server starts).
    func warm(_ campaigns: [DashboardCatalog.Campaign], today: CivilDay) async {
        guard let current = try? await current(campaigns) else { return }
        for campaign in campaigns {
            let days = today.number - Self.firstDay(campaign, today: today).number + 1
            for _ in 0..<Self.maximumDays {
                guard let points = try? await burnUp(campaign, today: today, current: current[campaign.name] ?? []),
                    points.count < days
                else { break }
                await Task.yield()
            }
        }
    }

    /// Computes and keeps the points of some of `days` (past days), within the fresh-evaluation limit.
    private func computePoints(_ campaign: DashboardCatalog.Campaign, days: [Int]) async throws(StoreError) {
        guard let firstDay = days.first, let lastDay = days.last else { return }
        let stamps = try await store.reportTimeline(since: Int64(firstDay) * 86_400_000)
        var byProject: [String: [ReportStamp]] = [:]
        for stamp in stamps { byProject[stamp.projectID, default: []].append(stamp) }
        // The report in effect at the end of each missing day, walking each project's stamps (oldest first) once.
        var inEffect: [Int: [Int64]] = [:]
        for list in byProject.values {
            var index = -1
            for day in days {
                let end = CivilDay(number: day).endMilliseconds
                while index + 1 < list.count, list[index + 1].receivedAt <= end { index += 1 }
                if index >= 0 { inEffect[day, default: []].append(list[index].reportID) }
            }
        }
        // Coarse to fine: the days whose distance from the last one has the most trailing zero bits first.
        let ordered = days.sorted { lhs, rhs in
            let left = (lastDay - lhs + 1).trailingZeroBitCount
            let right = (lastDay - rhs + 1).trailingZeroBitCount
            return left != right ? left > right : lhs > rhs
        }
        var chosen: [Int] = []
        var fresh = Set<Int64>()
        for day in ordered {
            let new = (inEffect[day] ?? []).filter { !fresh.contains($0) && cache[Key(campaign: campaign.name, report: $0)] == nil }
            if !chosen.isEmpty, fresh.count + new.count > Self.freshEvaluationLimit { continue }
            chosen.append(day)
            fresh.formUnion(new)
        }
        try await evaluate(fresh, [campaign])
        for day in chosen {
            var done = 0
            var total = 0
            for id in inEffect[day] ?? [] {
                switch cache[Key(campaign: campaign.name, report: id)]?.verdict {
                case .met?: done += 1; total += 1
                case .open?, .failed?: total += 1
                case .outOfScope?, nil: break
                }
            }
            points[campaign.name, default: [:]][day] = BurnUpPoint(day: CivilDay(number: day), done: done, total: total)
        }
    }

    /// Evaluates `campaigns` on the reports `ids` that some of them have not seen, 500 bodies at a time.
    private func evaluate(_ ids: Set<Int64>, _ campaigns: [DashboardCatalog.Campaign]) async throws(StoreError) {
        let missing = ids.filter { id in campaigns.contains { cache[Key(campaign: $0.name, report: id)] == nil } }.sorted()
        if cache.count + missing.count * campaigns.count > Self.cacheLimit { cache.removeAll() }
        var start = 0
        while start < missing.count {
            let batch = Array(missing[start..<min(missing.count, start + 500)])
            start += batch.count
            let bodies = try await store.reportBodies(ids: batch)
            for id in batch {
                let facts = bodies[id].flatMap(ReportValues.facts(ofJSON:))
                for campaign in campaigns {
                    cache[Key(campaign: campaign.name, report: id)] = Entry(
                        verdict: Self.verdict(campaign, facts),
                        name: facts?.projectName, owner: facts?.owner)
                }
            }
        }
    }

    /// The campaign's verdict on a report (nil facts: the stored JSON did not read).
    static func verdict(_ campaign: DashboardCatalog.Campaign, _ facts: ReportValues.Facts?) -> Verdict {
        guard let facts else { return .failed("the stored report is not a JSON object") }
        let templates: [String?] = facts.templates.isEmpty ? [nil] : facts.templates
        guard templates.contains(where: { campaign.scope.contains(template: $0, owner: facts.owner) }) else { return .outOfScope }
        switch campaign.target.evaluate(report: facts.fields) {
        case .met: return .met
        case .open: return .open
        case .failed(let reason): return .failed(reason)
        }
    }
}
