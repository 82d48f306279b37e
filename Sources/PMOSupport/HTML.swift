/// HTML escaping, done here once: the published site, the Markdown renderer and anything else that
/// writes HTML go through these functions before text reaches a page.
package enum HTML {
    /// `text` escaped for element content and double-quoted attribute values (`& < > " '`).
    package static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        appendEscaped(Array(utf8)[...], to: &out, apostrophe: true)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends UTF-8 `text` with `&`, `<`, `>` and `"` escaped, and `'` too when `apostrophe` is set
    /// (CommonMark output leaves `'` as it is; catalog text in attributes escapes it).
    package static func appendEscaped(_ text: ArraySlice<UInt8>, to out: inout [UInt8], apostrophe: Bool = false) {
        text.withUnsafeBufferPointer { buffer in
            var runStart = 0
            for index in 0..<buffer.count {
                let byte = buffer[index]
                guard byte <= 0x3E, byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || (apostrophe && byte == 0x27) else {
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                switch byte {
                case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
                case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
                case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
                case 0x22: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
                default: out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
                }
                runStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count]))
        }
    }

    /// Decodes the character references a browser would decode in an attribute value
    /// (named ones that matter for URL schemes, decimal and hexadecimal), so that a scheme
    /// check sees what the browser sees: `java&#x09;script:` is `javascript:`.
    package static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(0x26) else { return text }
        let named: [String: String] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":",
            "tab": "\t", "newline": "\n", "sol": "/", "nbsp": "\u{A0}", "lpar": "(", "rpar": ")",
        ]
        var out = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            guard scalar == "&" else { out.unicodeScalars.append(scalar); continue }
            var name = ""
            var rest = scalars
            while let next = rest.first, next != ";", name.unicodeScalars.count < 32,
                next.properties.isAlphabetic || ("0"..."9").contains(next) || next == "#"
            {
                name.unicodeScalars.append(next)
                rest = rest.dropFirst()
            }
            let terminated = rest.first == ";"
            if terminated { rest = rest.dropFirst() }
            var decoded: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                decoded = named[name.lowercased()]
            }
            if let decoded {
                out += decoded
                scalars = rest
            } else {
                out += "&"
            }
        }
        return out
    }
}
