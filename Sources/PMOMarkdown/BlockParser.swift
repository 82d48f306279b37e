/// Splits the input into blocks line by line, the way CommonMark's reference parser does: each
/// line first continues the open blocks it matches, then may open new ones, then adds its text.
/// Work per line is bounded by the nesting limit, so parsing is linear in the input.
struct BlockParser {
    let text: [UInt8]
    let limits: MarkdownLimits
    var tree = BlockTree()
    var references = ReferenceMap()
    /// The deepest open block.
    var current = 0
    var lineNumber = 0

    init(source: [UInt8], limits: MarkdownLimits) {
        self.text = source
        self.limits = limits
    }

    /// Parses the whole input and returns the finished tree.
    mutating func parse() -> BlockTree {
        var lineStart = 0
        while lineStart < text.count {
            let lineEnd = text[lineStart...].firstIndex(of: ByteClass.newline) ?? text.count
            processLine(LineCursor(text: text, start: lineStart, end: lineEnd))
            lineStart = lineEnd + 1
        }
        while current >= 0 { current = finalize(current) }
        return tree
    }

    private mutating func processLine(_ start: LineCursor) {
        var line = start
        lineNumber += 1
        var container = 0
        var allMatched = true
        // 1. Continue the open blocks this line matches.
        while let last = tree[container].children.last, tree[last].open {
            container = last
            line.findFirstNonspace()
            var matched = true
            switch tree[container].kind {
            case .blockQuote:
                if line.indent <= 3, line.byte(line.firstNonspace) == 0x3E {
                    line.advance(line.indent + 1, columns: true)
                    if ByteClass.isSpaceOrTab(line.current) { line.advance(1, columns: true) }
                } else {
                    matched = false
                }
            case .item:
                let width = tree[container].markerOffset + tree[container].padding
                if line.indent >= width {
                    line.advance(width, columns: true)
                } else if line.blank, !tree[container].children.isEmpty {
                    line.advance(line.firstNonspace - line.offset, columns: false)
                } else {
                    matched = false
                }
            case .codeBlock where tree[container].fenced:
                let fence = tree[container].fenceCharacter
                if line.indent <= 3, line.byte(line.firstNonspace) == fence,
                    BlockStart.closingFenceLength(text, line.firstNonspace, line.end, character: fence) >= tree[container].fenceLength
                {
                    current = finalize(container)
                    return
                }
                var skip = tree[container].fenceOffset
                while skip > 0, ByteClass.isSpaceOrTab(line.current) { line.advance(1, columns: true); skip -= 1 }
            case .codeBlock:
                if line.indent >= 4 {
                    line.advance(4, columns: true)
                } else if line.blank {
                    line.advance(line.firstNonspace - line.offset, columns: false)
                } else {
                    matched = false
                }
            case .heading, .thematicBreak:
                matched = false
            case .htmlBlock:
                matched = tree[container].htmlType <= 5 || !line.blank
            case .paragraph, .table:
                matched = !line.blank
            case .document, .list:
                break
            }
            if !matched {
                container = tree[container].parent
                allMatched = false
                break
            }
        }
        let lastMatched = container
        var maybeLazy = tree[current].kind == .paragraph
        // 2. Open new blocks.
        while tree[container].kind != .codeBlock, tree[container].kind != .htmlBlock {
            line.findFirstNonspace()
            let indented = line.indent >= 4
            let first = line.byte(line.firstNonspace)
            // A block quote needs one more level, a list item two (its list and itself).
            let depth = tree[container].depth
            let roomForQuote = depth + 1 <= limits.maxBlockNesting
            let roomForItem = depth + 2 <= limits.maxBlockNesting
            let kind = tree[container].kind
            if !indented, first == 0x3E, roomForQuote {
                line.advance(line.firstNonspace + 1 - line.offset, columns: false)
                if ByteClass.isSpaceOrTab(line.current) { line.advance(1, columns: true) }
                container = addChild(.blockQuote, to: container)
            } else if !indented, first == 0x23, let heading = BlockStart.atxHeading(text, line.firstNonspace, line.end) {
                container = addChild(.heading, to: container)
                tree[container].level = heading.level
                tree[container].content = Array(BlockStart.atxContent(text, heading.content, line.end))
                line.advanceToEnd()
            } else if !indented, let fence = BlockStart.openingFence(text, line.firstNonspace, line.end) {
                container = addChild(.codeBlock, to: container)
                tree[container].fenced = true
                tree[container].fenceCharacter = fence.character
                tree[container].fenceLength = fence.length
                tree[container].fenceOffset = line.indent
                tree[container].info = Array(trimmed(text[(line.firstNonspace + fence.length)..<line.end]))
                line.advanceToEnd()
            } else if !indented, first == 0x3C,
                let html = HTMLBlockStart.kind(text, line.firstNonspace, line.end, allowKind7: kind != .paragraph)
            {
                container = addChild(.htmlBlock, to: container)
                tree[container].htmlType = html
            } else if !indented, kind == .paragraph, let level = BlockStart.setextLevel(text, line.firstNonspace, line.end),
                resolveReferenceDefinitions(in: container)
            {
                tree[container].kind = .heading
                tree[container].level = level
                tree[container].setext = true
                line.advanceToEnd()
            } else if !indented, kind == .paragraph, let table = openTable(from: container, line: line) {
                container = table
                line.advanceToEnd()
            } else if !indented, !(kind == .paragraph && !allMatched), BlockStart.isThematicBreak(text, line.firstNonspace, line.end) {
                container = addChild(.thematicBreak, to: container)
                line.advanceToEnd()
            } else if !indented, roomForItem || (kind == .list && roomForQuote),
                let marker = BlockStart.listMarker(text, line.firstNonspace, line.end, interruptsParagraph: kind == .paragraph)
            {
                container = openListItem(marker, in: container, line: &line)
            } else if indented, !maybeLazy, !line.blank {
                line.advance(4, columns: true)
                container = addChild(.codeBlock, to: container)
            } else {
                break
            }
            if tree[container].kind.acceptsLines { break }
            maybeLazy = false
        }
        // 3. Add the rest of the line to the right block.
        line.findFirstNonspace()
        addText(line, container: container, lastMatched: lastMatched)
    }

