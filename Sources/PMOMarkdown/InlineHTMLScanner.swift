/// Recognises raw inline HTML (tags, comments, processing instructions, declarations, CDATA) and
/// autolinks. Scans that look for a closing marker remember where one was not found, so an input
/// with thousands of `<!--` is still scanned once.
struct InlineHTMLScanner {
    private var noCommentEndFrom = Int.max
    private var noProcessingEndFrom = Int.max
    private var noDeclarationEndFrom = Int.max
    private var noCDATAEndFrom = Int.max

    /// The end of the raw HTML starting at `start` (a `<`), or nil.
    mutating func rawHTMLEnd(_ text: [UInt8], _ start: Int, _ end: Int) -> Int? {
        guard start + 1 < end else { return nil }
        switch text[start + 1] {
        case 0x2F:
            return Self.closingTagEnd(text, start, end)
        case 0x3F:
            return search(text, start + 2, end, "?>", failedFrom: &noProcessingEndFrom)
        case 0x21:
            if HTMLBlockStart.hasPrefix(text, start, end, "<!--") {
                if HTMLBlockStart.hasPrefix(text, start + 4, end, ">") { return start + 5 }
                if HTMLBlockStart.hasPrefix(text, start + 4, end, "->") { return start + 6 }
                return search(text, start + 4, end, "-->", failedFrom: &noCommentEndFrom)
            }
            if HTMLBlockStart.hasPrefix(text, start, end, "<![CDATA[") {
                return search(text, start + 9, end, "]]>", failedFrom: &noCDATAEndFrom)
            }
            guard start + 2 < end, ByteClass.isLetter(text[start + 2]) else { return nil }
            return search(text, start + 3, end, ">", failedFrom: &noDeclarationEndFrom)
        default:
            return Self.openTagEnd(text, start, end)
        }
    }

    /// The index after `marker` at or after `from`; remembers a failure for every later start.
    private func search(_ text: [UInt8], _ from: Int, _ end: Int, _ marker: String, failedFrom: inout Int) -> Int? {
        if from >= failedFrom { return nil }
        let pattern = Array(marker.utf8)
        var index = from
        while index + pattern.count <= end {
            if text[index] == pattern[0], text[index..<(index + pattern.count)].elementsEqual(pattern) { return index + pattern.count }
            index += 1
        }
        failedFrom = from
        return nil
    }

    /// The end of an open tag (`<a href="x">`) starting at `start`.
    static func openTagEnd(_ text: [UInt8], _ start: Int, _ end: Int) -> Int? {
        var index = start + 1
        guard index < end, ByteClass.isLetter(text[index]) else { return nil }
        while index < end, ByteClass.isAlphanumeric(text[index]) || text[index] == 0x2D { index += 1 }
        while index < end {
            let spaceStart = index
            while index < end, ByteClass.isWhitespace(text[index]) { index += 1 }
            guard index < end else { return nil }
            if text[index] == 0x3E { return index + 1 }
            if text[index] == 0x2F { return index + 1 < end && text[index + 1] == 0x3E ? index + 2 : nil }
            guard index > spaceStart, isNameStart(text[index]) else { return nil }
            while index < end, isNameStart(text[index]) || ByteClass.isDigit(text[index]) || text[index] == 0x2E || text[index] == 0x2D {
                index += 1
            }
            var valueStart = index
            while valueStart < end, ByteClass.isWhitespace(text[valueStart]) { valueStart += 1 }
            guard valueStart < end, text[valueStart] == 0x3D else { continue }
            valueStart += 1
            while valueStart < end, ByteClass.isWhitespace(text[valueStart]) { valueStart += 1 }
            guard valueStart < end else { return nil }
            let quote = text[valueStart]
            if quote == 0x22 || quote == 0x27 {
                guard let close = text[(valueStart + 1)..<end].firstIndex(of: quote) else { return nil }
                index = close + 1
            } else {
                index = valueStart
                while index < end, !ByteClass.isWhitespace(text[index]), !"\"'=<>`".utf8.contains(text[index]) { index += 1 }
                guard index > valueStart else { return nil }
            }
        }
        return nil
    }

    /// The end of a closing tag (`</a >`) starting at `start`.
    static func closingTagEnd(_ text: [UInt8], _ start: Int, _ end: Int) -> Int? {
        var index = start + 2
        guard index < end, ByteClass.isLetter(text[index]) else { return nil }
        while index < end, ByteClass.isAlphanumeric(text[index]) || text[index] == 0x2D { index += 1 }
        while index < end, ByteClass.isWhitespace(text[index]) { index += 1 }
        return index < end && text[index] == 0x3E ? index + 1 : nil
    }

    private static func isNameStart(_ byte: UInt8) -> Bool { ByteClass.isLetter(byte) || byte == 0x5F || byte == 0x3A }

    /// An autolink (`<https://x>` or `<a@b.c>`) at `start`: where it ends and whether it is an email.
    static func autolink(_ text: [UInt8], _ start: Int, _ end: Int) -> (end: Int, email: Bool)? {
        var index = start + 1
        guard index < end else { return nil }
        if ByteClass.isLetter(text[index]) {
            let schemeStart = index
            while index < end, ByteClass.isAlphanumeric(text[index]) || text[index] == 0x2B || text[index] == 0x2E || text[index] == 0x2D,
                index - schemeStart <= 32
            {
                index += 1
            }
            if index < end, text[index] == 0x3A, index - schemeStart >= 2, index - schemeStart <= 32 {
                index += 1
                while index < end, text[index] > 0x20, text[index] != 0x3C, text[index] != 0x3E { index += 1 }
                if index < end, text[index] == 0x3E { return (index + 1, false) }
                return nil
            }
        }
        return emailAutolink(text, start, end).map { ($0, true) }
    }

    private static func emailAutolink(_ text: [UInt8], _ start: Int, _ end: Int) -> Int? {
        var index = start + 1
        let localStart = index
        while index < end, ByteClass.isAlphanumeric(text[index]) || ".!#$%&'*+/=?^_`{|}~-".utf8.contains(text[index]) { index += 1 }
        guard index > localStart, index < end, text[index] == 0x40 else { return nil }
        index += 1
        while true {
            let labelStart = index
            while index < end, ByteClass.isAlphanumeric(text[index]) || text[index] == 0x2D, index - labelStart < 63 { index += 1 }
            guard index > labelStart, ByteClass.isAlphanumeric(text[labelStart]), ByteClass.isAlphanumeric(text[index - 1]) else {
                return nil
            }
            guard index < end else { return nil }
            if text[index] == 0x3E { return index + 1 }
            guard text[index] == 0x2E else { return nil }
            index += 1
        }
    }
}
