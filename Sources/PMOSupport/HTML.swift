/// HTML escaping: every piece of catalog text goes through here before it reaches a page.
public enum HTML {
    /// `text` escaped for element content and double-quoted attribute values (`& < > " '`).
    public static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        out.append(contentsOf: utf8[..<first])
        for byte in text.utf8[first...] {
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes the character references a browser would decode in an attribute value
    /// (named ones that matter for URL schemes, decimal and hexadecimal), so that a scheme
    /// check sees what the browser sees: `java&#x09;script:` is `javascript:`.
    public static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(0x26) else { return text }
        let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":",
                                       "tab": "\t", "newline": "\n", "sol": "/", "nbsp": "\u{A0}", "lpar": "(", "rpar": ")"]
        var out = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            guard scalar == "&" else { out.unicodeScalars.append(scalar); continue }
            var name = ""
            var rest = scalars
            while let next = rest.first, next != ";", name.unicodeScalars.count < 32,
                  next.properties.isAlphabetic || ("0"..."9").contains(next) || next == "#" {
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
