import PMOMarkdown

/// Markdown → safe HTML: PMOMarkdown renders, `HTMLSanitizer` removes anything active, headings get anchors.
public struct MarkdownRenderer: Sendable {
    /// Resolves a relative link written in Markdown (e.g. `template/progress-report`) to an href, or nil.
    package var resolveLink: @Sendable (String) -> String?
    /// Ids the surrounding page already uses.
    package var reservedIDs: Set<String>
    /// Bounds on nesting that keep rendering linear on hostile input.
    package var limits: MarkdownLimits

    /// Creates a renderer.
    public init(
        reservedIDs: Set<String> = [], limits: MarkdownLimits = MarkdownLimits(),
        resolveLink: @escaping @Sendable (String) -> String? = { $0.hasPrefix("#") ? $0 : nil }
    ) {
        self.reservedIDs = reservedIDs
        self.limits = limits
        self.resolveLink = resolveLink
    }

    /// The HTML of `markdown`, sanitised, with its headings.
    public func render(_ markdown: String) -> SanitizedHTML {
        let html = MarkdownHTML.renderUTF8(markdown, limits: limits)
        return HTMLSanitizer(reservedIDs: reservedIDs, resolveLink: resolveLink).sanitize(utf8: html)
    }
}
