/// Parses the inline content of one block in a single left-to-right pass. Emphasis and links are
/// resolved with cmark's delimiter and bracket stacks (with its "openers bottom" bound), so no
/// input makes the parser backtrack more than a bounded amount.
struct InlineParser {
    let text: [UInt8]
    let end: Int
    let references: ReferenceMap
    let limits: MarkdownLimits
    var position = 0
    var tree = InlineTree()
    /// The text node that the next plain text may extend, or -1.
    var mergeable = -1
    var delimiters: [Delimiter] = []
    var lastDelimiter = -1
    var brackets: [Bracket] = []
    /// Link openers below this index are inactive (a link may not contain a link).
    var inactiveBelow = 0
    var html = InlineHTMLScanner()
    /// Code spans: where the last backtick run of each length starts, once a scan reached the end.
    var lastBacktickRun: [Int: Int] = [:]
    var backticksScannedToEnd = false

    init(_ content: [UInt8], references: ReferenceMap, limits: MarkdownLimits) {
        text = content
        var high = text.count
        while high > 0, ByteClass.isWhitespace(text[high - 1]) { high -= 1 }
        end = high
        while position < end, ByteClass.isSpaceOrTab(text[position]) { position += 1 }
        self.references = references
        self.limits = limits
    }

    /// Parses everything and returns the inline tree.
    mutating func parse() -> InlineTree {
        tree.store.reserveCapacity(end)
        tree.nodes.reserveCapacity(16)
        while position < end {
            let byte = text[position]
            switch byte {
            case ByteClass.newline: parseNewline()
            case 0x5C: parseBackslash()
            case 0x60: parseCodeSpan()
            case 0x2A, 0x5F, 0x7E: parseDelimiterRun()
            case 0x5B: pushBracket(image: false)
            case 0x21 where position + 1 < end && text[position + 1] == 0x5B: pushBracket(image: true)
            case 0x5D: closeBracket()
            case 0x3C: parseAngle()
            case 0x26: parseReference()
            default: parseText()
            }
        }
        processEmphasis(bottom: -1)
        return tree
    }

    private static let special: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "\n\\`*_~[]!<&".utf8 { table[Int(byte)] = true }
        return table
    }()

    private mutating func parseText() {
        let start = position
        let special = Self.special
        position = text.withUnsafeBufferPointer { buffer in
            var index = start + 1
            while index < end, !special[Int(buffer[index])] { index += 1 }
            return index
        }
        appendText(text[start..<position])
    }

    /// Appends plain text, extending the previous text node when possible.
    mutating func appendText(_ bytes: ArraySlice<UInt8>) {
        if mergeable >= 0, tree.nodes[mergeable].end == tree.store.count {
            tree.store.append(contentsOf: bytes)
            tree.nodes[mergeable].end = tree.store.count
            return
        }
        let node = tree.make(.text, bytes)
        tree.append(node, to: 0)
        mergeable = node
    }

    /// Appends a node that later text must not merge into.
    mutating func appendNode(_ node: Int) {
        tree.append(node, to: 0)
        mergeable = -1
    }

    private mutating func parseNewline() {
        position += 1
        var spaces = 0
        let last = tree.nodes[0].last
        if last >= 0, tree.nodes[last].kind == .text {
            while tree.nodes[last].end > tree.nodes[last].start, tree.store[tree.nodes[last].end - 1] == ByteClass.space {
                tree.nodes[last].end -= 1
                spaces += 1
            }
        }
        appendNode(tree.make(spaces >= 2 ? .hardBreak : .softBreak))
        skipLeadingSpaces()
    }

    private mutating func skipLeadingSpaces() {
        while position < end, ByteClass.isSpaceOrTab(text[position]) { position += 1 }
    }

    private mutating func parseBackslash() {
        let next = position + 1
        if next < end, text[next] == ByteClass.newline {
            position += 2
            appendNode(tree.make(.hardBreak))
            skipLeadingSpaces()
        } else if next < end, ByteClass.isPunctuation(text[next]) {
            appendText(text[next...next])
            position += 2
        } else {
            appendText(text[position...position])
            position += 1
        }
    }

    private mutating func parseReference() {
        if let reference = CharacterReference.decode(text[0..<end], at: position) {
            appendText(reference.bytes[...])
            position = reference.next
        } else {
            appendText(text[position...position])
            position += 1
        }
    }

    private mutating func parseCodeSpan() {
        let start = position
        while position < end, text[position] == 0x60 { position += 1 }
        let length = position - start
        guard let closer = findBacktickRun(length: length, from: position) else {
            appendText(text[start..<position])
            return
        }
        var content = Array(text[position..<closer]).map { $0 == ByteClass.newline ? ByteClass.space : $0 }
        if content.count >= 2, content.first == ByteClass.space, content.last == ByteClass.space,
            content.contains(where: { $0 != ByteClass.space })
        {
            content = Array(content[1..<(content.count - 1)])
        }
        appendNode(tree.make(.code, content[...]))
        position = closer + length
    }

    /// The start of the next run of exactly `length` backticks at or after `from`.
    private mutating func findBacktickRun(length: Int, from: Int) -> Int? {
        if backticksScannedToEnd, (lastBacktickRun[length] ?? -1) < from { return nil }
        var index = from
        while index < end {
            guard text[index] == 0x60 else { index += 1; continue }
            let runStart = index
            while index < end, text[index] == 0x60 { index += 1 }
            let runLength = index - runStart
            lastBacktickRun[runLength] = max(lastBacktickRun[runLength] ?? -1, runStart)
            if runLength == length { return runStart }
        }
        backticksScannedToEnd = true
        return nil
    }

    private mutating func parseAngle() {
        if let autolink = InlineHTMLScanner.autolink(text, position, end) {
            let content = text[(position + 1)..<(autolink.end - 1)]
            let url: [UInt8] = autolink.email ? Array("mailto:".utf8) + content : Array(content)
            let link = tree.make(.link, url[...])
            appendNode(link)
            let label = tree.make(.text, content)
            tree.append(label, to: link)
            position = autolink.end
        } else if let htmlEnd = html.rawHTMLEnd(text, position, end) {
            appendNode(tree.make(.html, text[position..<htmlEnd]))
            position = htmlEnd
        } else {
            appendText(text[position...position])
            position += 1
        }
    }
}
