import Foundation
import PMOReport
import PMOServer
import Testing

@testable import PMODashboard

/// Campaign verdicts kept in the store (`campaign_verdicts`, `campaign_days`), on SQLite and PostgreSQL: judged at
/// ingest, backfilled for reports stored before, judged afresh when a target changes, a failing target kept as not
/// done with its reason.
@Suite("Campaign verdicts (SQLite and PostgreSQL)")
struct CampaignVerdictTests {
    static let day: Int64 = 86_400_000
    /// 2026-11-10T12:00Z: the test campaigns began on 2026-11-01.
    static let now: Int64 = 1_794_312_000_000

    /// The repository's catalog plus `zero-errors-overdue` (`lint.errors == 0`, or `target` instead) and
    /// `broken-target` (a field no report has).
    static func catalog(target: String? = nil) throws -> DashboardCatalog {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-verdicts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = try DashboardTests.catalog(in: folder)
        if let target {
            let file = root.appendingPathComponent("standards/campaigns/zero-errors-overdue.yaml")
            let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "lint.errors == 0", with: target)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return try DashboardCatalog(loadingFrom: root.path)
    }

    static func campaign(_ catalog: DashboardCatalog, _ name: String) throws -> DashboardCatalog.Campaign {
        guard let campaign = catalog.campaign(named: name) else { throw MissingInput(description: "no campaign \(name)") }
        return campaign
    }

    /// Stores `report` as the server does, with `judge`'s verdicts when given.
    static func insert(_ store: any ReportStore, _ report: ProjectReport, at time: Int64, judge: CampaignJudge? = nil) async throws {
        let canonical = ReportCodec.encode(report)
        let body = String(decoding: canonical, as: UTF8.self)
        _ = try await store.insert(
            report, digest: ReportCodec.digest(of: canonical), body: body, receivedAt: time,
            verdicts: judge?.verdicts(reportJSON: body) ?? [])
    }

    static func states(_ store: any DashboardStore, _ campaign: DashboardCatalog.Campaign) async throws -> [String: String] {
        var states: [String: String] = [:]
        for row in try await store.campaignStanding(campaign: campaign.name, target: campaign.targetDigest) {
            states[row.projectID] = row.state?.rawValue ?? "none"
        }
        return states
    }

