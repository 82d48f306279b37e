/// A run of `*`, `_` or `~` that may open or close emphasis, strong emphasis or strikethrough.
struct Delimiter {
    var node: Int
    var character: UInt8
    var count: Int
    var originalCount: Int
    var canOpen: Bool
    var canClose: Bool
    var previous: Int
    var next = -1
}

/// Emphasis, following the CommonMark delimiter-run rules and cmark's `process_emphasis`:
/// for each closer the search for an opener never goes below the "openers bottom" recorded for
/// its kind, so the work is linear in the number of delimiters.
extension InlineParser {
    mutating func parseDelimiterRun() {
        let character = text[position]
        let start = position
        while position < end, text[position] == character { position += 1 }
        let count = position - start
        let before = ByteClass.scalar(before: start, in: text, lowerBound: 0)
        let after = ByteClass.scalar(at: position, in: text, upperBound: end)
        let beforeSpace = ByteClass.isUnicodeWhitespace(before)
        let afterSpace = ByteClass.isUnicodeWhitespace(after)
        let beforePunctuation = ByteClass.isUnicodePunctuation(before)
        let afterPunctuation = ByteClass.isUnicodePunctuation(after)
        let leftFlanking = !afterSpace && (!afterPunctuation || beforeSpace || beforePunctuation)
        let rightFlanking = !beforeSpace && (!beforePunctuation || afterSpace || afterPunctuation)
        var canOpen = leftFlanking
        var canClose = rightFlanking
        if character == 0x5F {
            canOpen = leftFlanking && (!rightFlanking || beforePunctuation)
            canClose = rightFlanking && (!leftFlanking || afterPunctuation)
        }
        let node = tree.make(.text, text[start..<position])
        appendNode(node)
        guard canOpen || canClose, character != 0x7E || count <= 2 else { return }
        delimiters.append(
            Delimiter(
                node: node, character: character, count: count, originalCount: count,
                canOpen: canOpen, canClose: canClose, previous: lastDelimiter))
        let index = delimiters.count - 1
        if lastDelimiter >= 0 { delimiters[lastDelimiter].next = index }
        lastDelimiter = index
    }

    /// Matches the delimiters above `bottom` into emphasis nodes, then drops them from the stack.
    mutating func processEmphasis(bottom: Int) {
        var openersBottom = [Int](repeating: bottom, count: 18)
        var closer = -1
        var scan = lastDelimiter
        while scan >= 0, scan != bottom { closer = scan; scan = delimiters[scan].previous }
        while closer >= 0 {
            let closing = delimiters[closer]
            guard closing.canClose else { closer = closing.next; continue }
            let kind = closing.character == 0x2A ? 0 : closing.character == 0x5F ? 1 : 2
            let bottomIndex = kind * 6 + (closing.canOpen ? 3 : 0) + closing.originalCount % 3
            var opener = closing.previous
            var found = false
            while opener >= 0, opener != bottom, opener != openersBottom[bottomIndex] {
                let opening = delimiters[opener]
                if opening.canOpen, opening.character == closing.character {
                    if kind == 2 {
                        found = opening.count == closing.count
                    } else {
                        let sum = opening.originalCount + closing.originalCount
                        let oddMatch =
                            (closing.canOpen || opening.canClose) && sum % 3 == 0
                            && !(opening.originalCount % 3 == 0 && closing.originalCount % 3 == 0)
                        found = !oddMatch
                    }
                    if found { break }
                }
                opener = opening.previous
            }
            if found {
                closer = insertEmphasis(opener: opener, closer: closer)
            } else {
                let unmatched = closer
                openersBottom[bottomIndex] = closing.previous
                closer = closing.next
                if !closing.canOpen { removeDelimiter(at: unmatched) }
            }
        }
        while lastDelimiter >= 0, lastDelimiter != bottom { removeDelimiter(at: lastDelimiter) }
    }

    /// Wraps the nodes between `opener` and `closer` in an emphasis node; returns the next closer to look at.
    private mutating func insertEmphasis(opener: Int, closer: Int) -> Int {
        let character = delimiters[closer].character
        let use = character == 0x7E ? delimiters[closer].count : (delimiters[opener].count >= 2 && delimiters[closer].count >= 2 ? 2 : 1)
        let kind: InlineKind = character == 0x7E ? .strikethrough : use == 2 ? .strong : .emphasis
        let openerNode = delimiters[opener].node
        let closerNode = delimiters[closer].node
        delimiters[opener].count -= use
        delimiters[closer].count -= use
        tree.nodes[openerNode].end -= use
        tree.nodes[closerNode].end -= use
        var between = delimiters[closer].previous
        while between >= 0, between != opener {
            let previous = delimiters[between].previous
            removeDelimiter(at: between)
            between = previous
        }
        let emphasis = tree.make(kind)
        var node = tree.nodes[openerNode].next
        while node >= 0, node != closerNode {
            let next = tree.nodes[node].next
            tree.unlink(node)
            tree.append(node, to: emphasis)
            node = next
        }
        tree.insert(emphasis, after: openerNode)
        mergeable = -1
        if delimiters[opener].count == 0 {
            tree.unlink(openerNode)
            removeDelimiter(at: opener)
        }
        if delimiters[closer].count == 0 {
            let next = delimiters[closer].next
            tree.unlink(closerNode)
            removeDelimiter(at: closer)
            return next
        }
        return closer
    }

    mutating func removeDelimiter(at index: Int) {
        let previous = delimiters[index].previous
        let next = delimiters[index].next
        if previous >= 0 { delimiters[previous].next = next }
        if next >= 0 { delimiters[next].previous = previous }
        if lastDelimiter == index { lastDelimiter = previous }
    }
}
