/// Parses one tag (`<a href="x">`, `</p>`) into its lower-cased name and attributes, as a browser would split them.
struct TagParser {
    struct Tag {
        var name: String
        var isEnd: Bool
        var attributes: [(String, String)]
    }

    let bytes: ArraySlice<UInt8>
    var i: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.i = bytes.startIndex + 1
    }

    mutating func parse() -> Tag? {
        let end = bytes.endIndex - 1  // the closing '>'
        var isEnd = false
        if bytes[i] == UInt8(ascii: "/") { isEnd = true; i += 1 }
        let name = read { !Self.isSpace($0) && $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: ">") }.lowercased()
        guard !name.isEmpty else { return nil }
        var attributes: [(String, String)] = []
        var seen: Set<String> = []
        while i < end {
            while i < end && (Self.isSpace(bytes[i]) || bytes[i] == UInt8(ascii: "/")) { i += 1 }
            guard i < end else { break }
            let attribute = read { !Self.isSpace($0) && $0 != UInt8(ascii: "=") && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "/") }
                .lowercased()
            if attribute.isEmpty { i += 1; continue }
            while i < end && Self.isSpace(bytes[i]) { i += 1 }
            var value = ""
            if i < end && bytes[i] == UInt8(ascii: "=") {
                i += 1
                while i < end && Self.isSpace(bytes[i]) { i += 1 }
                if i < end && (bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'")) {
                    let quote = bytes[i]
                    i += 1
                    value = read { $0 != quote }
                    i += 1
                } else {
                    value = read { !Self.isSpace($0) && $0 != UInt8(ascii: ">") }
                }
            }
            // As in browsers, the first of two attributes with the same name wins.
            if seen.insert(attribute).inserted { attributes.append((attribute, value)) }
        }
        return Tag(name: name, isEnd: isEnd, attributes: attributes)
    }

    private mutating func read(while predicate: (UInt8) -> Bool) -> String {
        let start = i
        let end = bytes.endIndex - 1
        while i < end && predicate(bytes[i]) { i += 1 }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
