import PMOMarkdown
import Testing

/// Inputs that hang or blow up other Markdown renderers (Ink 0.6.0 among them) must render, in
/// linear time, to HTML of the expected shape. Timing is measured by `pmobench markdown`; here a
/// quadratic or exponential regression shows as a test run that does not finish.
struct HostileInputTests {
    private func count(_ needle: String, in html: String) -> Int {
        html.components(separatedBy: needle).count - 1
    }

    @Test func aDeclarationWithoutEndIsAnHTMLBlock() {
        #expect(MarkdownHTML.render("<!c<p") == "<!c<p\n")
        #expect(MarkdownHTML.render("x <!c<p") == "<p>x &lt;!c&lt;p</p>\n")
    }

    @Test func tenThousandNestedBracketsMakeOneLink() {
        let html = MarkdownHTML.render(String(repeating: "[", count: 10_000) + "x](y)")
        #expect(count("<a href=\"y\">x</a>", in: html) == 1)
        #expect(count("[", in: html) == 9_999)
    }

    @Test func fiftyThousandAsterisks() {
        #expect(MarkdownHTML.render(String(repeating: "*", count: 50_000)) == "<hr />\n")
        let stars = String(repeating: "*", count: 25_000)
        let html = MarkdownHTML.render("a" + stars + "b" + stars)
        #expect(html.hasPrefix("<p>a") && html.hasSuffix("</p>\n"))
        let nested = MarkdownHTML.render(stars + "x" + stars)
        #expect(count("<strong>", in: nested) == 12_500)
        #expect(count("<strong>", in: nested) == count("</strong>", in: nested))
        let unmatched = MarkdownHTML.render(String(repeating: "*a **b ", count: 10_000))
        #expect(unmatched.hasPrefix("<p>") && count("<em>", in: unmatched) == count("</em>", in: unmatched))
    }

    @Test func blockQuotesNestOnlyToTheLimit() {
        let html = MarkdownHTML.render(String(repeating: ">", count: 10_000) + " x")
        #expect(count("<blockquote>", in: html) == 32)
        #expect(count("</blockquote>", in: html) == 32)
        #expect(html.contains(String(repeating: "&gt;", count: 100)))
    }

    @Test func listMarkersNestOnlyToTheLimit() {
        let html = MarkdownHTML.render(String(repeating: "- ", count: 10_000) + "x")
        #expect(count("<ul>", in: html) == 16)
        #expect(count("<li>", in: html) == count("</li>", in: html))
        var indented = ""
        for level in 0..<200 { indented += String(repeating: "  ", count: level) + "- x\n" }
        let nested = MarkdownHTML.render(indented)
        #expect(count("<ul>", in: nested) <= 16 && count("<ul>", in: nested) == count("</ul>", in: nested))
    }

    @Test func linkDestinationParenthesesNestOnlyToTheLimit() {
        let within = MarkdownHTML.render("[a](" + String(repeating: "(", count: 32) + "x" + String(repeating: ")", count: 32) + ")")
        #expect(count("<a href=", in: within) == 1)
        let deeper = MarkdownHTML.render("[a](" + String(repeating: "(", count: 33) + "x" + String(repeating: ")", count: 33) + ")")
        #expect(count("<a href=", in: deeper) == 0)
        #expect(deeper.hasPrefix("<p>[a]("))
    }

    @Test func linkLabelsLongerThan999BytesAreNotReferences() {
        let label = String(repeating: "x", count: 999)
        #expect(count("<a href=\"/u\">", in: MarkdownHTML.render("[\(label)]\n\n[\(label)]: /u")) == 1)
        let long = label + "x"
        let html = MarkdownHTML.render("[\(long)]\n\n[\(long)]: /u")
        #expect(count("<a href=", in: html) == 0)
        #expect(html.contains("[\(long)]"))
    }

    @Test func theLimitIsConfigurable() {
        let html = MarkdownHTML.render("> > > x", limits: MarkdownLimits(maxBlockNesting: 2))
        #expect(html == "<blockquote>\n<blockquote>\n<p>&gt; x</p>\n</blockquote>\n</blockquote>\n")
    }

    @Test func fiveMegabytesOfJapaneseInOneParagraph() {
        let sentence = "進捗報告を作成し、リスク登録簿を更新します。"
        let text = String(repeating: sentence, count: 5_000_000 / sentence.utf8.count)
        let html = MarkdownHTML.render(text)
        #expect(html.utf8.count == text.utf8.count + "<p></p>\n".utf8.count)
        #expect(html.hasPrefix("<p>進捗報告") && html.hasSuffix("。</p>\n"))
    }

    @Test func unclosedConstructsAreText() {
        #expect(MarkdownHTML.render("x " + String(repeating: "<!--", count: 20_000)).hasPrefix("<p>x &lt;!--&lt;!--"))
        #expect(MarkdownHTML.render(String(repeating: "`a``", count: 20_000)).hasPrefix("<p>`a"))
        #expect(MarkdownHTML.render(String(repeating: "[a](b \"", count: 20_000)).hasPrefix("<p>[a](b &quot;"))
        #expect(MarkdownHTML.render("[a](" + String(repeating: "(", count: 20_000) + ")").hasPrefix("<p>[a]((("))
        #expect(!MarkdownHTML.render("[a](" + String(repeating: "(", count: 33) + String(repeating: ")", count: 34)).contains("<a"))
    }

    @Test func invalidUTF8IsReplaced() {
        #expect(MarkdownHTML.render(bytes: [0x61, 0xFF, 0x62, 0xE3, 0x81]) == Array("<p>a\u{FFFD}b\u{FFFD}</p>\n".utf8))
        #expect(MarkdownHTML.render(bytes: [0x2A, 0xC3, 0x2A]) == Array("<p><em>\u{FFFD}</em></p>\n".utf8))
    }

    @Test func nulBecomesTheReplacementCharacter() {
        #expect(MarkdownHTML.render("a\u{0}b") == "<p>a\u{FFFD}b</p>\n")
        #expect(MarkdownHTML.render("&#0;") == "<p>\u{FFFD}</p>\n")
    }

    @Test func carriageReturnsEndLines() {
        #expect(MarkdownHTML.render("# a\r\nb\rc") == "<h1>a</h1>\n<p>b\nc</p>\n")
    }

    @Test func emptyInput() {
        #expect(MarkdownHTML.render("") == "")
        #expect(MarkdownHTML.render("\n\n  \n") == "")
    }
}
