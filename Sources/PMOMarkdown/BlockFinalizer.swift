/// Closing blocks: link reference definitions leave paragraphs, code blocks lose trailing blank
/// lines, lists learn whether they are tight, and a paragraph line may turn into a table header.
extension BlockParser {
    /// Closes `index` and returns its parent.
    mutating func finalize(_ index: Int) -> Int {
        tree[index].open = false
        let parent = tree[index].parent
        switch tree[index].kind {
        case .paragraph:
            if !resolveReferenceDefinitions(in: index), parent >= 0, tree[parent].children.last == index {
                tree[parent].children.removeLast()
            }
        case .codeBlock where !tree[index].fenced:
            var content = tree[index].content
            while let lastLine = lastLineRange(content), content[lastLine].allSatisfy(ByteClass.isSpaceOrTab) {
                content.removeSubrange(lastLine.lowerBound..<content.count)
            }
            tree[index].content = content
        case .list:
            tree[index].tight = isTight(index)
        default:
            break
        }
        return parent
    }

    /// Removes link reference definitions from the start of a paragraph, recording them; false
    /// when nothing but definitions was there.
    mutating func resolveReferenceDefinitions(in index: Int) -> Bool {
        let content = tree[index].content
        guard content.first == 0x5B else { return !content.allSatisfy(ByteClass.isWhitespace) }
        var position = 0
        while position < content.count, content[position] == 0x5B,
            let end = references.parseDefinition(content, from: position, limits: limits)
        {
            position = end
        }
        if position > 0 { tree[index].content = Array(content[position...]) }
        return !tree[index].content.allSatisfy(ByteClass.isWhitespace)
    }

    /// The byte range of the last line (without its LF) of `content`, which ends in LF.
    private func lastLineRange(_ content: [UInt8]) -> Range<Int>? {
        guard !content.isEmpty else { return nil }
        let end = content.last == ByteClass.newline ? content.count - 1 : content.count
        let start = content[..<end].lastIndex(of: ByteClass.newline).map { $0 + 1 } ?? 0
        return start..<end
    }

    private func isTight(_ list: Int) -> Bool {
        let items = tree[list].children
        for (position, item) in items.enumerated() {
            let hasNext = position + 1 < items.count
            if tree[item].lastLineBlank, hasNext { return false }
            let children = tree[item].children
            for (childPosition, child) in children.enumerated() where tree.endsWithBlankLine(child) {
                if hasNext || childPosition + 1 < children.count { return false }
            }
        }
        return true
    }

    /// Turns the last line of paragraph `index` into a GFM table header when `line` is a matching
    /// delimiter row; returns the table.
    mutating func openTable(from index: Int, line: LineCursor) -> Int? {
        guard let alignments = TableRow.delimiterRow(text[line.firstNonspace..<line.end]),
            let header = lastLineRange(tree[index].content)
        else { return nil }
        let content = tree[index].content
        let cells = TableRow.cells(content[header])
        guard cells.count == alignments.count else { return nil }
        var table = index
        if content[..<header.lowerBound].allSatisfy(ByteClass.isWhitespace) {
            tree[index].kind = .table
            tree[index].content = []
        } else {
            tree[index].content = Array(content[..<header.lowerBound])
            let parent = finalize(index)
            table = addChild(.table, to: parent)
        }
        tree[table].alignments = alignments
        tree[table].rows = [cells]
        return table
    }
}