    @Test(arguments: StoreKind.allCases)
    func ingestStoresEachCampaignsVerdictWithTheReport(kind: StoreKind) async throws {
        let catalog = try Self.catalog()
        let judge = CampaignJudge(catalog: catalog)
        try await TestDatabase.with(kind) { database in
            try await database.withStore { plain in
                let store = try DashboardStoreTests.dashboardStore(plain)
                try await Self.insert(store, SampleReports.make(project: "clean", serial: 1), at: Self.now, judge: judge)
                try await Self.insert(store, SampleReports.make(project: "dirty", lintErrors: 2, serial: 2), at: Self.now, judge: judge)
                let zero = try Self.campaign(catalog, "zero-errors-overdue")
                #expect(try await Self.states(store, zero) == ["clean": "met", "dirty": "open"])
                let broken = try Self.campaign(catalog, "broken-target")
                let rows = try await store.campaignStanding(campaign: broken.name, target: broken.targetDigest)
                #expect(rows.map(\.state) == [.failed, .failed])
                #expect(rows.allSatisfy { ($0.reason ?? "").contains("no_such_field") })
                // The same report again stores nothing more and keeps its verdict.
                try await Self.insert(store, SampleReports.make(project: "clean", serial: 1), at: Self.now + 1, judge: judge)
                #expect(try await Self.states(store, zero) == ["clean": "met", "dirty": "open"])
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func reportsStoredBeforeAreBackfilledAndTheBurnUpDaysKept(kind: StoreKind) async throws {
        let catalog = try Self.catalog()
        let zero = try Self.campaign(catalog, "zero-errors-overdue")
        try await TestDatabase.with(kind) { database in
            try await database.withStore { plain in
                let store = try DashboardStoreTests.dashboardStore(plain)
                // No judge: as reports stored before the campaign existed. p1 is fixed on 2026-11-05.
                try await Self.insert(store, SampleReports.make(project: "p1", lintErrors: 1, serial: 1), at: Self.now - 8 * Self.day)
                try await Self.insert(store, SampleReports.make(project: "p1", serial: 2), at: Self.now - 5 * Self.day)
                try await Self.insert(store, SampleReports.make(project: "p2", lintErrors: 3, serial: 3), at: Self.now - 7 * Self.day)
                #expect(try await Self.states(store, zero) == ["p1": "none", "p2": "none"])

                let evaluator = CampaignEvaluator(store: store)
                let today = CivilDay(milliseconds: Self.now)
                let current = try await evaluator.current([zero])[zero.name] ?? []
                #expect(current.map(\.verdict) == [.met, .open])
                #expect(try await Self.states(store, zero) == ["p1": "met", "p2": "open"])

                let burnUp = try await evaluator.burnUp(zero, today: today, current: current)
                #expect(burnUp.map(\.day.text).first == "2026-11-01")
                #expect(burnUp.count == 10)
                let points = Dictionary(uniqueKeysWithValues: burnUp.map { ($0.day.text, "\($0.done)/\($0.total)") })
                #expect(points["2026-11-01"] == "0/0")
                #expect(points["2026-11-02"] == "0/1")
                #expect(points["2026-11-03"] == "0/2")
                #expect(points["2026-11-05"] == "1/2")
                #expect(points["2026-11-10"] == "1/2")
                let stored = try await store.campaignDays(campaign: zero.name, target: zero.targetDigest, from: 0)
                #expect(stored.count == 9)

                // A fresh evaluator (a restarted server) reads the same from the store.
                let again = try await CampaignEvaluator(store: store).burnUp(zero, today: today, current: current)
                #expect(again.map { "\($0.done)/\($0.total)" } == burnUp.map { "\($0.done)/\($0.total)" })
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aChangedTargetIsJudgedAfresh(kind: StoreKind) async throws {
        let before = try Self.campaign(try Self.catalog(), "zero-errors-overdue")
        let after = try Self.campaign(try Self.catalog(target: "lint.errors <= 5"), "zero-errors-overdue")
        #expect(before.targetDigest != after.targetDigest)
        try await TestDatabase.with(kind) { database in
            try await database.withStore { plain in
                let store = try DashboardStoreTests.dashboardStore(plain)
                let judge = CampaignJudge(campaigns: [before])
                try await Self.insert(store, SampleReports.make(project: "p1", lintErrors: 3, serial: 1), at: Self.now, judge: judge)
                #expect(try await Self.states(store, before) == ["p1": "open"])
                #expect(try await Self.states(store, after) == ["p1": "none"])
                let verdicts = try await CampaignEvaluator(store: store).current([after])[after.name] ?? []
                #expect(verdicts.map(\.verdict) == [.met])
                #expect(try await Self.states(store, after) == ["p1": "met"])
                #expect(try await Self.states(store, before) == ["p1": "open"])
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aTargetThatFailsCountsAsNotDoneWithItsReason(kind: StoreKind) async throws {
        let broken = try Self.campaign(try Self.catalog(), "broken-target")
        try await TestDatabase.with(kind) { database in
            try await database.withStore { plain in
                let store = try DashboardStoreTests.dashboardStore(plain)
                try await Self.insert(store, SampleReports.make(project: "p1", serial: 1), at: Self.now)
                let evaluator = CampaignEvaluator(store: store)
                let verdicts = try await evaluator.current([broken])[broken.name] ?? []
                guard case .failed(let reason)? = verdicts.first?.verdict else {
                    Issue.record("expected a failed verdict, got \(verdicts)")
                    return
                }
                #expect(reason.contains("no_such_field"))
                let rows = try await store.campaignStanding(campaign: broken.name, target: broken.targetDigest)
                #expect(rows.first?.state == .failed)
                #expect(rows.first?.reason == reason)
                let burnUp = try await evaluator.burnUp(broken, today: CivilDay(milliseconds: Self.now), current: verdicts)
                #expect(burnUp.last.map { "\($0.done)/\($0.total)" } == "0/1")
            }
        }
    }
}
