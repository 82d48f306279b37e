import Foundation
import PMOReport
import PMOServer
import Testing

/// The HTTP API end to end: the built pmo-server on a free port, over each store.
@Suite("pmo-server API (SQLite and PostgreSQL)")
struct ServerAPITests {
    /// A database with a project token for `alpha`, one for `beta`, a read token, and a running server.
    struct Fixture {
        let database: TestDatabase
        let server: ServerProcess
        let client: HTTPClient
        let alpha: String
        let beta: String
        let reader: String
        let revokedID: String
        let revoked: String

        func reportCount() async throws -> Int {
            try await database.withStore { try await $0.reportCount() }
        }
    }

    static func withServer(_ kind: StoreKind, arguments: [String] = [], _ body: (Fixture) async throws -> Void) async throws {
        try await TestDatabase.with(kind) { database in
            let (alpha, beta, reader, revoked, revokedID) = try await database.withStore { store in
                let tokens = TokenService(store: store)
                let alpha = try await tokens.create(kind: .project, subject: "alpha", now: 1).secret
                let beta = try await tokens.create(kind: .project, subject: "beta", now: 1).secret
                let reader = try await tokens.create(kind: .reader, subject: "pmo-office", now: 1).secret
                let revoked = try await tokens.create(kind: .project, subject: "alpha", now: 1)
                return (alpha, beta, reader, revoked.secret, revoked.record.id)
            }
            let server = try ServerProcess(database: database.url, arguments: arguments)
            let fixture = Fixture(
                database: database, server: server, client: HTTPClient(port: server.port), alpha: alpha, beta: beta,
                reader: reader, revokedID: revokedID, revoked: revoked)
            do {
                try await body(fixture)
            } catch {
                server.stop()
                throw error
            }
            #expect(server.stop(SIGTERM) == 0, "pmo-server did not stop cleanly on SIGTERM:\n\(server.stderr)")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aReportIsStoredOnceAndReadBack(kind: StoreKind) async throws {
        try await Self.withServer(kind) { fixture in
            let client = fixture.client
            #expect(try await client.get("/healthz").status == 200)
            let report = SampleReports.make(project: "alpha", behind: 2, lintErrors: 3)
            let created = try await client.post("/api/v1/reports", token: fixture.alpha, body: SampleReports.body(report))
            #expect(created.status == 201, "\(created)")
            let id = try #require(created.json?["id"] as? Int)
            #expect(created.json?["created"] as? Bool == true)
            let retry = try await client.post("/api/v1/reports", token: fixture.alpha, body: ReportCodec.encode(report))
            #expect(retry.status == 200 && retry.json?["id"] as? Int == id && retry.json?["created"] as? Bool == false, "\(retry)")
            #expect(try await fixture.reportCount() == 1)

            let list = try await client.get("/api/v1/projects?behind=true", token: fixture.reader)
            #expect(list.status == 200, "\(list)")
            let projects = try #require(list.json?["projects"] as? [[String: Any]])
            #expect(projects.map { $0["id"] as? String } == ["alpha"])
            let detail = try await client.get("/api/v1/projects/alpha", token: fixture.reader)
            let stored = try JSONSerialization.data(withJSONObject: try #require(detail.json?["report"]))
            #expect(try ReportCodec.decode(stored) == report)
            let history = try await client.get("/api/v1/projects/alpha/history", token: fixture.reader)
            #expect((history.json?["points"] as? [[String: Any]])?.first?["lintErrors"] as? Int == 3, "\(history)")
            let templates = try await client.get("/api/v1/templates", token: fixture.reader)
            #expect((templates.json?["templates"] as? [[String: Any]])?.first?["behind"] as? Int == 1, "\(templates)")
            #expect(try await client.get("/api/v1/projects/nobody", token: fixture.reader).status == 404)
            #expect(fixture.server.stderr.contains("POST /api/v1/reports 201"), "one log line per request:\n\(fixture.server.stderr)")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func badInputGetsA4xxAndWritesNothing(kind: StoreKind) async throws {
        try await Self.withServer(kind) { fixture in
            let client = fixture.client
            let good = SampleReports.body(SampleReports.make(project: "alpha"))
            func expect(_ reply: HTTPClient.Reply, _ status: Int, field: String? = nil, _ what: String) {
                #expect(reply.status == status, "\(what): \(reply)")
                if let field {
                    #expect((reply.json?["error"] as? [String: Any])?["field"] as? String == field, "\(what): \(reply)")
                }
            }
            expect(try await client.post("/api/v1/reports", token: nil, body: good), 401, "no token")
            expect(try await client.post("/api/v1/reports", token: "pmo_wrong", body: good), 401, "unknown token")
            expect(try await client.post("/api/v1/reports", token: fixture.revoked, body: good), 201, "a live token")
            try await fixture.database.withStore { store in _ = try await store.revokeToken(id: fixture.revokedID, at: 2) }
            let afterRevoke = try await fixture.reportCount()
            expect(
                try await client.post(
                    "/api/v1/reports", token: fixture.revoked,
                    body: SampleReports.body(SampleReports.make(project: "alpha", serial: 7))), 401, "revoked token")
            expect(try await client.post("/api/v1/reports", token: fixture.reader, body: good), 403, "read token")
            expect(
                try await client.post("/api/v1/reports", token: fixture.beta, body: good), 403, field: "project.id",
                "another project's token")
            expect(
                try await client.post("/api/v1/reports", token: fixture.alpha, body: Data("{\"apiVersion\": \"pmo/report/v1\",".utf8)), 400,
                "malformed JSON")
            expect(try await client.post("/api/v1/reports", token: fixture.alpha, body: Data("[1, 2]".utf8)), 400, "not an object")
            var text = String(decoding: good, as: UTF8.self)
            expect(
                try await client.post(
                    "/api/v1/reports", token: fixture.alpha,
                    body: Data(text.replacingOccurrences(of: "pmo/report/v1", with: "pmo/report/v2").utf8)), 400, field: "apiVersion",
                "wrong apiVersion")
            text = text.replacingOccurrences(of: "\"name\" : \"alpha\"", with: "\"name\" : 7")
            expect(
                try await client.post("/api/v1/reports", token: fixture.alpha, body: Data(text.utf8)), 400, field: "project.name",
                "wrong type")
            var tampered = SampleReports.make(project: "alpha", lintErrors: 2)
            tampered.summary.lintErrors = 0
            expect(
                try await client.post("/api/v1/reports", token: fixture.alpha, body: ReportCodec.encode(tampered)), 400, field: "summary",
                "summary")
            let large = Data(repeating: UInt8(ascii: " "), count: 50 << 20)
            let tooLarge = try? await client.post("/api/v1/reports", token: fixture.alpha, body: large)
            #expect(tooLarge == nil || tooLarge?.status == 413, "50 MB body: \(String(describing: tooLarge))")
            #expect(try await fixture.reportCount() == afterRevoke)
            expect(try await client.get("/api/v1/projects"), 401, "reading without a token")
            expect(try await client.get("/api/v1/projects", token: "pmo_wrong"), 401, "reading with a wrong token")
            expect(try await client.get("/api/v1/projects?behind=maybe", token: fixture.reader), 400, field: "behind", "bad filter")
            expect(try await client.get("/api/v1/projects?cursor=%21%21", token: fixture.reader), 400, field: "cursor", "bad cursor")
            expect(try await client.get("/api/v1/projects?limit=0", token: fixture.reader), 400, field: "limit", "bad limit")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func hostileStringsComeBackLiterally(kind: StoreKind) async throws {
        let hostile = "'; DELETE FROM reports; -- \"\\ % _ \u{1}\u{7}\t\r\n\u{1b}[0m <script>alert(1)</script> 日本語"
        try await Self.withServer(kind) { fixture in
            let report = SampleReports.make(
                project: "alpha", name: hostile, owner: hostile, template: hostile, version: hostile,
                lintErrors: 1, message: hostile)
            let reply = try await fixture.client.post("/api/v1/reports", token: fixture.alpha, body: SampleReports.body(report))
            #expect(reply.status == 201, "\(reply)")
            let owner = hostile.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            let list = try await fixture.client.get("/api/v1/projects?owner=\(owner)&q=DELETE", token: fixture.reader)
            let project = try #require((list.json?["projects"] as? [[String: Any]])?.first, "\(list)")
            #expect(project["name"] as? String == hostile && project["owner"] as? String == hostile)
            let detail = try await fixture.client.get("/api/v1/projects/alpha", token: fixture.reader)
            #expect(try ReportCodec.decode(JSONSerialization.data(withJSONObject: try #require(detail.json?["report"]))) == report)
        }
    }

    @Test func theSignInCookieReadsTheAPIButNeverPosts() async throws {
        try await Self.withServer(.sqlite) { fixture in
            let client = fixture.client
            let body = SampleReports.body(SampleReports.make(project: "alpha"))
            #expect(try await client.post("/api/v1/reports", token: fixture.alpha, body: body).status == 201)
            func withCookie(_ method: String, _ path: String, _ token: String, body: Data? = nil) async throws -> HTTPClient.Reply {
                try await client.send(method, path, token: nil, body: body, headers: ["Cookie": "pmo_read=" + token])
            }
            for path in ["/api/v1/projects", "/api/v1/projects/alpha", "/api/v1/projects/alpha/history", "/api/v1/templates"] {
                let reply = try await withCookie("GET", path, fixture.reader)
                #expect(reply.status == 200, "\(path): \(reply)")
            }
            #expect(try await withCookie("GET", "/api/v1/projects", "pmo_wrong").status == 401)
            // A wrong Bearer header does not hide a good cookie, nor the other way round.
            let both = try await client.send(
                "GET", "/api/v1/projects", token: "pmo_wrong", body: nil, headers: ["Cookie": "pmo_read=" + fixture.reader])
            #expect(both.status == 200, "\(both)")
            // Posting stays Bearer-only, even with a project token in the cookie.
            let cookiePost = try await withCookie(
                "POST", "/api/v1/reports", fixture.alpha, body: SampleReports.body(SampleReports.make(project: "alpha", serial: 3)))
            #expect(cookiePost.status == 401, "\(cookiePost)")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func publicReadNeedsNoTokenButPostingDoes(kind: StoreKind) async throws {
        try await Self.withServer(kind, arguments: ["--public-read"]) { (fixture: Fixture) async throws in
            #expect(try await fixture.client.get("/api/v1/projects").status == 200)
            #expect(try await fixture.client.get("/api/v1/templates").status == 200)
            #expect(
                try await fixture.client.post("/api/v1/reports", token: nil, body: SampleReports.body(SampleReports.make(project: "alpha")))
                    .status == 401)
        }
    }

    @Test func aClientThatSendsHalfAHeaderIsDisconnected() async throws {
        try await Self.withServer(.sqlite, arguments: ["--idle-timeout", "1"]) { fixture in
            let start = ContinuousClock.now
            let closed = try SlowClient.sendAndAwaitClose(
                port: fixture.server.port,
                bytes: "POST /api/v1/reports HTTP/1.1\r\nHost: localhost\r\nContent-Le", waitLimit: 10)
            #expect(closed, "the server kept a half-sent request open")
            #expect(ContinuousClock.now - start < .seconds(8))
            // The server still serves others.
            #expect(try await fixture.client.get("/healthz").status == 200)
        }
    }

    @Test func aBodyThatTricklesIsCutOff() async throws {
        try await Self.withServer(.sqlite, arguments: ["--idle-timeout", "5", "--body-timeout", "1"]) { fixture in
            let head =
                "POST /api/v1/reports HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer \(fixture.alpha)\r\nContent-Length: 1000\r\n\r\n{"
            let reply = try SlowClient.trickle(port: fixture.server.port, head: head, everyMilliseconds: 300, waitLimit: 10)
            #expect(reply.hasPrefix("HTTP/1.1 408") || reply.isEmpty, "a trickling body was not cut off: \(reply)")
            #expect(try await fixture.reportCount() == 0)
        }
    }
}
