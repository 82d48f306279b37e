/// Rewrites untrusted HTML (PMOMarkdown's output, including raw HTML written in Markdown) so that only
/// allow-listed tags and attributes survive: no `<script>`, `<style>`, `<iframe>`, no `on*=`
/// handlers, no `style`, no `javascript:` or `data:` URLs. Headings get stable ids on the way.
public struct HTMLSanitizer: Sendable {
    /// Decides the `href` of a relative link (not `http:`, `https:` or `mailto:`): the href to write, or nil to drop it.
    package var resolveLink: @Sendable (String) -> String?
    /// Ids already used on the page, which headings must not take.
    package var reservedIDs: Set<String>

    /// Creates a sanitiser; by default relative links are kept only when they are fragments (`#…`).
    public init(reservedIDs: Set<String> = [], resolveLink: @escaping @Sendable (String) -> String? = { $0.hasPrefix("#") ? $0 : nil }) {
        self.reservedIDs = reservedIDs
        self.resolveLink = resolveLink
    }

    /// Elements kept, with the attributes each may carry.
    static let allowed: [String: Set<String>] = {
        var tags: [String: Set<String>] = [:]
        for tag in [
            "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "li", "blockquote", "pre",
            "em", "strong", "b", "i", "u", "s", "del", "ins", "sub", "sup", "table", "thead", "tbody",
            "tfoot", "tr", "caption", "dl", "dt", "dd", "kbd", "mark", "small", "abbr", "span", "div",
            "details", "summary", "q", "cite", "var", "samp", "figure", "figcaption",
        ] {
            tags[tag] = []
        }
        tags["a"] = ["href", "title"]
        tags["img"] = ["src", "alt", "title", "width", "height"]
        tags["ol"] = ["start"]
        tags["code"] = ["class"]
        tags["th"] = ["align", "colspan", "rowspan"]
        tags["td"] = ["align", "colspan", "rowspan"]
        // Only as a task-list checkbox (`- [x] …`): any other input type is removed (SanitizerState).
        tags["input"] = ["type", "checked", "disabled"]
        return tags
    }()
    /// Elements removed together with everything inside them.
    static let droppedWithContent: Set<String> = [
        "script", "style", "iframe", "object", "template", "noscript", "textarea",
        "xmp", "svg", "math", "title", "frameset", "noembed", "noframes",
        "select", "applet", "plaintext", "head",
    ]
    static let void: Set<String> = ["br", "hr", "img", "input"]
    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// What happens to an element, by name; a name not here loses its tags and keeps its content.
    enum ElementRule {
        /// Kept, with these attributes; a void element has no end tag.
        case keep(attributes: Set<String>, isVoid: Bool)
        /// A heading of this level: given an id and an anchor.
        case heading(level: Int)
        /// Removed with everything inside it.
        case drop
    }

    /// The four tables above as one, so that each tag costs one lookup.
    static let rules: [String: ElementRule] = {
        var rules: [String: ElementRule] = [:]
        for (name, attributes) in allowed { rules[name] = .keep(attributes: attributes, isVoid: void.contains(name)) }
        for name in headingTags { rules[name] = .heading(level: Int(name.dropFirst()) ?? 2) }
        for name in droppedWithContent { rules[name] = .drop }
        return rules
    }()

    /// The sanitised HTML and the headings found in it, in order.
    public func sanitize(_ html: String) -> SanitizedHTML {
        sanitize(utf8: Array(html.utf8))
    }

    /// `sanitize(_:)` of HTML given as UTF-8 bytes.
    public func sanitize(utf8 html: [UInt8]) -> SanitizedHTML {
        var state = SanitizerState(input: html, sanitizer: self)
        state.run()
        return SanitizedHTML(
            html: String(decoding: state.out, as: UTF8.self), headings: state.headings, droppedURLs: state.droppedURLs,
            unclosedTags: state.unclosedTags)
    }

    /// Whether a URL (attribute value, already entity-decoded) is safe for `tag`'s attribute, and what to write.
    func safeURL(_ raw: String, tag: String) -> String? {
        // Browsers ignore tabs and newlines inside URLs and strip leading/trailing controls and spaces.
        let cleaned = String(String.UnicodeScalarView(raw.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
        if let colon = cleaned.firstIndex(of: ":"),
            !cleaned[..<colon].contains(where: { $0 == "/" || $0 == "?" || $0 == "#" })
        {
            let scheme = cleaned[..<colon].lowercased()
            let schemes: Set<String> = tag == "img" ? ["http", "https"] : ["http", "https", "mailto"]
            return schemes.contains(scheme) ? raw.trimmingWhitespace : nil
        }
        if tag == "img" { return nil }
        return resolveLink(cleaned)
    }
}

/// HTML that went through `HTMLSanitizer`, with its headings for a table of contents.
public struct SanitizedHTML: Sendable, Hashable {
    /// The safe HTML.
    public var html: String
    /// Every heading, in document order, with the id it was given.
    package var headings: [Heading]
    /// Link and image URLs that were removed (unsafe schemes, unresolved relative links), for warnings.
    package var droppedURLs: [String]
    /// Start tags of dangerous elements (`<script>`, `<style>`, …) that are never closed: they were shown
    /// as text instead of removing the rest of the page, for warnings.
    package var unclosedTags: [String] = []
    /// The visible text (tags removed, references decoded).
    package var text: String { SearchText.plainText(fromHTML: html) }
}

/// A heading of rendered Markdown: level (1–6), its anchor id and its text.
package struct Heading: Sendable, Hashable {
    package var level: Int
    package var id: String
    package var text: String
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
