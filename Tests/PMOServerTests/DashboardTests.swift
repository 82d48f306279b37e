import Foundation
import PMODashboard
import PMOReport
import PMOServer
import Testing

/// The dashboard end to end: the built pmo-server on a free port over SQLite, with the repository's catalog plus two
/// test campaigns (one overdue, one whose target cannot be evaluated), read over HTTP as a browser would.
@Suite("Dashboard pages, exports and access (HTTP, SQLite)")
struct DashboardTests {
    static let hostile = "<img src=x onerror=alert(1)> \"q\" 'a' \u{1}; DROP TABLE projects; --"
    static let scriptMessage = "<script>alert(\"x\")</script> & \u{7}bell"

    struct Fixture {
        let server: ServerProcess
        let client: HTTPClient
        let reader: String

        func get(_ path: String, signedIn: Bool = true) async throws -> HTTPClient.Reply {
            try await client.send("GET", path, token: nil, body: nil, headers: signedIn ? ["Cookie": "pmo_read=" + reader] : [:])
        }
    }

    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The repository's catalog in a temporary folder, with two more campaigns.
    static func catalog(in folder: URL) throws -> URL {
        let root = folder.appendingPathComponent("catalog-root")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for part in ["catalog", "standards"] {
            try FileManager.default.copyItem(at: repository.appendingPathComponent(part), to: root.appendingPathComponent(part))
        }
        func campaign(_ name: String, _ target: String, _ deadline: String) -> String {
            """
            apiVersion: pmo/v1
            kind: Campaign
            metadata:
              name: \(name)
              title: テスト \(name)
              description: テスト用のキャンペーン
              owner: pmo-office
              category: governance
              version: "1.0.0"
              changelog:
                - {version: "1.0.0", date: 2026-11-01, changes: 初版}
            spec:
              target: \(target)
              deadline: \(deadline)

            """
        }
        let campaigns = root.appendingPathComponent("standards/campaigns")
        try campaign("zero-errors-overdue", "lint.errors == 0", "2026-01-31").write(
            to: campaigns.appendingPathComponent("zero-errors-overdue.yaml"), atomically: true, encoding: .utf8)
        try campaign("broken-target", "lint.no_such_field == 1", "2099-01-01").write(
            to: campaigns.appendingPathComponent("broken-target.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    /// 120 ordinary projects (team-a, then team-b from p060; p061 with three waivers expiring soon), one hostile one with
    /// errors, one stale one (team-c, with two waivers expiring soon).
    static func withDashboard(arguments: [String] = [], _ body: (Fixture) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pmo-dashboard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = try catalog(in: folder)
        try await TestDatabase.with(.sqlite) { database in
            let now = Int64(Date().timeIntervalSince1970 * 1000)
            let reader = try await database.withStore { store in
                for index in 0..<120 {
                    let id = String(format: "p%03d", index)
                    let made = SampleReports.make(
                        project: id, owner: index < 60 ? "team-a" : "team-b", lintErrors: index % 10 == 0 ? index / 10 : 0,
                        serial: index)
                    let report = index == 61 ? DashboardStoreTests.withWaivers(made, 3) : made
                    // Two days of history for each: the burn-up has points.
                    try await DashboardStoreTests.insert(
                        store,
                        SampleReports.make(
                            project: id, owner: index < 60 ? "team-a" : "team-b",
                            lintErrors: 1, serial: index + 1), at: now - 3 * DashboardStoreTests.day)
                    try await DashboardStoreTests.insert(store, report, at: now - 3_600_000)
                }
                try await DashboardStoreTests.insert(
                    store,
                    SampleReports.make(
                        project: "evil", name: hostile, owner: hostile, lintErrors: 2,
                        message: scriptMessage), at: now - 60_000)
                try await DashboardStoreTests.insert(
                    store, DashboardStoreTests.withWaivers(SampleReports.make(project: "old", owner: "team-c", serial: 7), 2),
                    at: now - 40 * DashboardStoreTests.day)
                return try await TokenService(store: store).create(kind: .reader, subject: "pmo-office", now: 1).secret
            }
            let server = try ServerProcess(
                database: database.url,
                arguments: [
                    "--catalog", catalog.path, "--site-url", "https://site.example/pmo", "--stale-days", "14",
                ] + arguments)
            do {
                try await body(Fixture(server: server, client: HTTPClient(port: server.port), reader: reader))
            } catch {
                server.stop()
                throw error
            }
            #expect(server.stop(SIGTERM) == 0, "pmo-server did not stop cleanly:\n\(server.stderr)")
        }
    }

    /// The project ids of the portfolio table's rows, in order.
    static func rowIDs(_ html: String) -> [String] {
        guard let start = html.range(of: "<tbody>"), let end = html.range(of: "</tbody>") else { return [] }
        let body = String(html[start.upperBound..<end.lowerBound])
        return body.components(separatedBy: "<tr><td><a href=\"/projects/").dropFirst().compactMap {
            $0.split(separator: "\"").first.map(String.init)
        }
    }

    @Test func withoutATokenEveryPageAndExportShowsTheSignInFormWithStatus401() async throws {
        try await Self.withDashboard { fixture in
            for path in [
                "/", "/?format=csv", "/projects/p001", "/projects/p001?format=json&table=findings", "/templates", "/campaigns",
                "/campaigns/charter-no-placeholder", "/campaigns?format=csv",
            ] {
                let reply = try await fixture.get(path, signedIn: false)
                #expect(reply.status == 401, "\(path): \(reply)")
                #expect(reply.text.contains("action=\"/signin\""), "\(path)")
                #expect(!reply.text.contains("p001") || path.contains("p001") && !reply.text.contains("<table"), "\(path) shows data")
            }
            let wrong = try await fixture.client.send("GET", "/", token: nil, body: nil, headers: ["Cookie": "pmo_read=pmo_0000"])
            #expect(wrong.status == 401)
            // The API's Bearer header works too (for curl exports).
            #expect(try await fixture.client.get("/?format=json", token: fixture.reader).status == 200)
        }
    }

    @Test func signingInSetsAnHttpOnlyStrictCookieAndReturnsToThePage() async throws {
        try await Self.withDashboard { fixture in
            func signIn(_ form: String) throws -> String {
                let curl = Process()
                curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
                curl.arguments = ["-s", "-i", "--data", form, fixture.client.base + "/signin"]
                let output = Pipe()
                curl.standardOutput = output
                try curl.run()
                let data = output.fileHandleForReading.readDataToEndOfFile()
                curl.waitUntilExit()
                return String(decoding: data, as: UTF8.self)
            }
            let good = try signIn("token=\(fixture.reader)&next=%2F%3Fowner%3Dteam-b")
            #expect(good.hasPrefix("HTTP/1.1 303"), "\(good)")
            #expect(good.lowercased().contains("location: /?owner=team-b"))
            let cookie = good.split(separator: "\r\n").first { $0.lowercased().hasPrefix("set-cookie:") }.map(String.init) ?? ""
            #expect(cookie.contains("pmo_read=\(fixture.reader)"))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            let bad = try signIn("token=pmo_nope&next=%2F")
            #expect(bad.hasPrefix("HTTP/1.1 401"))
            #expect(!bad.lowercased().contains("set-cookie"))
            let offSite = try signIn("token=\(fixture.reader)&next=%2F%2Fevil.example%2F")
            #expect(offSite.lowercased().contains("location: /\r\n"))
        }
    }

    @Test func countsFiltersPagingAndSortingLiveInTheURL() async throws {
        try await Self.withDashboard { fixture in
            let first = try await fixture.get("/")
            #expect(first.status == 200)
            #expect(first.text.contains("<html lang=\"ja\">"))
            #expect(first.text.contains("id=\"count-projects\"><a href=\"/\"><span class=\"count\">122</span>"))
            #expect(first.text.contains("id=\"count-stale\"><a href=\"/?state=stale\"><span class=\"count\">1</span>"))
            // p000 has no errors (0 / 10); p010…p110 have 1…11, and evil 2.
            #expect(first.text.contains("id=\"count-errors\"><a href=\"/?state=errors\"><span class=\"count\">12</span>"))
            #expect(Self.rowIDs(first.text).count == 100)
            #expect(first.text.contains("122件中 1–100件を表示"))
            #expect(first.text.contains("href=\"/?page=2\""))
            let second = try await fixture.get("/?page=2")
            #expect(Self.rowIDs(second.text).count == 22)
            #expect(second.text.contains("122件中 101–122件を表示"))

            let teamB = try await fixture.get("/?owner=team-b&sort=name")
            #expect(Self.rowIDs(teamB.text) == (60..<120).map { String(format: "p%03d", $0) })
            #expect(teamB.text.contains("<option value=\"team-b\" selected>"))
            #expect(try await Self.rowIDs(fixture.get("/?state=stale").text) == ["old"])
            #expect(
                try await Self.rowIDs(fixture.get("/?q=P11").text) == [
                    "p110", "p111", "p112", "p113", "p114", "p115", "p116", "p117", "p118", "p119",
                ])

            let byErrors = try await fixture.get("/?sort=errors&dir=desc")
            #expect(Array(Self.rowIDs(byErrors.text).prefix(3)) == ["p110", "p100", "p090"])
            // The heading of the sorted column flips the direction; the other filters stay.
            let filtered = try await fixture.get("/?owner=team-a&sort=errors")
            #expect(filtered.text.contains("href=\"/?owner=team-a&amp;sort=errors&amp;dir=desc\""))
            #expect(Self.rowIDs(filtered.text).last == "p050")
        }
    }

    /// The number on the count card `id` (`projects`, `behind`, `errors`, `waivers`, `stale`) and where it links.
    static func count(_ html: String, _ id: String) -> (value: Int, href: String)? {
        guard let start = html.range(of: "id=\"count-\(id)\"><a href=\"") else { return nil }
        let rest = html[start.upperBound...]
        guard let quote = rest.firstIndex(of: "\""), let open = rest.range(of: "<span class=\"count\">"),
            let close = rest[open.upperBound...].firstIndex(of: "<")
        else { return nil }
        return Int(rest[open.upperBound..<close]).map { ($0, String(rest[..<quote])) }
    }

    @Test func theCountsFollowTheFiltersButNotTheState() async throws {
        try await Self.withDashboard { fixture in
            // team-b is p060…p119: p060, p070, …, p110 have errors; none is stale; p061 has three waivers expiring.
            for path in ["/?owner=team-b", "/?owner=team-b&state=errors", "/?owner=team-b&state=stale&sort=errors"] {
                let page = try await fixture.get(path).text
                #expect(Self.count(page, "projects")?.value == 60, "\(path)")
                #expect(Self.count(page, "errors")?.value == 6, "\(path)")
                #expect(Self.count(page, "stale")?.value == 0, "\(path)")
                #expect(Self.count(page, "behind")?.value == 0, "\(path)")
                #expect(Self.count(page, "waivers")?.value == 3, "\(path)")
            }
            #expect(try await Self.rowIDs(fixture.get("/?owner=team-b&state=waivers").text) == ["p061"])
            let teamB = try await fixture.get("/?owner=team-b").text
            #expect(Self.count(teamB, "errors")?.href == "/?owner=team-b&amp;state=errors")
            #expect(Self.count(teamB, "projects")?.href == "/?owner=team-b")
            #expect(Self.rowIDs(try await fixture.get("/?owner=team-b&state=errors").text).count == 6)

            let teamC = try await fixture.get("/?owner=team-c&state=errors").text
            #expect(Self.count(teamC, "projects")?.value == 1)
            #expect(Self.count(teamC, "stale")?.value == 1)
            #expect(Self.count(teamC, "errors")?.value == 0)
            #expect(Self.count(teamC, "stale")?.href == "/?owner=team-c&amp;state=stale")
            #expect(Self.count(teamC, "waivers")?.value == 2)

            let search = try await fixture.get("/?q=evil").text
            #expect(Self.count(search, "projects")?.value == 1)
            #expect(Self.count(search, "errors")?.value == 1)
            // Unfiltered, the counts are over every project.
            let all = try await fixture.get("/?state=errors").text
            #expect(Self.count(all, "projects")?.value == 122)
            #expect(Self.count(all, "errors")?.value == 12)
            #expect(Self.count(all, "waivers")?.value == 5)
        }
    }

    @Test func exportsAreCSVWithBOMAndSafeQuotingAndJSON() async throws {
        try await Self.withDashboard { fixture in
            let csv = try await fixture.get("/?format=csv&q=evil")
            #expect(csv.status == 200)
            #expect(csv.headers["content-type"]?.hasPrefix("text/csv") == true)
            #expect(csv.headers["content-disposition"]?.contains("portfolio-projects.csv") == true)
            #expect(Array(csv.body.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let lines = csv.text.dropFirst().components(separatedBy: "\r\n")
            #expect(lines[0].hasPrefix("ID,プロジェクト,オーナー"))
            #expect(lines.count == 3 && lines[2].isEmpty, "\(lines)")
            // Quotes doubled, the field quoted; the control character kept as data.
            #expect(lines[1].hasPrefix("evil,\"<img src=x onerror=alert(1)> \"\"q\"\" 'a' \u{1}; DROP TABLE projects; --\""))

            let all = try await fixture.get("/?format=csv")
            #expect(all.text.components(separatedBy: "\r\n").count == 124, "every matching row, not one page")

            let json = try await fixture.get("/?format=json&owner=team-c")
            let object = try JSONSerialization.jsonObject(with: json.body) as? [String: Any]
            let rows = object?["rows"] as? [[String: Any]]
            #expect(rows?.count == 1)
            #expect(rows?.first?["id"] as? String == "old")
            #expect(rows?.first?["checklistTotal"] as? Int == 5)

            let findings = try await fixture.get("/projects/evil?format=csv&table=findings")
            #expect(findings.text.contains("\"<script>alert(\"\"x\"\")</script> & \u{7}bell\""))
        }
    }

    @Test func onlyServerMadeMarkupIsInsertedUnescaped() throws {
        // A page body the templates rendered, a chart's SVG LineChart drew from numbers, and the burn-up chart.
        #expect(DashboardTemplates.unescapedNames == ["body", "svg", "burnUp"])
        _ = try DashboardTemplates()
    }

    @Test func formulaCellsArePrefixedAndNumbersAreNot() {
        let table = DataTable(
            name: "t", columns: ["a", "b", "c", "d", "e", "f", "g", "h"].map { ($0, $0.uppercased()) },
            rows: [[.text("=SUM(A1)"), .text("+1"), .text("-2"), .text("@x"), .text("plain"), .text("a,b"), .number(-3), .empty]])
        #expect(String(decoding: table.csv, as: UTF8.self) == "\u{FEFF}A,B,C,D,E,F,G,H\r\n'=SUM(A1),'+1,'-2,'@x,plain,\"a,b\",-3,\r\n")
    }

    @Test func everyStringIsEscapedOnEveryPage() async throws {
        try await Self.withDashboard { fixture in
            for path in ["/", "/?q=evil", "/projects/evil", "/campaigns/charter-no-placeholder", "/campaigns/zero-errors-overdue"] {
                let page = try await fixture.get(path).text
                #expect(!page.contains("<img src=x"), "\(path)")
                #expect(!page.contains("<script>"), "\(path)")
                #expect(!page.contains("\u{1}") && !page.contains("\u{7}"), "\(path)")
            }
            let project = try await fixture.get("/projects/evil").text
            #expect(project.contains("&lt;img src=x onerror=alert(1)&gt; &quot;q&quot; &#39;a&#39; \u{FFFD}; DROP TABLE projects; --"))
            #expect(project.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; \u{FFFD}bell"))
            #expect(project.contains("docs/charter.md:2:1"))
            #expect(project.contains("href=\"https://site.example/pmo/ruleset/project-standard.html#rule-charter-no-placeholder\""))
            #expect(project.contains("<svg class=\"chart\""))
            #expect(try await fixture.get("/projects/no-such").status == 404)
            // A quote followed by a combining mark is one Character to Swift: the escaping must still see the quote.
            let next = try await fixture.get("/signin?next=%2Fx%22%CC%81%20autofocus%20onfocus%3Dalert(1)", signedIn: false)
            let bytes = Data(next.text.utf8)
            #expect(bytes.range(of: Data("\"\u{301} autofocus".utf8)) == nil, "the quote ended the attribute")
            #expect(bytes.range(of: Data("value=\"/x&quot;\u{301} autofocus onfocus=alert(1)\"".utf8)) != nil, "\(next.text)")
        }
    }

    @Test func campaignsCountDoneOverTotalAndShowOverdueAndFailedTargets() async throws {
        try await Self.withDashboard { fixture in
            let list = try await fixture.get("/campaigns")
            #expect(list.status == 200)
            // charter-no-placeholder: evil and p010…p110 have the placeholder finding: 12 open of 122.
            let row = list.text.components(separatedBy: "<tr").first { $0.contains("/campaigns/charter-no-placeholder\"") } ?? ""
            #expect(row.contains("110 / 122"), "\(row)")
            let overdue = list.text.components(separatedBy: "<tr").first { $0.contains("/campaigns/zero-errors-overdue\"") } ?? ""
            #expect(overdue.contains("class=\"overdue-row\""))
            #expect(overdue.contains("期限超過"))

            let page = try await fixture.get("/campaigns/charter-no-placeholder")
            #expect(page.text.contains("id=\"done-total\" class=\"\">110 / 122"))
            #expect(page.text.contains("<h3>team-a（5件）</h3>"))
            #expect(page.text.contains("<h3>team-b（6件）</h3>"))
            #expect(page.text.contains("<svg class=\"chart\""))
            let burnUp = try await fixture.get("/campaigns/charter-no-placeholder?format=json&table=burnup")
            let rows = (try JSONSerialization.jsonObject(with: burnUp.body) as? [String: Any])?["rows"] as? [[String: Any]] ?? []
            #expect(rows.last?["done"] as? Int == 110)
            // Three days ago every project but `old` had an error, and `evil` had not reported yet.
            #expect(rows.contains { $0["done"] as? Int == 1 && $0["total"] as? Int == 121 }, "\(rows)")

            let broken = try await fixture.get("/campaigns/broken-target")
            #expect(broken.status == 200)
            #expect(broken.text.contains("評価エラー"))
            #expect(broken.text.contains("0 / 122"))
            #expect(try await fixture.get("/campaigns/no-such").status == 404)
        }
    }

    @Test func adoptionListsVersionsWithWhatTheyMiss() async throws {
        try await Self.withDashboard { fixture in
            let page = try await fixture.get("/templates")
            #expect(page.status == 200)
            #expect(page.text.contains("id=\"template-standard-project\""))
            #expect(page.text.contains("href=\"/?template=standard-project&amp;version=2.0.0\""))
            let json = try await fixture.get("/templates?format=json")
            let rows = (try JSONSerialization.jsonObject(with: json.body) as? [String: Any])?["rows"] as? [[String: Any]] ?? []
            #expect(rows.first?["projects"] as? Int == 122)
        }
    }
}
