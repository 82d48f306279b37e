import PMOSupport

/// The tokenizer and writer behind `HTMLSanitizer`: one pass over the bytes, a stack of open
/// elements so the output is balanced, and a side buffer while inside a heading.
struct SanitizerState {
    let input: [UInt8]
    let sanitizer: HTMLSanitizer
    var position = 0
    var out: [UInt8] = []
    var open: [String] = []
    var headings: [Heading] = []
    var droppedURLs: [String] = []
    /// Start tags of elements removed with their content (`<script>`…) and comment openings (`<!--`) that
    /// are never closed: kept as text.
    var unclosedTags: [String] = []
    /// Element name (`!--` for comments) → a position after which its end does not occur: a page of many
    /// unclosed `<script>` tags is searched once, not once per tag.
    var endTagAbsentAfter: [String: Int] = [:]
    var anchors: HeadingAnchors
    /// While inside a heading: its level, buffered content and plain text.
    var heading: (level: Int, content: [UInt8], text: String)?

    init(input: [UInt8], sanitizer: HTMLSanitizer) {
        self.input = input
        self.sanitizer = sanitizer
        self.anchors = HeadingAnchors(reserved: sanitizer.reservedIDs)
        out.reserveCapacity(input.count + input.count / 8)
    }

    mutating func run() {
        var textStart = position
        while position < input.count {
            if input[position] == UInt8(ascii: "<") {
                let tagStart = position
                if let end = markupEnd(from: position) {
                    emitText(input[textStart..<tagStart])
                    position = end
                    handleMarkup(input[tagStart..<end])  // may move `position` past an element's content
                    textStart = position
                    continue
                }
            }
            position += 1
        }
        emitText(input[textStart..<input.count])
        if heading != nil { closeHeading() }
        while let tag = open.popLast() { emit("</\(tag)>") }
    }

