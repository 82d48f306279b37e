import Foundation
import PMOCatalog
import PMOPublish
import PMOTestSupport
import Testing

@Suite("The published site")
struct SiteTests {
    func publishFixture() throws -> (TemporaryFolder, PublishReport) {
        let out = try TemporaryFolder()
        let report = try SiteBuilder(catalog: Fixture.catalog(), options: Fixture.options(baseURL: "https://pmo.example.co.jp/kb/")).build(
            into: out.path + "/site")
        return (out, report)
    }

    @Test("every internal link and #anchor resolves, none ends with / or is absolute")
    func crawl() throws {
        let (out, report) = try publishFixture()
        let result = SiteCrawler(root: out.path + "/site").problems()
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.pages == report.pageCount)
        #expect(result.links > 200)
    }

    @Test("the home page has title, counts, recent changes and stale documents; pages use lang and <main>/<nav>")
    func home() throws {
        let (out, _) = try publishFixture()
        let home = try #require(out.read("site/index.html"))
        #expect(home.contains("<html lang=\"ja\">"))
        #expect(home.contains("<h1>テストPMOサイト</h1>"))
        #expect(home.contains("<main id=\"main\">") && home.contains("<nav class=\"site-nav\""))
        #expect(home.contains("href=\"kinds/page.html\">ナレッジページ</a><span class=\"count\">4</span>"))
        // risk-writing was due 2025-06-30 (期限切れ); phase-gate is due 2026-04-01, within 30 days of 2026-03-05 (要レビュー).
        let stale = try #require(home.components(separatedBy: "id=\"stale\"").last)
        #expect(stale.contains("期限切れ</span> <a href=\"page/risk-writing.html\""))
        #expect(stale.contains("要レビュー</span> <a href=\"checklist/phase-gate.html\""))
        let recent = try #require(home.components(separatedBy: "id=\"recent\"").last?.components(separatedBy: "id=\"stale\"").first)
        #expect(recent.range(of: "2026-02-01")!.lowerBound < recent.range(of: "2026-01-10")!.lowerBound)
        #expect(home.contains("<link rel=\"canonical\" href=\"https://pmo.example.co.jp/kb/index.html\">"))
        #expect(out.read("site/sitemap.xml")?.contains("<loc>https://pmo.example.co.jp/kb/page/minutes-guide.html</loc>") == true)
    }

    @Test("navigation pages exist for every category, kind, tag and owner")
    func navigation() throws {
        let (out, _) = try publishFixture()
        for path in [
            "categories/index.html", "categories/meetings.html", "kinds/index.html", "kinds/checklist.html",
            "tags/index.html", "tags/minutes.html", "owners/index.html", "owners/hr-ga.html",
        ] {
            #expect(out.read("site/" + path) != nil, "missing \(path)")
        }
        #expect(out.read("site/tags/minutes.html")?.contains("議事録テンプレート") == true)
        #expect(out.read("site/owners/hr-ga.html")?.contains("参画・退場の手引き") == true)
    }

    @Test("a document page shows facts, freshness, tags, backlinks, breadcrumbs and changelog")
    func documentPage() throws {
        let (out, _) = try publishFixture()
        let page = try #require(out.read("site/checklist/phase-gate.html"))
        #expect(page.contains("<h1>フェーズゲート判定</h1>"))
        #expect(page.contains("<span class=\"badge freshness-reviewSoon\">要レビュー</span>"))
        #expect(page.contains("<span class=\"badge status-draft\">下書き</span>"))
        #expect(page.contains("<nav class=\"breadcrumbs\""))
        #expect(page.contains("id=\"referenced-by\"") && page.contains("href=\"../template/minutes.html\">議事録テンプレート</a>"))
        #expect(page.contains("<h3 id=\"phase-1\">計画</h3>") && page.contains("<h3 id=\"phase-2\">実行</h3>"))
        #expect(page.contains("承認記録のリンク"))
        #expect(page.contains("href=\"../ruleset/meeting-rules.html#rule-minutes-exist\""))
        #expect(page.contains("<code>exists(&#39;docs/wbs.csv&#39;)</code>"))
    }

    @Test("a template page has the pmo new command, parameters, files with policies and previews from defaults")
    func templatePage() throws {
        let (out, _) = try publishFixture()
        let page = try #require(out.read("site/template/minutes.html"))
        #expect(page.contains("pmo new minutes ./my-project --set project_name=…"))
        #expect(page.contains("<code>meeting_name</code></td><td>会議名</td><td>string</td><td>任意</td><td><code>定例会</code>"))
        #expect(page.contains("<code>docs/minutes/定例会.md</code>"))
        #expect(page.contains("badge policy-seeded") && page.contains("badge policy-managed"))
        #expect(page.contains("# 定例会 議事録"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !page.contains("<script>alert"))
        #expect(page.contains("# {{project_name}} の議事録"))
    }

    @Test("a rule set page shows severity, description and examples with the ↓ marker")
    func ruleSetPage() throws {
        let (out, _) = try publishFixture()
        let page = try #require(out.read("site/ruleset/meeting-rules.html"))
        #expect(page.contains("id=\"rule-minutes-exist\""))
        #expect(page.contains("badge severity-warning\">警告</span>"))
        #expect(page.contains("議事録は docs/minutes に置きます。"))
        #expect(page.contains("合格する例") && page.contains("違反になる例"))
        #expect(page.contains("── docs/README.md\n# 概要\n<mark class=\"marker\">↓</mark>"))
    }

    @Test("the search page follows the contract")
    func searchPage() throws {
        let (out, report) = try publishFixture()
        let page = try #require(out.read("site/search.html"))
        #expect(page.contains("<form class=\"search-form\" action=\"search.html\" role=\"search\"><input type=\"search\" name=\"q\""))
        #expect(page.contains("<ol id=\"search-results\"></ol>"))
        #expect(page.contains("<script src=\"search-index.js\"></script>"))
        #expect(!page.contains("fetch(") && out.read("site/assets/search.js")?.contains("fetch(") == false)
        #expect(out.read("site/search-index.js")?.hasPrefix("/* pmo search index") == true)
        #expect(report.searchIndexBytes > 0)
        #expect(FileManager.default.fileExists(atPath: out.path + "/site/.pmo-site"))
    }

    @Test(
        "search finds the right documents for Japanese and Latin queries, and nothing for an absent one",
        .enabled(if: SearchRunner.nodeAvailable))
    func search() throws {
        let (out, _) = try publishFixture()
        let hits = try SearchRunner.search(
            site: out.path + "/site",
            queries: [
                "議事録", "リスク", "退場", "進捗報告", "phase gate", "\"phase gate\"",
                "ＰＨＡＳＥ", "存在しない語句", "gat", "register issue", "リスク 退場",
            ])
        #expect(hits["議事録"]?.first?.url == "page/minutes-guide.html" || hits["議事録"]?.first?.url == "template/minutes.html")
        #expect(
            Set(hits["議事録"]!.map(\.url)).isSuperset(of: [
                "page/minutes-guide.html", "template/minutes.html", "ruleset/meeting-rules.html", "checklist/phase-gate.html",
            ]))
        #expect(hits["議事録"]!.allSatisfy { $0.marks.contains("議事録") })
        #expect(hits["リスク"]?.first?.url == "page/risk-writing.html")
        #expect(hits["退場"]?.first?.url == "page/offboarding-guide.html")
        #expect(hits["進捗報告"]?.map(\.url) == ["page/progress-report-guide.html"], "not page/offboarding-guide, which has only 進捗の報告")
        #expect(hits["phase gate"]?.first?.url == "checklist/phase-gate.html")
        #expect(hits["\"phase gate\""]?.map(\.url) == ["checklist/phase-gate.html"])
        #expect(hits["ＰＨＡＳＥ"]?.first?.url == "checklist/phase-gate.html", "NFKC + case-insensitive")
        #expect(hits["存在しない語句"]?.isEmpty == true)
        #expect(hits["gat"]?.isEmpty == true, "Latin words match whole")
        #expect(hits["register issue"]?.map(\.url) == ["page/risk-writing.html"])
        #expect(hits["リスク 退場"]?.isEmpty == true, "every word is required")
    }

    @Test("JSON export holds every document as the loader read it")
    func jsonExport() throws {
        let json = CatalogJSONExporter(catalog: try Fixture.catalog()).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["kind"] as? String == "CatalogExport")
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.count == 7)
        let checklist = try #require(documents.first { $0["ref"] as? String == "checklist/phase-gate" })
        #expect(checklist["referencedBy"] as? [String] == ["template/minutes"])
        #expect(checklist["reviewDue"] as? String == "2026-04-01")
        let page = try #require(documents.first { $0["ref"] as? String == "page/risk-writing" })
        #expect((page["body"] as? String)?.contains("リスクはまだ起きていない") == true)
    }
}
