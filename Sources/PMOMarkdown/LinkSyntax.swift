/// The pieces links are made of — labels, destinations, titles — shared by inline links and
/// link reference definitions. Every scanner stops at the end of its construct, so a failed
/// attempt costs at most the bytes it looked at.
enum LinkSyntax {
    /// The end (after `]`) of a link label starting at `start` (a `[`): at most 999 bytes, no
    /// unescaped brackets, not blank.
    static func labelEnd(_ text: [UInt8], _ start: Int, _ end: Int) -> Int? {
        guard start < end, text[start] == 0x5B else { return nil }
        var index = start + 1
        var blank = true
        while index < end, index - start - 1 <= MarkdownLimits.maxLinkLabelLength {  // bytes inside the brackets so far
            switch text[index] {
            case 0x5D: return blank ? nil : index + 1
            case 0x5B: return nil
            case 0x5C:
                blank = false
                if index + 1 < end, ByteClass.isPunctuation(text[index + 1]) { index += 1 }
            case let byte where ByteClass.isWhitespace(byte): break
            default: blank = false
            }
            index += 1
        }
        return nil
    }

    /// A link destination at `start`: the raw bytes (escapes not yet resolved) and where it ends.
    static func destination(_ text: [UInt8], _ start: Int, _ end: Int, maxParentheses: Int) -> (raw: Range<Int>, next: Int)? {
        guard start < end else { return nil }
        if text[start] == 0x3C {
            var index = start + 1
            while index < end {
                switch text[index] {
                case 0x3E: return (start + 1..<index, index + 1)
                case 0x3C, ByteClass.newline: return nil
                case 0x5C where index + 1 < end && ByteClass.isPunctuation(text[index + 1]): index += 2; continue
                default: index += 1
                }
            }
            return nil
        }
        var depth = 0
        var index = start
        loop: while index < end {
            let byte = text[index]
            switch byte {
            case 0x5C where index + 1 < end && ByteClass.isPunctuation(text[index + 1]): index += 2; continue
            case 0x28:
                depth += 1
                if depth > maxParentheses { return nil }
            case 0x29:
                if depth == 0 { break loop }
                depth -= 1
            case _ where byte <= 0x20 || byte == 0x7F: break loop
            default: break
            }
            index += 1
        }
        guard index > start, depth == 0 else { return nil }
        return (start..<index, index)
    }

    /// A link title at `start` (`"…"`, `'…'` or `(…)`): its raw content and where it ends.
    static func title(_ text: [UInt8], _ start: Int, _ end: Int) -> (raw: Range<Int>, next: Int)? {
        guard start < end else { return nil }
        let open = text[start]
        let close: UInt8
        switch open {
        case 0x22, 0x27: close = open
        case 0x28: close = 0x29
        default: return nil
        }
        var index = start + 1
        while index < end {
            let byte = text[index]
            if byte == 0x5C, index + 1 < end, ByteClass.isPunctuation(text[index + 1]) { index += 2; continue }
            if byte == close { return (start + 1..<index, index + 1) }
            if open == 0x28, byte == 0x28 { return nil }
            // A blank line ends the paragraph, so a title never spans one.
            if byte == ByteClass.newline, index + 1 < end, isBlankLine(text, index + 1, end) { return nil }
            index += 1
        }
        return nil
    }

    /// Skips spaces and tabs and at most one line ending.
    static func skipSpacesAndNewline(_ text: [UInt8], _ start: Int, _ end: Int) -> Int {
        var index = start
        var sawNewline = false
        while index < end {
            if ByteClass.isSpaceOrTab(text[index]) {
                index += 1
            } else if text[index] == ByteClass.newline, !sawNewline {
                sawNewline = true
                index += 1
            } else {
                break
            }
        }
        return index
    }

    private static func isBlankLine(_ text: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end, ByteClass.isSpaceOrTab(text[index]) { index += 1 }
        return index == end || text[index] == ByteClass.newline
    }

    /// `raw` with backslash escapes and character references resolved.
    static func unescaped(_ raw: ArraySlice<UInt8>) -> [UInt8] {
        guard raw.contains(where: { $0 == 0x5C || $0 == 0x26 }) else { return Array(raw) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            if byte == 0x5C, index + 1 < raw.endIndex, ByteClass.isPunctuation(raw[index + 1]) {
                out.append(raw[index + 1])
                index += 2
            } else if byte == 0x26, let entity = CharacterReference.decode(raw, at: index) {
                out.append(contentsOf: entity.bytes)
                index = entity.next
            } else {
                out.append(byte)
                index += 1
            }
        }
        return out
    }
}
