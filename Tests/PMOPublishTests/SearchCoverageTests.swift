import Foundation
import PMOCatalog
import PMOTestSupport
import Testing

@testable import PMOPublish

/// Issue 16: every word a document page shows finds that page; nothing else is found.
@Suite("Search finds what a document page shows")
struct SearchCoverageTests {
    static var repositoryRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    static let nonsense = ["存在しない語句", "qzxvjk", "ぬゑゐゎ", "\"議事録 ゑゑ\""]

    func publish(catalog root: String, into out: TemporaryFolder) throws -> String {
        let result = try Fixture.load(root)
        #expect(result.errorCount == 0, "\(result.diagnostics.prefix(5).map(\.message))")
        try SiteBuilder(catalog: result.catalog, options: Fixture.options()).build(into: out.path + "/site")
        return out.path + "/site"
    }

    func check(_ site: String, label: String) throws {
        let result = try SearchRecall(site: site).measure()
        print("search coverage, \(label): \(result.summary)")
        #expect(
            result.recall >= 0.95, "\(label): \(result.summary); missed e.g. \(result.missed.prefix(15).map { "\($0.word) @ \($0.page)" })")
        #expect(result.precision >= 0.90, "\(label): \(result.summary)")
        let nonsense = try SearchRunner.searchURLs(site: site, queries: Self.nonsense)
        for query in Self.nonsense { #expect(nonsense[query]?.isEmpty == true, "\(query) found \(nonsense[query] ?? [])") }
    }

    @Test("the default catalog: ≥ 95% of (word, page) pairs found, ≥ 90% precision", .enabled(if: SearchRunner.nodeAvailable))
    func defaultCatalog() throws {
        let out = try TemporaryFolder()
        try check(try publish(catalog: Self.repositoryRoot, into: out), label: "default catalog")
    }

    @Test("a generated catalog of 1,000 documents of every kind", .enabled(if: SearchRunner.nodeAvailable))
    func generatedCatalog() throws {
        let folder = try TemporaryFolder()
        var generator = GeneratedCatalog(documentCount: 1000)
        try generator.write(to: folder.path + "/catalog")
        let out = try TemporaryFolder()
        let site = try publish(catalog: folder.path + "/catalog", into: out)
        try check(site, label: "1,000 generated documents")
        let size = try FileManager.default.attributesOfItem(atPath: site + "/search-index.js")[.size] as? Int ?? 0
        print("search index for 1,000 generated documents: \(size) bytes")
        #expect(size <= 5 * 1024 * 1024)
    }

    @Test(
        "what the issue could not find: a previewed column, a role, an owner, a freshness label, a related title",
        .enabled(if: SearchRunner.nodeAvailable))
    func namedGaps() throws {
        let out = try TemporaryFolder()
        let site = try publish(catalog: Self.repositoryRoot, into: out)
        let hits = try SearchRunner.searchURLs(site: site, queries: ["関心度", "開発リーダー", "品質保証部", "要レビュー", "証跡"])
        let pages = try SearchRecall(site: site).documentPages()
        for (query, urls) in hits {
            let showing = Set(pages.filter { SearchText.normalize($0.value).contains(query) }.keys)
            #expect(!showing.isEmpty, "no page shows \(query)")
            #expect(Set(urls) == showing, "\(query): pages showing it but not found: \(showing.subtracting(urls).sorted())")
        }
    }

    @Test("fields rank title over keywords over description over body over furniture", .enabled(if: SearchRunner.nodeAvailable))
    func ranking() throws {
        var builder = SearchIndexBuilder()
        builder.add(.init(url: "furniture.html", title: "a", kind: "k", description: "", keywords: "", body: "", furniture: "標準語"))
        builder.add(.init(url: "body.html", title: "b", kind: "k", description: "", keywords: "", body: "標準語", furniture: ""))
        builder.add(.init(url: "description.html", title: "c", kind: "k", description: "標準語", keywords: "", body: "", furniture: ""))
        builder.add(.init(url: "keywords.html", title: "d", kind: "k", description: "", keywords: "標準語", body: "", furniture: ""))
        builder.add(.init(url: "title.html", title: "標準語", kind: "k", description: "", keywords: "", body: "", furniture: ""))
        let out = try TemporaryFolder()
        try out.write("search-index.js", builder.javaScript())
        try out.write("assets/search.js", SearchScript.source)
        let hits = try SearchRunner.searchURLs(site: out.path, queries: ["標準語"])
        #expect(hits["標準語"] == ["title.html", "keywords.html", "description.html", "body.html", "furniture.html"])
    }

    @Test("the visible text of a page: inline markup does not split words, labels are furniture, title and anchors are left out")
    func visibleText() {
        let main = """
            <article><header><p class="kind">テンプレート</p><h1>題名</h1><p class="description">説明文</p>
            <dl class="facts"><dt>担当チーム</dt><dd><a href="x">品質保証部</a></dd><dt>鮮度</dt><dd><span class="badge">要レビュー</span></dd></dl></header>
            <section class="markdown" id="body"><h2 id="a">手順<a class="anchor" href="#a">#</a></h2><p><strong>重要</strong>です &amp; R&amp;D</p>
            <table><tr><th>列名</th></tr><tr><td>値1</td><td>値2</td></tr></table></section>
            <section id="changelog"><h2>変更履歴</h2></section></article>
            """
        let text = VisibleText.of(mainHTML: main)
        let body = SearchText.normalize(text.body)
        let furniture = SearchText.normalize(text.furniture)
        #expect(body.contains("重要です & R&D"))
        #expect(body.contains("品質保証部") && body.contains("要レビュー") && body.contains("列名") && body.contains("値1 値2"))
        #expect(!body.contains("題名") && !body.contains("説明文") && !body.contains("#") && !body.contains("担当チーム"))
        #expect(furniture == "テンプレート 担当チーム 鮮度 変更履歴")
    }
}
