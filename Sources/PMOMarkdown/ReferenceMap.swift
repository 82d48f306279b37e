/// Where a link goes: its URL and optional title, with escapes and references already resolved.
struct LinkTarget {
    var url: [UInt8]
    var title: [UInt8]?
}

/// Link reference definitions (`[label]: url "title"`) by normalised label; the first one wins.
struct ReferenceMap {
    private var targets: [String: LinkTarget] = [:]

    var isEmpty: Bool { targets.isEmpty }

    /// The target for a label's raw bytes (without brackets).
    func target(for label: ArraySlice<UInt8>) -> LinkTarget? {
        targets.isEmpty ? nil : targets[Self.normalize(label)]
    }

    /// Case-folds and collapses whitespace, as CommonMark matches labels.
    static func normalize(_ label: ArraySlice<UInt8>) -> String {
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(label.count)
        var pendingSpace = false
        for byte in label {
            if ByteClass.isWhitespace(byte) {
                pendingSpace = !collapsed.isEmpty
            } else {
                if pendingSpace { collapsed.append(ByteClass.space) }
                pendingSpace = false
                collapsed.append(byte)
            }
        }
        return String(decoding: collapsed, as: UTF8.self).lowercased().uppercased().lowercased()
    }

    /// Parses one definition at `start` in a paragraph's content and records it; returns where
    /// the next line starts, or nil when there is no definition there.
    mutating func parseDefinition(_ text: [UInt8], from start: Int, limits: MarkdownLimits) -> Int? {
        let end = text.count
        guard let labelEnd = LinkSyntax.labelEnd(text, start, end), labelEnd < end, text[labelEnd] == 0x3A else { return nil }
        var index = LinkSyntax.skipSpacesAndNewline(text, labelEnd + 1, end)
        guard let destination = LinkSyntax.destination(text, index, end, maxParentheses: limits.maxLinkDestinationParentheses) else {
            return nil
        }
        if destination.raw.isEmpty, text[index] != 0x3C { return nil }
        index = destination.next
        var title: Range<Int>?
        var lineEnd: Int?
        let afterSpace = LinkSyntax.skipSpacesAndNewline(text, index, end)
        if afterSpace > index, let found = LinkSyntax.title(text, afterSpace, end), let close = Self.endOfLine(text, found.next) {
            title = found.raw
            lineEnd = close
        }
        if lineEnd == nil {
            guard let close = Self.endOfLine(text, index) else { return nil }
            lineEnd = close
        }
        let key = Self.normalize(text[(start + 1)..<(labelEnd - 1)])
        if targets[key] == nil {
            targets[key] = LinkTarget(url: LinkSyntax.unescaped(text[destination.raw]), title: title.map { LinkSyntax.unescaped(text[$0]) })
        }
        return lineEnd
    }

    /// The start of the next line when only spaces follow `start` on its line.
    private static func endOfLine(_ text: [UInt8], _ start: Int) -> Int? {
        var index = start
        while index < text.count, ByteClass.isSpaceOrTab(text[index]) { index += 1 }
        if index == text.count { return index }
        return text[index] == ByteClass.newline ? index + 1 : nil
    }
}
