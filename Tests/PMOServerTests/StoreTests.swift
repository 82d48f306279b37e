import Foundation
import PMOReport
import PMOServer
import Testing

/// One suite, run against SQLite and PostgreSQL alike: what the ``ReportStore`` protocol promises.
@Suite("Report store (SQLite and PostgreSQL)")
struct StoreTests {
    static func insert(_ store: any ReportStore, _ report: ProjectReport, at time: Int64 = 1_000) async throws -> InsertOutcome {
        let body = ReportCodec.encode(report)
        return try await store.insert(
            report, digest: ReportCodec.digest(of: body), body: String(decoding: body, as: UTF8.self), receivedAt: time)
    }

    @Test(arguments: StoreKind.allCases)
    func migrationsRunFromAnEmptyDatabaseAndAgainWithoutChange(kind: StoreKind) async throws {
        try await TestDatabase.with(kind) { database in
            try await database.withStore { store in
                try await store.migrate()
                try await store.migrate()
                #expect(try await store.reportCount() == 0)
                #expect(try await store.projects(ProjectQuery(now: 0)).projects.isEmpty)
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func theSameReportTwiceIsStoredOnce(kind: StoreKind) async throws {
        try await TestDatabase.with(kind) { database in
            try await database.withStore { store in
                let report = SampleReports.make(project: "alpha")
                let first = try await Self.insert(store, report)
                let second = try await Self.insert(store, report, at: 2_000)
                guard case .created(let id) = first else { Issue.record("first insert was \(first)"); return }
                #expect(second == .existing(id))
                #expect(try await store.reportCount() == 1)
                // The same content from another project is another report.
                var other = report
                other.project.id = "beta"
                #expect(try await Self.insert(store, other).id != id)
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func theLatestReportIsTheProjectsStateAndHistoryKeepsEveryReport(kind: StoreKind) async throws {
        try await TestDatabase.with(kind) { database in
            try await database.withStore { store in
                for serial in 0..<5 {
                    _ = try await Self.insert(
                        store, SampleReports.make(project: "alpha", behind: serial % 3, lintErrors: serial, serial: serial),
                        at: Int64(1_000 + serial))
                }
                let detail = try #require(try await store.project(id: "alpha"))
                #expect(detail.summary.summary.lintErrors == 4)
                #expect(detail.summary.summary.versionsBehind == 1)
                #expect(detail.reportCount == 5)
                let stored = try ReportCodec.decode(Data(detail.reportJSON.utf8))
                #expect(stored == SampleReports.make(project: "alpha", behind: 1, lintErrors: 4, serial: 4))
                let history = try await store.history(projectID: "alpha", limit: 100)
                #expect(history.map(\.lintErrors) == [0, 1, 2, 3, 4])
                #expect(try await store.history(projectID: "alpha", limit: 2).map(\.lintErrors) == [3, 4])
                #expect(try await store.project(id: "nobody") == nil)
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func projectsFilterAndPageWithACursor(kind: StoreKind) async throws {
        try await TestDatabase.with(kind) { database in
            try await database.withStore { store in
                for index in 0..<25 {
                    let report = SampleReports.make(
                        project: String(format: "p%02d", index), name: index == 7 ? "Horizon 刷新" : nil,
                        owner: index % 2 == 0 ? "team-a" : "team-b", template: index < 20 ? "standard-project" : "light",
                        version: index % 3 == 0 ? "1.0.0" : "2.0.0", behind: index % 4 == 0 ? 2 : 0)
                    _ = try await Self.insert(store, report, at: Int64(index) * 86_400_000)
                }
                let now = Int64(30) * 86_400_000
                var seen: [String] = []
                var after: String?
                repeat {
                    let page = try await store.projects(ProjectQuery(after: after, limit: 10, now: now))
                    #expect(page.projects.count <= 10)
                    seen += page.projects.map(\.id)
                    after = page.nextAfter
                } while after != nil
                #expect(seen == (0..<25).map { String(format: "p%02d", $0) })
                #expect(try await store.projects(ProjectQuery(owner: "team-b", now: now)).projects.count == 12)
                #expect(
                    try await store.projects(ProjectQuery(template: "light", now: now)).projects.map(\.id) == [
                        "p20", "p21", "p22", "p23", "p24",
                    ])
                #expect(
                    try await store.projects(ProjectQuery(template: "light", version: "1.0.0", now: now)).projects.map(\.id) == [
                        "p21", "p24",
                    ])
                #expect(try await store.projects(ProjectQuery(behind: true, now: now)).projects.count == 7)
                #expect(try await store.projects(ProjectQuery(behind: false, now: now)).projects.count == 18)
                #expect(try await store.projects(ProjectQuery(staleDays: 10, now: now)).projects.count == 20)
                #expect(try await store.projects(ProjectQuery(text: "horizon", now: now)).projects.map(\.id) == ["p07"])
                #expect(try await store.projects(ProjectQuery(text: "P1", now: now)).projects.count == 10)
                let adoption = try await store.adoption()
                #expect(adoption.first { $0.template == "light" && $0.version == "1.0.0" }?.projects == 2)
                #expect(adoption.reduce(0) { $0 + $1.projects } == 25)
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func sqlMetacharactersAndControlCharactersAreStoredLiterally(kind: StoreKind) async throws {
        let hostile = "x'); DROP TABLE reports; -- \" \\ % _ ? $1 \u{1}\u{7}\t\r\n\u{1b}[31m 日本語 <img src=x onerror=alert(1)>"
        try await TestDatabase.with(kind) { database in
            try await database.withStore { store in
                let report = SampleReports.make(
                    project: hostile, name: hostile, owner: hostile, template: hostile, version: hostile,
                    lintErrors: 1, message: hostile)
                _ = try await Self.insert(store, report)
                let detail = try #require(try await store.project(id: hostile))
                #expect(detail.summary.name == hostile && detail.summary.owner == hostile)
                #expect(try ReportCodec.decode(Data(detail.reportJSON.utf8)) == report)
                #expect(
                    try await store.projects(ProjectQuery(owner: hostile, template: hostile, version: hostile, now: 0)).projects.map(\.id)
                        == [hostile])
                #expect(try await store.projects(ProjectQuery(text: "DROP TABLE", now: 0)).projects.count == 1)
                #expect(try await store.reportCount() == 1)
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func tokensAreFoundByHashAndRevokedOnce(kind: StoreKind) async throws {
        try await TestDatabase.with(kind) { database in
            try await database.withStore { store in
                let service = TokenService(store: store)
                let (secret, record) = try await service.create(kind: .project, subject: "alpha", now: 5)
                #expect(secret.hasPrefix("pmo_") && record.hash == TokenService.hash(secret) && !record.hash.contains(secret))
                #expect(try await service.authenticate(authorization: "Bearer " + secret)?.subject == "alpha")
                #expect(try await service.authenticate(authorization: "Bearer wrong") == nil)
                #expect(try await store.tokens().map(\.id) == [record.id])
                #expect(try await store.revokeToken(id: record.id, at: 9))
                #expect(try await store.revokeToken(id: record.id, at: 10) == false)
                #expect(try await service.authenticate(authorization: "Bearer " + secret) == nil)
                #expect(try await store.token(hash: record.hash)?.revokedAt == 9)
            }
        }
    }
}
