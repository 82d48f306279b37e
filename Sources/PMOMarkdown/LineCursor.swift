/// One input line as the block parser consumes it: a byte offset plus a column, with CommonMark's
/// tab stops of 4 (a tab may be consumed partly, e.g. by a list item's indentation).
struct LineCursor {
    let text: [UInt8]
    let end: Int
    var offset: Int
    var column = 0
    var partiallyConsumedTab = false
    var firstNonspace: Int
    var firstNonspaceColumn = 0
    var indent = 0
    var blank = false

    init(text: [UInt8], start: Int, end: Int) {
        self.text = text
        self.end = end
        self.offset = start
        self.firstNonspace = start
    }

    /// The byte at `index`, or LF past the end of the line.
    func byte(_ index: Int) -> UInt8 { index < end ? text[index] : ByteClass.newline }

    var current: UInt8 { byte(offset) }

    /// Finds the first byte that is not a space or tab and the indentation before it.
    mutating func findFirstNonspace() {
        var charsToTab = 4 - column % 4
        if firstNonspace <= offset {
            firstNonspace = offset
            firstNonspaceColumn = column
            while firstNonspace < end {
                let byte = text[firstNonspace]
                if byte == ByteClass.space {
                    firstNonspace += 1
                    firstNonspaceColumn += 1
                    charsToTab -= 1
                    if charsToTab == 0 { charsToTab = 4 }
                } else if byte == ByteClass.tab {
                    firstNonspace += 1
                    firstNonspaceColumn += charsToTab
                    charsToTab = 4
                } else {
                    break
                }
            }
        }
        indent = firstNonspaceColumn - column
        blank = firstNonspace >= end
    }

    /// Advances by `count` bytes, or by `count` columns when `columns` (splitting a tab if needed).
    mutating func advance(_ count: Int, columns: Bool) {
        var remaining = count
        while remaining > 0, offset < end {
            if text[offset] == ByteClass.tab {
                let charsToTab = 4 - column % 4
                if columns {
                    partiallyConsumedTab = charsToTab > remaining
                    let step = min(remaining, charsToTab)
                    column += step
                    offset += partiallyConsumedTab ? 0 : 1
                    remaining -= step
                } else {
                    partiallyConsumedTab = false
                    column += charsToTab
                    offset += 1
                    remaining -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                remaining -= 1
            }
        }
    }

    /// Moves to the end of the line.
    mutating func advanceToEnd() {
        partiallyConsumedTab = false
        offset = end
    }

    /// Appends the rest of the line and a LF, writing the unconsumed part of a split tab as spaces.
    func appendRest(to out: inout [UInt8]) {
        var start = offset
        if partiallyConsumedTab, start < end {
            start += 1
            out.append(contentsOf: repeatElement(ByteClass.space, count: 4 - column % 4))
        }
        if start < end { out.append(contentsOf: text[start..<end]) }
        out.append(ByteClass.newline)
    }
}