    /// The index just past the markup starting at `start` (`<…>` or a comment), or nil when `<` is plain text.
    /// A comment that is never closed is text too (and reported): hiding "the rest of the page" would lose it.
    mutating func markupEnd(from start: Int) -> Int? {
        let next = start + 1 < input.count ? input[start + 1] : 0
        if next == UInt8(ascii: "!") && starts(with: "<!--", at: start) {
            if let absent = endTagAbsentAfter["!--"], absent <= start {
                unclosedTags.append("<!--")
                return nil
            }
            var i = start + 4
            while i < input.count { if starts(with: "-->", at: i) { return i + 3 }; i += 1 }
            endTagAbsentAfter["!--"] = start
            unclosedTags.append("<!--")
            return nil
        }
        let isTag =
            isLetter(next) || next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
            || (next == UInt8(ascii: "/") && start + 2 < input.count && isLetter(input[start + 2]))
        guard isTag else { return nil }
        var i = start + 1
        var quote: UInt8 = 0
        while i < input.count {
            let byte = input[i]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return i + 1
            }
            i += 1
        }
        return nil
    }

    mutating func handleMarkup(_ markup: ArraySlice<UInt8>) {
        let second = markup[markup.startIndex + 1]
        guard second != UInt8(ascii: "!") && second != UInt8(ascii: "?") else { return }  // comments, doctype, PIs
        var tag = TagParser(bytes: markup)
        guard let parsed = tag.parse() else { return }
        if parsed.isEnd {
            closeElement(parsed.name)
            return
        }
        let allowedAttributes: Set<String>
        let isVoid: Bool
        switch HTMLSanitizer.rules[parsed.name] {
        case nil:
            return
        case .drop:
            if !skipContent(of: parsed.name) {
                // Never closed: removing "everything up to the end tag" would remove the rest of the page
                // (`HTML の <script> タグは使えません。`). The tag is shown as the text it was meant to be.
                unclosedTags.append(String(decoding: markup.prefix(80), as: UTF8.self))
                emitText(markup)
            }
            return
        case .heading(let level):
            if heading != nil { closeHeading() }
            heading = (level, [], "")
            return
        case .keep(let attributes, let void):
            allowedAttributes = attributes
            isVoid = void
        }
        if parsed.name == "input" {
            // A task-list checkbox, never a form control: ticked or not, and always disabled.
            guard parsed.attributes.contains(where: { $0.0 == "type" && $0.1.lowercased() == "checkbox" }) else { return }
            let checked = parsed.attributes.contains { $0.0 == "checked" }
            emit(checked ? "<input type=\"checkbox\" checked disabled>" : "<input type=\"checkbox\" disabled>")
            return
        }
        if parsed.attributes.isEmpty {
            emit("<" + parsed.name + ">")
            if !isVoid { open.append(parsed.name) }
            return
        }
        var text = "<" + parsed.name
        for (name, rawValue) in parsed.attributes where allowedAttributes.contains(name) {
            let value = HTML.decodeEntities(rawValue)
            switch name {
            case "href", "src":
                guard let url = sanitizer.safeURL(value, tag: parsed.name) else {
                    droppedURLs.append(value)
                    continue
                }
                text += " \(name)=\"\(HTML.escape(url))\""
            case "class":
                let classes = value.split(separator: " ").filter {
                    $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
                }
                if !classes.isEmpty { text += " class=\"\(classes.joined(separator: " "))\"" }
            case "align":
                // `align` is obsolete in HTML5: keep the intent as a class the stylesheet knows.
                let lowered = value.lowercased()
                if ["left", "center", "right"].contains(lowered) { text += " class=\"align-\(lowered)\"" }
            case "start", "colspan", "rowspan", "width", "height":
                if let number = Int(value), number >= 0, number < 100_000 { text += " \(name)=\"\(number)\"" }
            default:
                text += " \(name)=\"\(HTML.escape(value))\""
            }
        }
        text += ">"
        emit(text)
        if !isVoid { open.append(parsed.name) }
    }

    mutating func closeElement(_ name: String) {
        switch HTMLSanitizer.rules[name] {
        case .heading:
            if heading != nil { closeHeading() }
            return
        case .keep(_, isVoid: false):
            break
        default:
            return
        }
        guard let index = open.lastIndex(of: name) else { return }
        while open.count > index { emit("</\(open.removeLast())>") }
    }

    mutating func closeHeading() {
        guard let current = heading else { return }
        heading = nil
        let text = SearchText.collapseWhitespace(current.text)
        let id = anchors.id(for: text)
        headings.append(Heading(level: current.level, id: id, text: text))
        let escaped = HTML.escape(id)
        emit("<h\(current.level) id=\"\(escaped)\">")
        out += current.content
        emit("<a class=\"anchor\" href=\"#\(escaped)\" aria-label=\"この見出しへのリンク\">#</a></h\(current.level)>")
    }

    /// Skips to the end tag of a raw-content element (`</script`), case-insensitively; false (and nothing
    /// skipped) when there is none.
    mutating func skipContent(of name: String) -> Bool {
        if let absent = endTagAbsentAfter[name], absent <= position { return false }
        let closing = Array("</\(name)".utf8)
        var i = position
        while i < input.count {
            if input[i] == UInt8(ascii: "<"), i + closing.count <= input.count,
                zip(input[i..<(i + closing.count)], closing).allSatisfy({ lower($0) == $1 })
            {
                var j = i + closing.count
                while j < input.count && input[j] != UInt8(ascii: ">") { j += 1 }
                position = min(j + 1, input.count)
                return true
            }
            i += 1
        }
        endTagAbsentAfter[name] = position
        return false
    }

    /// Writes text, escaping `<`, `>` and any `&` that does not start a character reference.
    mutating func emitText(_ text: ArraySlice<UInt8>) {
        guard !text.isEmpty else { return }
        // Most text between tags has none of the three bytes: copy it whole.
        guard text.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") }) else {
            if heading != nil {
                heading!.content += text
                heading!.text += String(decoding: text, as: UTF8.self)
            } else {
                out += text
            }
            return
        }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(text.count + 16)
        var i = text.startIndex
        while i < text.endIndex {
            let byte = text[i]
            switch byte {
            case UInt8(ascii: "<"): buffer.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): buffer.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"):
                if isReference(text, at: i) { buffer.append(byte) } else { buffer.append(contentsOf: "&amp;".utf8) }
            default: buffer.append(byte)
            }
            i += 1
        }
        if heading != nil {
            heading!.content += buffer
            heading!.text += HTML.decodeEntities(String(decoding: text, as: UTF8.self))
        } else {
            out += buffer
        }
    }

    mutating func emit(_ text: String) {
        if heading != nil { heading!.content.append(contentsOf: text.utf8) } else { out.append(contentsOf: text.utf8) }
    }

    func isReference(_ text: ArraySlice<UInt8>, at index: Int) -> Bool {
        var i = index + 1
        var count = 0
        let numeric = i < text.endIndex && text[i] == UInt8(ascii: "#")
        if numeric { i += 1 }
        while i < text.endIndex, count < 32 {
            let byte = text[i]
            if byte == UInt8(ascii: ";") { return count > 0 }
            guard isLetter(byte) || (byte >= 0x30 && byte <= 0x39) else { return false }
            count += 1
            i += 1
        }
        return false
    }

    func starts(with prefix: String, at index: Int) -> Bool {
        let bytes = Array(prefix.utf8)
        guard index + bytes.count <= input.count else { return false }
        return zip(input[index..<(index + bytes.count)], bytes).allSatisfy { $0 == $1 }
    }

    func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
