import PMOSupport

/// Writes an inline tree as HTML, iteratively (enter a node, then its children, then leave it).
/// Inside an image only text is written, as the `alt` attribute.
enum InlineHTML {
    static func write(_ tree: InlineTree, to out: inout [UInt8]) {
        var node = tree.nodes[0].first
        var imageDepth = 0
        while node >= 0 {
            enter(tree, node, imageDepth: &imageDepth, out: &out)
            if tree.nodes[node].first >= 0 {
                node = tree.nodes[node].first
                continue
            }
            var current = node
            node = -1
            while current > 0 {
                leave(tree, current, imageDepth: &imageDepth, out: &out)
                if tree.nodes[current].next >= 0 {
                    node = tree.nodes[current].next
                    break
                }
                current = tree.nodes[current].parent
            }
        }
    }

    private static func enter(_ tree: InlineTree, _ index: Int, imageDepth: inout Int, out: inout [UInt8]) {
        let node = tree.nodes[index]
        let bytes = tree.store[node.start..<node.end]
        let plain = imageDepth > 0
        switch node.kind {
        case .root: break
        case .text: HTML.appendEscaped(bytes, to: &out)
        case .softBreak: out.append(ByteClass.newline)
        case .hardBreak: append(plain ? "\n" : "<br />\n", to: &out)
        case .code:
            if !plain { append("<code>", to: &out) }
            HTML.appendEscaped(bytes, to: &out)
            if !plain { append("</code>", to: &out) }
        case .html: if !plain { out.append(contentsOf: bytes) }
        case .emphasis: if !plain { append("<em>", to: &out) }
        case .strong: if !plain { append("<strong>", to: &out) }
        case .strikethrough: if !plain { append("<del>", to: &out) }
        case .link:
            guard !plain else { break }
            append("<a href=\"", to: &out)
            ByteClass.appendURL(bytes, to: &out)
            appendTitle(tree, node, to: &out)
            append("\">", to: &out)
        case .image:
            if !plain {
                append("<img src=\"", to: &out)
                ByteClass.appendURL(bytes, to: &out)
                append("\" alt=\"", to: &out)
            }
            imageDepth += 1
        }
    }

    private static func leave(_ tree: InlineTree, _ index: Int, imageDepth: inout Int, out: inout [UInt8]) {
        let node = tree.nodes[index]
        switch node.kind {
        case .emphasis: if imageDepth == 0 { append("</em>", to: &out) }
        case .strong: if imageDepth == 0 { append("</strong>", to: &out) }
        case .strikethrough: if imageDepth == 0 { append("</del>", to: &out) }
        case .link: if imageDepth == 0 { append("</a>", to: &out) }
        case .image:
            imageDepth -= 1
            if imageDepth == 0 {
                append("\"", to: &out)
                if node.titleStart >= 0 {
                    append(" title=\"", to: &out)
                    HTML.appendEscaped(tree.store[node.titleStart..<node.titleEnd], to: &out)
                    append("\"", to: &out)
                }
                append(" />", to: &out)
            }
        default: break
        }
    }

    /// `" title="…` (the caller closes the quote) when a link has a title.
    private static func appendTitle(_ tree: InlineTree, _ node: InlineNode, to out: inout [UInt8]) {
        guard node.titleStart >= 0 else { return }
        append("\" title=\"", to: &out)
        HTML.appendEscaped(tree.store[node.titleStart..<node.titleEnd], to: &out)
    }

    private static func append(_ literal: StaticString, to out: inout [UInt8]) {
        literal.withUTF8Buffer { out.append(contentsOf: $0) }
    }
}
