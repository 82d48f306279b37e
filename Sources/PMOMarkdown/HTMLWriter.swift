import PMOSupport

/// Writes the block tree as HTML in the layout of the CommonMark reference renderer, parsing each
/// leaf's inlines as it goes. Inline trees are walked without recursion, so deep emphasis is safe.
struct HTMLWriter {
    let tree: BlockTree
    let references: ReferenceMap
    let limits: MarkdownLimits
    var out: [UInt8] = []

    init(tree: BlockTree, references: ReferenceMap, limits: MarkdownLimits) {
        self.tree = tree
        self.references = references
        self.limits = limits
    }

    mutating func writeChildren(of index: Int, tight: Bool) {
        for child in tree[index].children { writeBlock(child, tight: tight) }
    }

    private mutating func write(_ literal: String) { out.append(contentsOf: literal.utf8) }

    /// Starts a new line unless the output is at one.
    private mutating func newline() {
        if let last = out.last, last != ByteClass.newline { out.append(ByteClass.newline) }
    }

    /// Writes one block; `task` is the task-list marker that starts it, when it is an item's first paragraph.
    private mutating func writeBlock(_ index: Int, tight: Bool, task: TaskListMarker? = nil) {
        let block = tree[index]
        switch block.kind {
        case .document:
            writeChildren(of: index, tight: false)
        case .blockQuote:
            newline(); write("<blockquote>\n")
            writeChildren(of: index, tight: false)
            newline(); write("</blockquote>\n")
        case .list:
            newline()
            if !block.ordered {
                write("<ul>\n")
            } else if block.start == 1 {
                write("<ol>\n")
            } else {
                write("<ol start=\"\(block.start)\">\n")
            }
            writeChildren(of: index, tight: block.tight)
            newline(); write(block.ordered ? "</ol>\n" : "</ul>\n")
        case .item:
            newline(); write("<li>")
            let task = block.children.first.flatMap { TaskListMarker(tree[$0]) }
            for (number, child) in block.children.enumerated() {
                writeBlock(child, tight: tight, task: number == 0 ? task : nil)
            }
            write("</li>\n")
        case .paragraph:
            if !tight { newline(); write("<p>") }
            var content = block.content[...]
            if let task {
                // GFM task list item: the `[ ]`/`[x]` marker becomes a checkbox a reader cannot change.
                write(task.checked ? "<input checked=\"\" disabled=\"\" type=\"checkbox\"> " : "<input disabled=\"\" type=\"checkbox\"> ")
                content = content.dropFirst(TaskListMarker.length).drop(while: ByteClass.isSpaceOrTab)
            }
            writeInlines(Array(content))
            if !tight { write("</p>\n") }
        case .heading:
            let digit = 0x30 + UInt8(clamping: block.level)
            newline(); out.append(contentsOf: [0x3C, 0x68, digit, 0x3E])
            writeInlines(block.content)
            out.append(contentsOf: [0x3C, 0x2F, 0x68, digit, 0x3E, ByteClass.newline])
        case .thematicBreak:
            newline(); write("<hr />\n")
        case .codeBlock:
            newline(); write("<pre><code")
            let info = LinkSyntax.unescaped(block.info[...])
            if let language = info.split(whereSeparator: ByteClass.isWhitespace).first {
                write(" class=\"language-")
                HTML.appendEscaped(language, to: &out)
                write("\"")
            }
            write(">")
            HTML.appendEscaped(block.content[...], to: &out)
            write("</code></pre>\n")
        case .htmlBlock:
            newline()
            out.append(contentsOf: block.content)
            newline()
        case .table:
            writeTable(block)
        }
    }

    private mutating func writeTable(_ block: Block) {
        newline(); write("<table>\n<thead>\n")
        for (number, row) in block.rows.enumerated() {
            if number == 1 { write("<tbody>\n") }
            write("<tr>\n")
            let cellTag = number == 0 ? "th" : "td"
            for (column, alignment) in block.alignments.enumerated() {
                switch alignment {
                case .none: write("<\(cellTag)>")
                case .left: write("<\(cellTag) align=\"left\">")
                case .center: write("<\(cellTag) align=\"center\">")
                case .right: write("<\(cellTag) align=\"right\">")
                }
                if column < row.count { writeInlines(row[column]) }
                write("</\(cellTag)>\n")
            }
            write("</tr>\n")
            if number == 0 { write("</thead>\n") }
        }
        if block.rows.count > 1 { write("</tbody>\n") }
        write("</table>\n")
    }

    private mutating func writeInlines(_ content: [UInt8]) {
        var parser = InlineParser(content, references: references, limits: limits)
        let inlines = parser.parse()
        InlineHTML.write(inlines, to: &out)
    }
}
