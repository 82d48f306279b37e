import PMOSupport

/// The text a reader sees in a document page's `<main>`, read from the very HTML the page shows, so that
/// the search index and the page cannot disagree: every table cell, list item, badge, preview and link
/// title is searchable because it is on the page, and nothing is searchable that is not.
///
/// The text is split by role: the **body** (everything the document says: metadata values, items, rules,
/// previews, related titles, the Markdown) and the **furniture** (the page's fixed labels — 担当チーム,
/// 変更履歴, column headings — which the index weights lowest). The title (`<h1>`) and the description
/// have fields of their own, the tag list is in the keywords, and a heading's `#` anchor and the table
/// of contents (which repeats the headings) are left out. Block elements separate words; inline ones
/// (`<a>`, `<code>`, `<strong>`…) do not, so `**重要**です` is found as 重要です.
struct VisibleText {
    /// The document's own text.
    private(set) var body: [UInt8] = []
    /// Fixed labels of the page.
    private(set) var furniture: [UInt8] = []

    enum Role { case body, furniture, skipped }

    private struct Open {
        var name: ArraySlice<UInt8>
        var role: Role
        var inMarkdown: Bool
    }

    /// Elements whose boundaries separate words (everything else is inline and does not).
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "header", "footer", "nav", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "h1", "h2", "h3", "h4", "h5", "h6",
        "pre", "blockquote", "br", "hr", "details", "summary", "figure", "figcaption", "img",
    ]
    static let void: Set<String> = ["br", "hr", "img", "input", "meta", "link", "wbr"]
    /// Outside the Markdown body: elements that are page furniture by name, and classes that make an element furniture.
    static let furnitureElements: Set<String> = ["dt", "th", "h2", "h4"]
    /// (The source line, `ソース: standards/…`, is body: its path differs on every page, and furniture is shared.)
    static let furnitureClasses: Set<String> = ["kind", "kind-note", "legend", "note"]
    /// Outside the Markdown body: classes whose text the page's other fields already hold or that repeat the page.
    static let skippedClasses: Set<String> = ["description", "tags", "toc", "anchor"]

    /// The body and furniture of `main`, the HTML inside a document page's `<main>`.
    static func of(mainHTML main: String) -> (body: String, furniture: String) {
        var text = VisibleText()
        text.read(Array(main.utf8))
        return (String(decoding: text.body, as: UTF8.self), String(decoding: text.furniture, as: UTF8.self))
    }

    private mutating func read(_ input: [UInt8]) {
        var stack: [Open] = []
        var i = 0
        var textStart = 0
        while i < input.count {
            let byte = input[i]
            guard byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") else { i += 1; continue }
            append(input[textStart..<i], role: stack.last?.role ?? .body)
            if byte == UInt8(ascii: "&") {
                i = appendReference(input, at: i, role: stack.last?.role ?? .body)
                textStart = i
                continue
            }
            guard let end = input[i...].firstIndex(of: UInt8(ascii: ">")) else { textStart = i; break }
            tag(input[i...end], stack: &stack)
            i = end + 1
            textStart = i
        }
        append(input[textStart..<input.count], role: stack.last?.role ?? .body)
    }

    private mutating func append(_ text: ArraySlice<UInt8>, role: Role) {
        switch role {
        case .body: body += text
        case .furniture: furniture += text
        case .skipped: break
        }
    }

    /// Decodes the character reference at `start` (`&amp;`, `&#39;`…) into the text; the index after it.
    private mutating func appendReference(_ input: [UInt8], at start: Int, role: Role) -> Int {
        var end = start + 1
        while end < input.count, end - start < 34, input[end] != UInt8(ascii: ";"), input[end] != UInt8(ascii: "<"),
            input[end] != UInt8(ascii: "&")
        {
            end += 1
        }
        guard end < input.count, input[end] == UInt8(ascii: ";") else {
            append(input[start..<(start + 1)], role: role)
            return start + 1
        }
        let decoded = HTML.decodeEntities(String(decoding: input[start...end], as: UTF8.self))
        append(ArraySlice(decoded.utf8), role: role)
        return end + 1
    }

    /// Opens or closes an element (`markup` is `<…>`), separating words at block boundaries and where the role changes.
    private mutating func tag(_ markup: ArraySlice<UInt8>, stack: inout [Open]) {
        var i = markup.startIndex + 1
        let isEnd = i < markup.endIndex && markup[i] == UInt8(ascii: "/")
        if isEnd { i += 1 }
        let nameStart = i
        while i < markup.endIndex, Self.isNameByte(markup[i]) { i += 1 }
        let nameBytes = markup[nameStart..<i]
        guard !nameBytes.isEmpty else { return }  // a comment or doctype: nothing visible
        // pmo and the sanitiser write lower-case names; anything else is lower-cased the slow way.
        let name =
            nameBytes.allSatisfy({ $0 < 0x41 || $0 > 0x5A })
            ? String(decoding: nameBytes, as: UTF8.self)
            : String(decoding: nameBytes.map { $0 | 0x20 }, as: UTF8.self)
        let parent = stack.last
        if isEnd {
            guard let index = stack.lastIndex(where: { $0.name.elementsEqual(nameBytes, by: { ($0 | 0x20) == ($1 | 0x20) }) }) else {
                return
            }
            if Self.blocks.contains(name) || stack[index].role != (index > 0 ? stack[index - 1].role : .body) { separate() }
            stack.removeSubrange(index...)
            return
        }
        if Self.blocks.contains(name) { separate() }
        guard !Self.void.contains(name) else { return }
        var role = parent?.role ?? .body
        var inMarkdown = parent?.inMarkdown ?? false
        if role != .skipped && inMarkdown {
            // Only the sanitiser writes `<a class="anchor">` (a heading's `#`); it drops any class an author gives a link.
            // Other tags of the Markdown (most tags of a page) need no look at their attributes.
            if name == "a", Self.classes(markup[i...]).contains("anchor") { role = .skipped }
        } else if role != .skipped {
            let classes = Self.classes(markup[i...])
            if classes.contains("markdown") {
                inMarkdown = true
                role = .body
            } else if name == "h1" || !classes.isDisjoint(with: Self.skippedClasses) {
                role = .skipped
            } else if Self.furnitureElements.contains(name) || !classes.isDisjoint(with: Self.furnitureClasses) {
                role = .furniture
            }
        }
        if role != (parent?.role ?? .body) { separate() }
        stack.append(Open(name: nameBytes, role: role, inMarkdown: inMarkdown))
    }

    /// A word boundary in both texts.
    private mutating func separate() {
        if body.last != UInt8(ascii: " ") { body.append(UInt8(ascii: " ")) }
        if furniture.last != UInt8(ascii: " ") { furniture.append(UInt8(ascii: " ")) }
    }

    /// The words of the tag's `class="…"` attribute (the HTML here is pmo's own or sanitised: always double-quoted).
    static func classes(_ attributes: ArraySlice<UInt8>) -> Set<String> {
        let key = Array(" class=\"".utf8)
        guard attributes.count > key.count,
            let start = attributes.indices.dropLast(key.count).first(where: { attributes[$0..<($0 + key.count)].elementsEqual(key) })
        else {
            return []
        }
        let valueStart = start + key.count
        let valueEnd = attributes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) ?? attributes.endIndex
        return Set(attributes[valueStart..<valueEnd].split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) })
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }
}
