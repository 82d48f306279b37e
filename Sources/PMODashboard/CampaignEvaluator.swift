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
    /// The most reports one burn-up evaluates afresh; past it the burn-up keeps fewer days (every 2nd, 4th, … day
    /// counted back from today, so that the days kept grow into each other as the cache fills over later views).
    static let freshEvaluationLimit = 10_000
    /// The most days a burn-up shows.
    static let maximumDays = 60

    private let store: any DashboardStore
    private var cache: [Key: Entry] = [:]

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
                return ProjectVerdict(projectID: stamp.projectID, name: entry?.name ?? stamp.projectID, owner: entry?.owner,
                                      verdict: entry?.verdict ?? .failed("the report was not evaluated"))
            }
        }
        return verdicts
    }

    /// Done and total at the end of each day from the campaign's start (at most ``maximumDays`` back) to `today`.
    func burnUp(_ campaign: DashboardCatalog.Campaign, today: CivilDay) async throws(StoreError) -> [BurnUpPoint] {
        let startDay = campaign.started.map { CivilDay(year: $0.year, month: $0.month, day: $0.day) } ?? CivilDay(number: today.number - 29)
        let first = CivilDay(number: min(today.number, max(startDay.number, today.number - Self.maximumDays + 1)))
        let allDays = (first.number...today.number).map(CivilDay.init(number:))
        let stamps = try await store.reportTimeline(since: Int64(first.number) * 86_400_000)
        var byProject: [String: [ReportStamp]] = [:]
        for stamp in stamps { byProject[stamp.projectID, default: []].append(stamp) }
        // The report in effect at the end of each day, walking each project's stamps (oldest first) once.
        var inEffect: [[Int64]] = Array(repeating: [], count: allDays.count)
        for list in byProject.values {
            var index = -1
            for (position, day) in allDays.enumerated() {
                while index + 1 < list.count, list[index + 1].receivedAt <= day.endMilliseconds { index += 1 }
                if index >= 0 { inEffect[position].append(list[index].reportID) }
            }
        }
        func fresh(_ positions: [Int]) -> Set<Int64> {
            Set(positions.flatMap { inEffect[$0] }).filter { cache[Key(campaign: campaign.name, report: $0)] == nil }
        }
        var positions = Array(allDays.indices)
        var needed = fresh(positions)
        while needed.count > Self.freshEvaluationLimit, positions.count > 2 {
            // Keep every other day, and always today.
            positions = positions.enumerated().filter { ($0.offset - positions.count + 1) % 2 == 0 }.map(\.element)
            needed = fresh(positions)
        }
        try await evaluate(needed, [campaign])
        return positions.map { position in
            var done = 0, total = 0
            for id in inEffect[position] {
                switch cache[Key(campaign: campaign.name, report: id)]?.verdict {
                case .met?: done += 1; total += 1
                case .open?, .failed?: total += 1
                case .outOfScope?, nil: break
                }
            }
            return BurnUpPoint(day: allDays[position], done: done, total: total)
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
                    cache[Key(campaign: campaign.name, report: id)] = Entry(verdict: Self.verdict(campaign, facts),
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
