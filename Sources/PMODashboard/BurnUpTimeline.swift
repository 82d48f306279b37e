import PMOServer

/// Which report was in effect for each project at the end of each burn-up day (UTC), and the campaign's verdict on
/// it, from the store's timeline (reports since the first day plus each project's last before it, oldest first).
struct BurnUpTimeline {
    /// A report in effect on a day: its id and its stored verdict (nil: not judged yet).
    struct InEffect {
        var reportID: Int64
        var state: CampaignVerdictRecord.State?
    }

    /// The days asked for, in order.
    let days: [Int]
    private var inEffect: [Int: [InEffect]] = [:]

    init(_ entries: [CampaignTimelineEntry], days: [Int]) {
        self.days = days
        var byProject: [String: [CampaignTimelineEntry]] = [:]
        for entry in entries { byProject[entry.projectID, default: []].append(entry) }
        // Each project's entries (oldest first) are walked once across the days.
        for list in byProject.values {
            var index = -1
            for day in days {
                let end = CivilDay(number: day).endMilliseconds
                while index + 1 < list.count, list[index + 1].receivedAt <= end { index += 1 }
                if index >= 0 { inEffect[day, default: []].append(InEffect(reportID: list[index].reportID, state: list[index].state)) }
            }
        }
    }

    /// The days, those whose distance from the last one has the most trailing zero bits first (every 16th day back,
    /// then every 8th, …), so that a partial burn-up still spans the whole period.
    var coarseToFine: [Int] {
        guard let lastDay = days.last else { return [] }
        return days.sorted { lhs, rhs in
            let left = (lastDay - lhs + 1).trailingZeroBitCount
            let right = (lastDay - rhs + 1).trailingZeroBitCount
            return left != right ? left > right : lhs > rhs
        }
    }

    /// The reports in effect on `day` that have no verdict yet.
    func unjudged(on day: Int) -> Set<Int64> {
        Set((inEffect[day] ?? []).filter { $0.state == nil }.map(\.reportID))
    }

    /// The day's point, with `judged` supplying the verdicts the timeline lacked (a report still without one counts
    /// as in scope and not done, as a failed evaluation does).
    func point(on day: Int, judged: [Int64: CampaignVerdictRecord.State]) -> CampaignDayRecord {
        var done = 0
        var total = 0
        for report in inEffect[day] ?? [] {
            switch report.state ?? judged[report.reportID] {
            case .met?: done += 1; total += 1
            case .open?, .failed?, nil: total += 1
            case .outOfScope?: break
            }
        }
        return CampaignDayRecord(day: day, done: done, total: total)
    }
}
