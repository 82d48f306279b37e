import Foundation
import PMOPublish
import Testing

@Suite("Markdown is sanitised with an allow-list")
struct SanitizerTests {
    let renderer = MarkdownRenderer()

    func html(_ markdown: String) -> String { renderer.render(markdown).html }

    @Test("raw <script>, <style> and <iframe> are removed with their content")
    func scriptStyleIframe() {
        let out = html(
            "前\n\n<script>alert('x')</script>\n\n<style>body{display:none}</style>\n\n<iframe src=\"https://evil.example\">x</iframe>\n\n後 <SCRIPT src=x></SCRIPT>"
        )
        #expect(!out.lowercased().contains("<script"))
        #expect(!out.contains("alert"))
        #expect(!out.contains("<style") && !out.contains("display:none"))
        #expect(!out.contains("<iframe") && !out.contains("evil.example"))
        #expect(out.contains("前") && out.contains("後"))
    }

    @Test("on* handlers and style attributes are dropped, the element kept")
    func eventHandlers() {
        let out = html(
            "<img src=\"https://example.com/a.png\" onerror=\"alert(1)\" style=\"x\">\n\n<p onclick='steal()' ONMOUSEOVER=x>文</p>")
        #expect(!out.lowercased().contains("onerror"))
        #expect(!out.lowercased().contains("onclick"))
        #expect(!out.lowercased().contains("onmouseover"))
        #expect(!out.contains("style="))
        #expect(out.contains("<img src=\"https://example.com/a.png\">"))
        #expect(out.contains("文"))
    }

    @Test(
        "javascript: and data: URLs are removed, also when obfuscated",
        arguments: [
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "java&#x09;script:alert(1)", "&#106;avascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x",
        ])
    func dangerousURLs(url: String) {
        let markdown = "[押す](\(url)) <a href=\"\(url)\">押す</a>"
        let rendered = renderer.render(markdown)
        #expect(!rendered.html.lowercased().contains("javascript"))
        #expect(!rendered.html.lowercased().contains("data:"))
        #expect(!rendered.html.lowercased().contains("vbscript"))
        #expect(!rendered.droppedURLs.isEmpty)
    }

    @Test("safe links survive: https, mailto and #anchors")
    func safeLinks() {
        let out = html("[a](https://example.com/x?a=1&b=2) [b](mailto:pmo@example.co.jp) [c](#目的)")
        #expect(out.contains("href=\"https://example.com/x?a=1&amp;b=2\""))
        #expect(out.contains("href=\"mailto:pmo@example.co.jp\""))
        #expect(out.contains("href=\"#目的\""))
    }

    @Test("relative links go through the resolver; unresolved ones lose their href")
    func relativeLinks() {
        let renderer = MarkdownRenderer { $0 == "template/minutes" ? "../template/minutes.html" : nil }
        let rendered = renderer.render("[t](template/minutes) [x](nowhere.html)")
        #expect(rendered.html.contains("href=\"../template/minutes.html\""))
        #expect(!rendered.html.contains("nowhere"))
        #expect(rendered.droppedURLs == ["nowhere.html"])
    }

    @Test("text stays escaped and unknown tags are stripped, keeping their text")
    func textEscaping() {
        let out = html("a < b && c > d <font color=red>赤</font> <notatag")
        #expect(out.contains("a &lt; b &amp;&amp; c &gt; d"))
        #expect(out.contains("赤") && !out.contains("<font"))
        #expect(!out.contains("<notatag"))
    }

    @Test("headings get stable ids, Japanese ones included, and duplicates are numbered")
    func headingIDs() {
        let rendered = renderer.render("## 目的\n\n## Phase Gate\n\n## 目的\n\n## ！？\n")
        #expect(rendered.headings.map(\.id) == ["目的", "phase-gate", "目的-2", "section"])
        #expect(rendered.html.contains("<h2 id=\"目的\">目的"))
        #expect(HeadingAnchors.slug("ＰＭＯ の 役割") == "pmo-の-役割")
    }

    @Test(
        "slugs agree with Foundation's NFKC for half-width kana, combining marks, full-width and odd spaces",
        arguments: [
            "ｶﾞｲﾄﾞ と 手順", "Café\u{301} 会議", "①　リスク\t管理", "Ｐｈａｓｅ\u{2003}Ｇａｔｅ", "  前後の空白  ",
            "İstanbul 支社", String(repeating: "長い見出し ", count: 30),
        ])
    func slugMatchesFoundationNFKC(_ heading: String) {
        // The slug as first written: Foundation's NFKC, lower-cased, at most 80 scalars.
        var expected = ""
        var pendingDash = false
        for scalar in heading.precomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            let p = scalar.properties
            if p.isAlphabetic || p.numericType != nil || scalar == "_" || p.generalCategory == .nonspacingMark {
                if pendingDash && !expected.isEmpty { expected += "-" }
                pendingDash = false
                expected.unicodeScalars.append(scalar)
            } else if p.isWhitespace || scalar == "-" {
                pendingDash = true
            }
            if expected.unicodeScalars.count >= 80 { break }
        }
        #expect(HeadingAnchors.slug(heading) == (expected.isEmpty ? "section" : expected))
    }

    @Test("the output is balanced even when the input is not")
    func balanced() {
        let out = html("<div><em>開いたまま")
        #expect(out.hasSuffix("</em></div>") || out.contains("</em></div>"))
    }

    @Test("a task list keeps its checkboxes, disabled; any other <input> is removed")
    func taskListCheckboxes() {
        let out = html("- [x] 済み\n- [ ] 未了\n\n<input type=\"text\" name=\"q\"> <input type=checkbox onclick=\"x()\">")
        #expect(out.contains("<li><input type=\"checkbox\" checked disabled> 済み</li>"))
        #expect(out.contains("<li><input type=\"checkbox\" disabled> 未了</li>"))
        #expect(!out.contains("type=\"text\"") && !out.contains("onclick") && !out.contains("name="))
        #expect(out.components(separatedBy: "<input").count == 4)
    }
}
