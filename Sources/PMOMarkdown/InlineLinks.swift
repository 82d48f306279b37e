/// An open `[` or `![` waiting for its `]`.
struct Bracket {
    var node: Int
    var image: Bool
    /// Where the link text starts (after the bracket).
    var textStart: Int
    /// The delimiter on top of the stack when the bracket was pushed: emphasis inside the link
    /// text is processed down to here.
    var previousDelimiter: Int
    /// Whether another `[` came after this one (then the text cannot be a shortcut label).
    var bracketAfter = false
}

/// Links and images: `]` looks only at the innermost opener, and a link deactivates the
/// openers below it in O(1) (by index), so brackets cost linear time however deeply they nest.
extension InlineParser {
    mutating func pushBracket(image: Bool) {
        let length = image ? 2 : 1
        let node = tree.make(.text, text[position..<(position + length)])
        appendNode(node)
        if !brackets.isEmpty { brackets[brackets.count - 1].bracketAfter = true }
        position += length
        brackets.append(Bracket(node: node, image: image, textStart: position, previousDelimiter: lastDelimiter))
    }

    mutating func closeBracket() {
        let closerStart = position
        position += 1
        guard let opener = brackets.last else {
            appendText(text[closerStart...closerStart])
            return
        }
        guard opener.image || brackets.count - 1 >= inactiveBelow else {
            popBracket()
            appendText(text[closerStart...closerStart])
            return
        }
        var target: LinkTarget?
        var after = position
        if position < end, text[position] == 0x28, let inline = inlineLinkTail(from: position) {
            target = inline.target
            after = inline.next
        } else if !references.isEmpty {
            if position + 1 < end, text[position] == 0x5B, text[position + 1] == 0x5D {
                if !opener.bracketAfter { target = references.target(for: text[opener.textStart..<closerStart]) }
                after = position + 2
            } else if let labelEnd = LinkSyntax.labelEnd(text, position, end) {
                target = references.target(for: text[(position + 1)..<(labelEnd - 1)])
                after = labelEnd
            } else if !opener.bracketAfter, closerStart - opener.textStart <= MarkdownLimits.maxLinkLabelLength {
                target = references.target(for: text[opener.textStart..<closerStart])
            }
        }
        guard let target else {
            popBracket()
            appendText(text[closerStart...closerStart])
            return
        }
        let link = tree.make(opener.image ? .image : .link, target.url[...])
        if let title = target.title {
            tree.nodes[link].titleStart = tree.store.count
            tree.store.append(contentsOf: title)
            tree.nodes[link].titleEnd = tree.store.count
        }
        var node = tree.nodes[opener.node].next
        while node >= 0 {
            let next = tree.nodes[node].next
            tree.unlink(node)
            tree.append(node, to: link)
            node = next
        }
        appendNode(link)
        processEmphasis(bottom: opener.previousDelimiter)
        tree.unlink(opener.node)
        popBracket()
        if !opener.image { inactiveBelow = brackets.count }
        position = after
    }

    private mutating func popBracket() {
        brackets.removeLast()
        inactiveBelow = min(inactiveBelow, brackets.count)
    }

    /// `(destination "title")` after a `]`.
    private func inlineLinkTail(from start: Int) -> (target: LinkTarget, next: Int)? {
        var index = LinkSyntax.skipSpacesAndNewline(text, start + 1, end)
        guard index < end else { return nil }
        if text[index] == 0x29 { return (LinkTarget(url: [], title: nil), index + 1) }
        guard let destination = LinkSyntax.destination(text, index, end, maxParentheses: limits.maxLinkDestinationParentheses) else {
            return nil
        }
        index = destination.next
        var title: [UInt8]?
        let afterSpace = LinkSyntax.skipSpacesAndNewline(text, index, end)
        if afterSpace > index, let found = LinkSyntax.title(text, afterSpace, end) {
            title = LinkSyntax.unescaped(text[found.raw])
            index = LinkSyntax.skipSpacesAndNewline(text, found.next, end)
        } else {
            index = afterSpace
        }
        guard index < end, text[index] == 0x29 else { return nil }
        return (LinkTarget(url: LinkSyntax.unescaped(text[destination.raw]), title: title), index + 1)
    }
}
