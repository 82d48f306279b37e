/// Recognisers for the lines that open a block: ATX headings, code fences, thematic breaks,
/// setext underlines and list markers. Each looks at `text[start..<end]` (one line) only.
enum BlockStart {
    /// An ATX heading's level and where its content starts.
    static func atxHeading(_ text: [UInt8], _ start: Int, _ end: Int) -> (level: Int, content: Int)? {
        var index = start
        while index < end, text[index] == 0x23, index - start < 7 { index += 1 }
        let level = index - start
        guard level >= 1, level <= 6 else { return nil }
        guard index == end || ByteClass.isSpaceOrTab(text[index]) else { return nil }
        return (level, index)
    }

    /// The content of an ATX heading line from `start`: trimmed, without a closing `#` sequence.
    static func atxContent(_ text: [UInt8], _ start: Int, _ end: Int) -> ArraySlice<UInt8> {
        var low = start
        var high = end
        while low < high, ByteClass.isSpaceOrTab(text[low]) { low += 1 }
        while high > low, ByteClass.isSpaceOrTab(text[high - 1]) { high -= 1 }
        var hashes = high
        while hashes > low, text[hashes - 1] == 0x23 { hashes -= 1 }
        if hashes == low {
            high = low
        } else if hashes < high, ByteClass.isSpaceOrTab(text[hashes - 1]) {
            high = hashes
            while high > low, ByteClass.isSpaceOrTab(text[high - 1]) { high -= 1 }
        }
        return text[low..<high]
    }

    /// An opening code fence: its character and length.
    static func openingFence(_ text: [UInt8], _ start: Int, _ end: Int) -> (character: UInt8, length: Int)? {
        guard start < end, text[start] == 0x60 || text[start] == 0x7E else { return nil }
        let character = text[start]
        var index = start
        while index < end, text[index] == character { index += 1 }
        guard index - start >= 3 else { return nil }
        if character == 0x60, text[index..<end].contains(0x60) { return nil }
        return (character, index - start)
    }

    /// The length of a closing fence of `character` (followed only by spaces), or 0.
    static func closingFenceLength(_ text: [UInt8], _ start: Int, _ end: Int, character: UInt8) -> Int {
        var index = start
        while index < end, text[index] == character { index += 1 }
        let length = index - start
        guard length >= 3 else { return 0 }
        while index < end, ByteClass.isSpaceOrTab(text[index]) { index += 1 }
        return index == end ? length : 0
    }

    /// Whether the line from `start` is a thematic break (`***`, `- - -`, `___`).
    static func isThematicBreak(_ text: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard start < end, text[start] == 0x2A || text[start] == 0x2D || text[start] == 0x5F else { return false }
        let character = text[start]
        var count = 0
        for index in start..<end {
            if text[index] == character { count += 1 } else if !ByteClass.isSpaceOrTab(text[index]) { return false }
        }
        return count >= 3
    }

    /// The heading level of a setext underline (`===` → 1, `---` → 2).
    static func setextLevel(_ text: [UInt8], _ start: Int, _ end: Int) -> Int? {
        guard start < end, text[start] == 0x3D || text[start] == 0x2D else { return nil }
        let character = text[start]
        var index = start
        while index < end, text[index] == character { index += 1 }
        while index < end, ByteClass.isSpaceOrTab(text[index]) { index += 1 }
        guard index == end else { return nil }
        return character == 0x3D ? 1 : 2
    }

    /// A list marker: ordered or not, the bullet or delimiter character, the start number, its length.
    struct ListMarker {
        var ordered: Bool
        var character: UInt8
        var start: Int
        var length: Int
    }

    /// The list marker at `start`; when it would interrupt a paragraph it must be followed by text
    /// and an ordered list must start at 1.
    static func listMarker(_ text: [UInt8], _ start: Int, _ end: Int, interruptsParagraph: Bool) -> ListMarker? {
        guard start < end else { return nil }
        var marker: ListMarker
        var index = start
        let first = text[start]
        if first == 0x2A || first == 0x2B || first == 0x2D {
            index += 1
            marker = ListMarker(ordered: false, character: first, start: 1, length: 1)
        } else if ByteClass.isDigit(first) {
            var number = 0
            while index < end, ByteClass.isDigit(text[index]), index - start < 9 {
                number = number * 10 + Int(text[index] - 0x30)
                index += 1
            }
            guard index < end, text[index] == 0x2E || text[index] == 0x29 else { return nil }
            if interruptsParagraph, number != 1 { return nil }
            marker = ListMarker(ordered: true, character: text[index], start: number, length: index - start + 1)
            index += 1
        } else {
            return nil
        }
        guard index == end || ByteClass.isSpaceOrTab(text[index]) else { return nil }
        if interruptsParagraph {
            var rest = index
            while rest < end, ByteClass.isSpaceOrTab(text[rest]) { rest += 1 }
            if rest == end { return nil }
        }
        return marker
    }
}