    private mutating func openListItem(_ marker: BlockStart.ListMarker, in parent: Int, line: inout LineCursor) -> Int {
        line.advance(line.firstNonspace + marker.length - line.offset, columns: false)
        let saved = line
        while line.column - saved.column <= 5, ByteClass.isSpaceOrTab(line.current) { line.advance(1, columns: true) }
        let spaces = line.column - saved.column
        var padding = marker.length + spaces
        if spaces >= 5 || spaces < 1 || line.current == ByteClass.newline {
            padding = marker.length + 1
            line = saved
            if spaces > 0 { line.advance(1, columns: true) }
        }
        var container = parent
        if tree[parent].kind != .list || tree[parent].ordered != marker.ordered || tree[parent].bulletOrDelimiter != marker.character {
            container = addChild(.list, to: container)
            tree[container].ordered = marker.ordered
            tree[container].bulletOrDelimiter = marker.character
            tree[container].start = marker.start
        }
        container = addChild(.item, to: container)
        tree[container].markerOffset = saved.indent
        tree[container].padding = padding
        return container
    }

    private mutating func addText(_ line: LineCursor, container start: Int, lastMatched: Int) {
        var container = start
        var line = line
        let kind = tree[container].kind
        if line.blank, let last = tree[container].children.last { tree[last].lastLineBlank = true }
        let blankCounts =
            line.blank
            && !(kind == .blockQuote || kind == .heading || kind == .thematicBreak || kind == .table
                || (kind == .codeBlock && tree[container].fenced)
                || (kind == .item && tree[container].children.isEmpty && tree[container].startLine == lineNumber))
        tree[container].lastLineBlank = blankCounts
        var ancestor = tree[container].parent
        while ancestor >= 0 { tree[ancestor].lastLineBlank = false; ancestor = tree[ancestor].parent }

        if current != lastMatched, container == lastMatched, !line.blank, tree[current].kind == .paragraph {
            line.appendRest(to: &tree[current].content)
            return
        }
        while current != lastMatched, current >= 0 { current = finalize(current) }
        switch tree[container].kind {
        case .codeBlock:
            if !(tree[container].fenced && tree[container].startLine == lineNumber) { line.appendRest(to: &tree[container].content) }
        case .htmlBlock:
            line.appendRest(to: &tree[container].content)
            if HTMLBlockStart.ends(kind: tree[container].htmlType, text, line.firstNonspace, line.end) { container = finalize(container) }
        case _ where line.blank:
            break
        case .paragraph:
            line.appendRest(to: &tree[container].content)
        case .table:
            tree[container].rows.append(TableRow.cells(text[line.firstNonspace..<line.end]))
        case .heading:
            break
        default:
            container = addChild(.paragraph, to: container)
            line.advance(line.firstNonspace - line.offset, columns: false)
            line.appendRest(to: &tree[container].content)
        }
        current = container
    }

    /// Adds a block of `kind` under `parent`, closing blocks that cannot hold it.
    mutating func addChild(_ kind: BlockKind, to parent: Int) -> Int {
        var parent = parent
        while !tree[parent].kind.canContain(kind) { parent = finalize(parent) }
        let block = Block(kind: kind, parent: parent, depth: tree[parent].depth + 1)
        block.startLine = lineNumber
        tree.blocks.append(block)
        let index = tree.blocks.count - 1
        tree[parent].children.append(index)
        return index
    }

    func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var low = bytes.startIndex
        var high = bytes.endIndex
        while low < high, ByteClass.isWhitespace(bytes[low]) { low += 1 }
        while high > low, ByteClass.isWhitespace(bytes[high - 1]) { high -= 1 }
        return bytes[low..<high]
    }
}
