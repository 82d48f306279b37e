/// Bounds that keep rendering linear on hostile input. Past a bound the renderer degrades
/// (treats the rest as text) instead of failing.
public struct MarkdownLimits: Sendable, Hashable {
    /// Deepest nesting of container blocks (block quotes, lists, list items). A marker that would
    /// open a deeper container is kept as paragraph text.
    public var maxBlockNesting: Int
    /// Deepest nesting of parentheses inside an inline link destination (CommonMark implementations
    /// use 32); a deeper destination is not a link.
    public var maxLinkDestinationParentheses: Int

    /// Creates limits; the defaults suit any page a person writes.
    public init(maxBlockNesting: Int = 32, maxLinkDestinationParentheses: Int = 32) {
        self.maxBlockNesting = max(1, maxBlockNesting)
        self.maxLinkDestinationParentheses = max(0, maxLinkDestinationParentheses)
    }

    /// A link label (`[label]`) is at most this many bytes long, as CommonMark specifies.
    static let maxLinkLabelLength = 999
}
