import Foundation
import PMOCatalog
import PMOTestSupport
import Testing

@testable import PMOPublish

/// Issue 15, item 6: a dangerous element that is never closed must not take the rest of the page with it.
@Suite("Raw HTML that is never closed keeps the text")
struct UnclosedHTMLTests {
    @Test(
        "an unclosed <script>, <style>, <textarea>, <title> or <select> shows as text; what follows stays",
        arguments: ["script", "style", "textarea", "title", "select", "SCRIPT"])
    func unclosedElementKeepsText(_ name: String) {
        let rendered = MarkdownRenderer().render("HTML の <\(name)> タグは使えません。\n\n## 次の見出し\n\n続きの段落。\n")
        #expect(rendered.html.contains("HTML の &lt;\(name)&gt; タグは使えません。"), "\(rendered.html)")
        #expect(rendered.html.contains("次の見出し") && rendered.html.contains("<p>続きの段落。</p>"))
        #expect(!rendered.html.lowercased().contains("<\(name.lowercased())"))
        #expect(rendered.unclosedTags == ["<\(name)>"])
        #expect(rendered.headings.map(\.text) == ["次の見出し"])
    }

    @Test("an HTML comment that is never closed shows as text instead of hiding the rest of the page")
    func unclosedComment() {
        let rendered = MarkdownRenderer().render("前の段落。\n\n<!-- ここからコメント\n\n## 見出し\n\n後ろの段落。\n")
        #expect(rendered.html.contains("&lt;!-- ここからコメント") && rendered.html.contains("後ろの段落。"), "\(rendered.html)")
        #expect(rendered.unclosedTags == ["<!--"])
        let closed = MarkdownRenderer().render("前 <!-- 隠す --> 後\n")
        #expect(closed.html == "<p>前  後</p>\n" && closed.unclosedTags.isEmpty)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(MarkdownRenderer().render(String(repeating: "<!-- a\n\n", count: 20_000)).unclosedTags.count == 20_000)
        }
        #expect(elapsed < .seconds(10))
    }

    @Test("a closed <script> is still removed with its content, and is not reported as unclosed")
    func closedElementIsRemoved() {
        let rendered = MarkdownRenderer().render("前 <script>alert(1)</script> 後\n")
        #expect(rendered.html == "<p>前  後</p>\n")
        #expect(rendered.unclosedTags.isEmpty)
    }

    @Test("many unclosed tags are each kept, in linear time")
    func manyUnclosedTags() {
        let markdown = String(repeating: "a <script> b <style> ", count: 20_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure { #expect(MarkdownRenderer().render(markdown).unclosedTags.count == 40_000) }
        #expect(elapsed < .seconds(10))
    }

    @Test("publish keeps the page and warns with file:line, for an inline body and a bodyFile")
    func publishWarns() throws {
        let catalog = try Fixture.copy()
        let body = "一行目。\n\nHTML の <script> タグは使えません。\n\n## 次の見出し\n\n後ろの段落も残ります。"
        try catalog.write("standards/pages/unclosed.yaml", Fixture.page(name: "unclosed", title: "閉じないタグ", body: body))
        try catalog.write("standards/pages/unclosed-file.md", "# 題\n\n<style> も同じです。\n\n最後の段落。\n")
        try catalog.write(
            "standards/pages/unclosed-file.yaml",
            Fixture.page(name: "unclosed-file", title: "ファイル", body: "x")
                .replacingOccurrences(of: "  body: |\n    x\n", with: "  bodyFile: unclosed-file.md\n"))
        let out = try TemporaryFolder()
        let report = try SiteBuilder(catalog: Fixture.catalog(catalog.path), options: Fixture.options()).build(into: out.path + "/site")
        let page = try #require(out.read("site/page/unclosed.html"))
        #expect(page.contains("HTML の &lt;script&gt; タグは使えません。") && page.contains("後ろの段落も残ります。"))
        #expect(page.contains("次の見出し<a class=\"anchor\""))
        #expect(out.read("site/page/unclosed-file.html")?.contains("最後の段落。") == true)
        // The body starts on line 15 of the YAML Fixture.page writes (after `body: |`); the tag is on its third line.
        #expect(
            report.warnings.contains { $0.hasPrefix("standards/pages/unclosed.yaml:17: '<script>' is never closed") }, "\(report.warnings)")
        #expect(
            report.warnings.contains { $0.hasPrefix("standards/pages/unclosed-file.md:3: '<style>' is never closed") }, "\(report.warnings)"
        )
        let index = try #require(out.read("site/search-index.js"))
        #expect(index.contains("後ろの段落も残ります"))
    }

    @Test("warnings name each tag's own line, ten at most, then how many more")
    func warningLines() {
        let body = (1...12).map { "行\($0) <style>" }.joined(separator: "\n\n")
        let source = MarkdownSource(body: body, file: "p.md", firstLine: 1)
        let warnings = source.unclosedTagWarnings(Array(repeating: "<style>", count: 12))
        #expect(warnings.count == 11)
        #expect(warnings.first?.hasPrefix("p.md:1: '<style>'") == true)
        #expect(warnings[1].hasPrefix("p.md:3: '<style>'") && warnings[9].hasPrefix("p.md:19: '<style>'"))
        #expect(warnings.last == "p.md: 2 more unclosed tags or comments shown as text")
    }
}
