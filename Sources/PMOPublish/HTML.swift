/// HTML escaping: every piece of catalog text goes through here before it reaches a page.
public enum HTML {
    /// `text` escaped for element content and double-quoted attribute values (`& < > " '`).
    public static func escape(_ text: String) -> String {
        var needsEscape = false
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
            needsEscape = true
            break
        }
        guard needsEscape else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
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
