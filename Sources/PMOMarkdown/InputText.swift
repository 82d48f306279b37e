/// Prepares input bytes for parsing: invalid UTF-8 becomes U+FFFD, NUL becomes U+FFFD (as CommonMark
/// requires), CR and CR LF line endings become LF, a leading byte-order mark is dropped.
enum InputText {
    /// The normalised bytes of `bytes`.
    static func normalize(_ bytes: [UInt8], knownValid: Bool = false) -> [UInt8] {
        var source = bytes
        if !knownValid, String(validating: source, as: UTF8.self) == nil { source = Array(String(decoding: source, as: UTF8.self).utf8) }
        if source.count >= 3, source[0] == 0xEF, source[1] == 0xBB, source[2] == 0xBF { source.removeFirst(3) }
        guard source.contains(where: { $0 == 0 || $0 == 0x0D }) else { return source }
        var out: [UInt8] = []
        out.reserveCapacity(source.count + 16)
        var index = 0
        while index < source.count {
            let byte = source[index]
            if byte == 0 {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            } else if byte == 0x0D {
                out.append(0x0A)
                if index + 1 < source.count, source[index + 1] == 0x0A { index += 1 }
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }
}
