/// CommonMark's seven kinds of HTML block: how each starts and how it ends.
enum HTMLBlockStart {
    /// The kind (1–7) of HTML block starting at `start`, or nil. Kind 7 (any complete tag alone on
    /// its line) may not interrupt a paragraph.
    static func kind(_ text: [UInt8], _ start: Int, _ end: Int, allowKind7: Bool) -> Int? {
        guard start + 1 < end, text[start] == 0x3C else { return nil }
        let next = text[start + 1]
        if next == 0x21 {
            if hasPrefix(text, start, end, "<!--") { return 2 }
            if hasPrefix(text, start, end, "<![CDATA[") { return 5 }
            if start + 2 < end, ByteClass.isLetter(text[start + 2]) { return 4 }
            return nil
        }
        if next == 0x3F { return 3 }
        let closing = next == 0x2F
        var index = start + (closing ? 2 : 1)
        let nameStart = index
        while index < end, ByteClass.isAlphanumeric(text[index]) || text[index] == 0x2D { index += 1 }
        guard index > nameStart, ByteClass.isLetter(text[nameStart]) else { return nil }
        let name = String(decoding: text[nameStart..<index].map(ByteClass.lowercased), as: UTF8.self)
        let after: UInt8 = index < end ? text[index] : ByteClass.newline
        let boundary = after == ByteClass.newline || ByteClass.isSpaceOrTab(after) || after == 0x3E
        if !closing, literalTags.contains(name), boundary { return 1 }
        if blockTags.contains(name), boundary || (after == 0x2F && index + 1 < end && text[index + 1] == 0x3E) { return 6 }
        guard allowKind7, !literalTags.contains(name) else { return nil }
        let tagEnd = closing ? InlineHTMLScanner.closingTagEnd(text, start, end) : InlineHTMLScanner.openTagEnd(text, start, end)
        guard let tagEnd else { return nil }
        var rest = tagEnd
        while rest < end, ByteClass.isSpaceOrTab(text[rest]) { rest += 1 }
        return rest == end ? 7 : nil
    }

    /// Whether the line `text[start..<end]` ends an HTML block of `kind` (1–5); kinds 6 and 7 end at a blank line.
    static func ends(kind: Int, _ text: [UInt8], _ start: Int, _ end: Int) -> Bool {
        switch kind {
        case 1: return ["</script>", "</pre>", "</style>", "</textarea>"].contains { contains(text, start, end, $0) }
        case 2: return contains(text, start, end, "-->")
        case 3: return contains(text, start, end, "?>")
        case 4: return text[start..<end].contains(0x3E)
        case 5: return contains(text, start, end, "]]>")
        default: return false
        }
    }

    static let literalTags: Set<String> = ["script", "pre", "style", "textarea"]

    static let blockTags: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html",
        "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option",
        "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr",
        "track", "ul",
    ]

    /// Case-insensitive ASCII prefix test.
    static func hasPrefix(_ text: [UInt8], _ start: Int, _ end: Int, _ prefix: String) -> Bool {
        var index = start
        for byte in prefix.utf8 {
            guard index < end, ByteClass.lowercased(text[index]) == ByteClass.lowercased(byte) else { return false }
            index += 1
        }
        return true
    }

    /// Case-insensitive ASCII substring test.
    static func contains(_ text: [UInt8], _ start: Int, _ end: Int, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard end - start >= pattern.count else { return false }
        var index = start
        while index + pattern.count <= end {
            if ByteClass.lowercased(text[index]) == pattern[0], hasPrefix(text, index, end, needle) { return true }
            index += 1
        }
        return false
    }
}
