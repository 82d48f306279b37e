import Foundation
import PMOCatalog
import PMOPublish
import PMOTestSupport
import Testing

@Suite("Bad input: hostile content, refused folders, huge documents")
struct BadInputTests {
    @Test("hostile Markdown and a hostile title are inert on the published page")
    func hostileContent() throws {
        let catalog = try Fixture.copy()
        let body = """
            ## 見出し

            本文の[クリック](javascript:alert('link'))と[もう一つ](JAVASCRIPT:void(0))

            <script>alert('body')</script>

            <img src="https://example.com/x.png" onerror="alert('img')">

            <a href="java&#x73;cript:alert(1)" onmouseover="alert(2)">リンク</a>

            <iframe src="https://evil.example/"></iframe>
            """
        try catalog.write(
            "standards/pages/hostile.yaml",
            Fixture.page(
                name: "hostile", title: "</title><script>alert('title')</script>", body: body,
                tags: ["<b>tag</b>", "\" onfocus=\"x"]))
        let out = try TemporaryFolder()
        let report = try SiteBuilder(catalog: Fixture.catalog(catalog.path), options: Fixture.options()).build(into: out.path + "/site")
        let page = try #require(out.read("site/page/hostile.html"))
        #expect(!page.contains("<script"), "no script element on the page")
        #expect(
            !page.contains("body&#39;") && !page.contains("alert(1)") && !page.contains("alert(2)"), "script content and handlers are gone")
        #expect(!page.lowercased().contains("onerror") && !page.lowercased().contains("onmouseover") && !page.contains("onfocus=\""))
        #expect(
            !page.lowercased().contains("href=\"javascript") && !page.lowercased().contains("href=\"java&") && !page.contains("<iframe"))
        #expect(page.contains("<a>クリック</a>"), "the link text stays, without its href")
        #expect(page.contains("<title>&lt;/title&gt;&lt;script&gt;"))
        #expect(page.contains("<h1>&lt;/title&gt;&lt;script&gt;"))
        #expect(page.contains("&lt;b&gt;tag&lt;/b&gt;"))
        // Every <script> on any page is one of ours, by src.
        for file in SiteCrawler(root: out.path + "/site").htmlFiles() {
            let html = try #require(out.read("site/" + file))
            let scripts = html.components(separatedBy: "<script").count - 1
            let ours = html.components(separatedBy: "<script src=\"").count - 1
            #expect(scripts == ours, "\(file) has an inline script")
        }
        #expect(report.warnings.contains { $0.contains("javascript:alert(") })
        let index = try #require(out.read("site/search-index.js"))
        #expect(!index.contains("</script"), "the index cannot close a script element")
    }

    @Test("an output folder that is not a pmo site is refused, --force or not, and left untouched")
    func foreignFolder() throws {
        let out = try TemporaryFolder()
        try out.write("site/important.txt", "keep me")
        for force in [false, true] {
            let builder = SiteBuilder(catalog: try Fixture.catalog(), options: Fixture.options(force: force))
            #expect(throws: PublishError.notAPMOSite(path: out.path + "/site")) { try builder.build(into: out.path + "/site") }
            #expect(out.read("site/important.txt") == "keep me")
            #expect(!FileManager.default.fileExists(atPath: out.path + "/site/index.html"))
        }
        // Emptied by its owner, it may become a pmo site; a plain rebuild then replaces it.
        try FileManager.default.removeItem(atPath: out.path + "/site/important.txt")
        let builder = SiteBuilder(catalog: try Fixture.catalog(), options: Fixture.options())
        _ = try builder.build(into: out.path + "/site")
        #expect(out.read("site/index.html") != nil)
        _ = try builder.build(into: out.path + "/site")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0 != "site" }
        #expect(leftovers.isEmpty, "temporary folders are cleaned up: \(leftovers)")
        // A file of someone else's in the site stops the next publish, --force included.
        try out.write("site/page/notes.txt", "mine")
        #expect(throws: PublishError.holdsForeignFiles(path: out.path + "/site", files: ["page/notes.txt"])) {
            try SiteBuilder(catalog: try Fixture.catalog(), options: Fixture.options(force: true)).build(into: out.path + "/site")
        }
        #expect(out.read("site/page/notes.txt") == "mine")
    }

    @Test("an output path that is a file, or the catalog itself, is refused")
    func notAFolderOrCatalog() throws {
        let out = try TemporaryFolder()
        try out.write("file.txt", "x")
        let builder = SiteBuilder(catalog: try Fixture.catalog(), options: Fixture.options(force: true))
        #expect(throws: PublishError.notAFolder(path: out.path + "/file.txt")) { try builder.build(into: out.path + "/file.txt") }
        let root = builder.catalog.root
        #expect(throws: PublishError.containsCatalog(path: root)) { try builder.build(into: root) }
        #expect(throws: PublishError.containsCatalog(path: (root as NSString).deletingLastPathComponent)) {
            try builder.build(into: (root as NSString).deletingLastPathComponent)
        }
    }

    @Test("an unwritable output folder fails with the path and reason, and the old site stays intact")
    func unwritable() throws {
        let out = try TemporaryFolder()
        try out.write("blocker", "a regular file")
        let builder = SiteBuilder(catalog: try Fixture.catalog(), options: Fixture.options())
        do {
            _ = try builder.build(into: out.path + "/blocker/site")
            Issue.record("expected an error")
        } catch {
            guard case .cannotWrite(let path, let reason) = error else { Issue.record("\(error)"); return }
            #expect(path.hasPrefix(out.path + "/blocker"))
            #expect(reason.lowercased().contains("not a directory") || reason.lowercased().contains("exists"), "\(reason)")
        }
        // A failed swap-in leaves the previous site: make the folder's parent read-only is not possible as root,
        // so check the staging contract directly: the old site is untouched by a refused build.
        _ = try builder.build(into: out.path + "/site")
        let before = try #require(out.read("site/index.html"))
        try out.write("site/.pmo-site", "")  // still a pmo site
        let broken = try Fixture.copy()
        try broken.write(
            "standards/pages/broken.yaml",
            Fixture.page(name: "broken", title: "壊れた参照", body: "本文").replacingOccurrences(
                of: "spec:\n", with: "spec:\n  related: [template/does-not-exist]\n"))
        let result = try Fixture.load(broken.path)
        #expect(result.errorCount > 0)
        #expect(throws: PublishError.invalidCatalog(errorCount: result.errorCount)) {
            try SiteBuilder.publish(result, to: out.path + "/site", options: Fixture.options())
        }
        #expect(out.read("site/index.html") == before)
    }

    @Test("a page with a broken internal reference is a validation error and nothing is built")
    func brokenReference() throws {
        let catalog = try Fixture.copy()
        try catalog.write(
            "standards/pages/broken.yaml",
            Fixture.page(name: "broken", title: "壊れた参照", body: "本文").replacingOccurrences(
                of: "spec:\n", with: "spec:\n  related: [checklist/no-such-list]\n"))
        let result = try Fixture.load(catalog.path)
        #expect(result.diagnostics.contains { $0.message.contains("no-such-list") })
        let out = try TemporaryFolder()
        #expect(throws: PublishError.invalidCatalog(errorCount: result.errorCount)) {
            try SiteBuilder.publish(result, to: out.path + "/site", options: Fixture.options())
        }
        #expect(!FileManager.default.fileExists(atPath: out.path + "/site"))
    }

    @Test("a page of 5 MB of text publishes, and search still finds its end")
    func hugePage() throws {
        let catalog = try Fixture.copy()
        var body = "## 大きなページ\n\n"
        let paragraph = "これは五メガバイトの本文を作るための段落です。進捗と課題を書きます。\n\n"
        while body.utf8.count < 5_000_000 { body += paragraph }
        body += "最後に終端マーカー語を置きます。\n"
        try catalog.write("standards/pages/huge.md", body)
        try catalog.write(
            "standards/pages/huge.yaml",
            Fixture.page(name: "huge", title: "巨大なページ", body: "x").replacingOccurrences(
                of: "  body: |\n    x\n", with: "  bodyFile: huge.md\n"))
        let out = try TemporaryFolder()
        let started = Date()
        let report = try SiteBuilder(catalog: Fixture.catalog(catalog.path), options: Fixture.options()).build(into: out.path + "/site")
        #expect(Date().timeIntervalSince(started) < 300, "a 5 MB page must not make publishing hang")
        let page = try #require(out.read("site/page/huge.html"))
        #expect(page.utf8.count > 5_000_000 && page.contains("終端マーカー語"))
        #expect(report.searchIndexBytes > 4_000_000)
        if SearchRunner.nodeAvailable {
            let hits = try SearchRunner.search(site: out.path + "/site", queries: ["終端マーカー語"])
            #expect(hits["終端マーカー語"]?.map(\.url) == ["page/huge.html"])
        }
    }

    @Test("3,000 tags on one document give 3,000 tag pages that all link back")
    func manyTags() throws {
        let catalog = try Fixture.copy()
        let tags = (0..<3000).map { $0 % 2 == 0 ? "tag-\($0)" : "タグ\($0)" }
        try catalog.write("standards/pages/tagged.yaml", Fixture.page(name: "tagged", title: "タグだらけ", body: "本文", tags: tags))
        let out = try TemporaryFolder()
        _ = try SiteBuilder(catalog: Fixture.catalog(catalog.path), options: Fixture.options()).build(into: out.path + "/site")
        let tagPages = try FileManager.default.contentsOfDirectory(atPath: out.path + "/site/tags").filter { $0 != "index.html" }
        #expect(tagPages.count >= 3000)
        let page = try #require(out.read("site/page/tagged.html"))
        #expect(page.components(separatedBy: "href=\"../tags/").count - 1 == 3000 + 1, "3,000 tags and the site navigation's tag index")
        let result = SiteCrawler(root: out.path + "/site").problems()
        #expect(result.problems.isEmpty, "\(result.problems.prefix(5))")
    }
}
