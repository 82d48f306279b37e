import Foundation
import PMOReport
import PMOServer
import PMOTestSupport
import Testing

/// An acknowledged report is never lost: post in a stream, SIGKILL the server at random moments, restart,
/// and check that every report that got a 201 is stored whole — on SQLite and on PostgreSQL.
///
/// `PMO_SERVER_KILL_ROUNDS` sets the rounds (default 24); `PMO_KILL_SEED` replays a printed seed.
@Suite("pmo-server SIGKILL rounds", .serialized)
struct ServerKillTests {
    static var rounds: Int {
        ProcessInfo.processInfo.environment["PMO_SERVER_KILL_ROUNDS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil } ?? 24
    }

    /// Reports acknowledged by the server: id → digest; a round can wait for its first acknowledgement.
    actor Acknowledged {
        var reports: [Int: String] = [:]
        private var waiting: [(count: Int, continuation: CheckedContinuation<Void, Never>)] = []

        func add(_ id: Int, _ digest: String) {
            reports[id] = digest
            let ready = waiting.filter { $0.count <= reports.count }
            waiting.removeAll { $0.count <= reports.count }
            for waiter in ready { waiter.continuation.resume() }
        }

        /// Returns once `count` reports in all have been acknowledged.
        func wait(untilCount count: Int) async {
            if reports.count >= count { return }
            await withCheckedContinuation { waiting.append((count, $0)) }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func everyAcknowledgedReportSurvivesSIGKILL(kind: StoreKind) async throws {
        let seed = ProcessInfo.processInfo.environment["PMO_KILL_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 1...UInt64.max)
        print("ServerKillTests(\(kind)): seed \(seed) (replay with PMO_KILL_SEED=\(seed))")
        var random = SeededGenerator(seed: seed)
        try await TestDatabase.with(kind) { database in
            let projects = ["k0", "k1", "k2", "k3"]
            let tokens = try await database.withStore { store in
                var tokens: [String] = []
                for project in projects {
                    tokens.append(try await TokenService(store: store).create(kind: .project, subject: project, now: 0).secret)
                }
                return tokens
            }
            let acknowledged = Acknowledged()
            var serial = 0
            var killedWhilePosting = 0
            for _ in 0..<Self.rounds {
                let server = try ServerProcess(database: database.url)
                let client = HTTPClient(port: server.port)
                let delay = Int.random(in: 0...150, using: &random)
                let start = serial
                serial += 1_000
                let posters = (0..<projects.count).map { index in
                    Task {
                        var posted = 0
                        for step in 0..<1_000 {
                            let report = SampleReports.make(project: projects[index], lintErrors: step % 7, serial: start + step)
                            guard
                                let reply = try? await client.post(
                                    "/api/v1/reports", token: tokens[index], body: ReportCodec.encode(report))
                            else { break }
                            if reply.status == 201, let id = reply.json?["id"] as? Int {
                                await acknowledged.add(id, ReportCodec.digest(report))
                                posted += 1
                            }
                        }
                        return posted
                    }
                }
                // The kill lands a random moment after this round's first acknowledgement, so that every
                // round kills the server while reports are being written.
                let before = await acknowledged.reports.count
                await acknowledged.wait(untilCount: before + 1)
                try await Task.sleep(for: .milliseconds(delay))
                server.stop(SIGKILL)
                var posted = 0
                for poster in posters { posted += await poster.value }
                if posted > 0 { killedWhilePosting += 1 }
            }
            #expect(killedWhilePosting == Self.rounds, "every kill should land while reports are being posted")
            let expected = await acknowledged.reports
            print("ServerKillTests(\(kind)): \(expected.count) reports acknowledged over \(Self.rounds) SIGKILLs")
            #expect(!expected.isEmpty)
            // After the last kill: a restarted server answers, and every acknowledged report is there, whole.
            let server = try ServerProcess(database: database.url, arguments: ["--public-read"])
            let client = HTTPClient(port: server.port)
            for project in projects {
                let detail = try await client.get("/api/v1/projects/\(project)")
                #expect(detail.status == 200, "\(detail)")
                if let report = detail.json?["report"] {
                    #expect(
                        (try? ReportCodec.decode(JSONSerialization.data(withJSONObject: report))) != nil,
                        "the latest report of \(project) is not whole")
                }
            }
            #expect(server.stop(SIGTERM) == 0)
            try await database.withStore { store in
                for (id, digest) in expected.sorted(by: { $0.key < $1.key }) {
                    let stored = try await store.reportDigest(id: Int64(id))
                    #expect(
                        stored == digest,
                        "report \(id) got a 201 but is \(stored == nil ? "missing" : "different") after SIGKILL (seed \(seed))")
                }
                #expect(try await store.reportCount() >= expected.count)
            }
        }
    }
}
