import Ink

/// Markdown → safe HTML: Ink renders, `HTMLSanitizer` removes anything active, headings get anchors.
public struct MarkdownRenderer: Sendable {
    /// Resolves a relative link written in Markdown (e.g. `template/progress-report`) to an href, or nil.
    public var resolveLink: @Sendable (String) -> String?
    /// Ids the surrounding page already uses.
    public var reservedIDs: Set<String>

    /// Creates a renderer.
    public init(reservedIDs: Set<String> = [], resolveLink: @escaping @Sendable (String) -> String? = { $0.hasPrefix("#") ? $0 : nil }) {
        self.reservedIDs = reservedIDs
        self.resolveLink = resolveLink
    }

    /// The HTML of `markdown`, sanitised, with its headings.
    public func render(_ markdown: String) -> SanitizedHTML {
        // Ink reads a leading `---` block as front matter and drops it; a body has none.
        let source = markdown.hasPrefix("---") ? "\u{200B}\n" + markdown : markdown
        let html = MarkdownParser().html(from: source)
        return HTMLSanitizer(reservedIDs: reservedIDs, resolveLink: resolveLink).sanitize(html)
    }
}
