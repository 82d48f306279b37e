/// Byte and scalar classes the CommonMark grammar is written in (ASCII punctuation, spaces,
/// Unicode whitespace and punctuation for delimiter runs).
enum ByteClass {
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A

    /// Whether `byte` is ASCII punctuation (the characters a backslash may escape).
    static func isPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }

    static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }

    static func isHexDigit(_ byte: UInt8) -> Bool { isDigit(byte) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66) }

    /// Whitespace in the sense of the inline grammar: space, tab, line feed, form feed, carriage return.
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == space || byte == tab || byte == newline || byte == 0x0C || byte == 0x0D }

    static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// The scalar that ends just before `index` (nil at `lowerBound`, which counts as a line start).
    static func scalar(before index: Int, in bytes: [UInt8], lowerBound: Int) -> Unicode.Scalar? {
        guard index > lowerBound else { return nil }
        var start = index - 1
        while start > lowerBound, start > index - 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start, in: bytes, upperBound: index)
    }

    /// The scalar that starts at `index` (nil at `upperBound`, which counts as a line end).
    static func scalar(at index: Int, in bytes: [UInt8], upperBound: Int) -> Unicode.Scalar? {
        guard index < upperBound else { return nil }
        let end = min(upperBound, index + 4)
        var iterator = bytes[index..<end].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return Unicode.Scalar(0xFFFD)
    }

    /// Unicode whitespace for flanking rules: Zs, tab, line feed, form feed, carriage return; nil (a line edge) too.
    static func isUnicodeWhitespace(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }
        if scalar.value < 0x80 { return isWhitespace(UInt8(scalar.value)) }
        return scalar.properties.generalCategory == .spaceSeparator
    }

    /// Unicode punctuation for flanking rules: general categories P and S (CommonMark 0.31).
    static func isUnicodePunctuation(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.value < 0x80 { return isPunctuation(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// Appends a URL the way CommonMark renderers do: ASCII outside the safe set percent-encoded
    /// (an existing `%XX` kept), `&` and `'` as HTML references. Unlike cmark, non-ASCII UTF-8 is
    /// kept as written, so that `#目的` still names the heading id the sanitiser gives `目的`.
    static func appendURL(_ url: ArraySlice<UInt8>, to out: inout [UInt8]) {
        let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
        for byte in url {
            if byte == 0x26 {
                out.append(contentsOf: "&amp;".utf8)
            } else if byte == 0x27 {
                out.append(contentsOf: "&#x27;".utf8)
            } else if urlSafe[Int(byte)] {
                out.append(byte)
            } else {
                out.append(0x25); out.append(hex[Int(byte >> 4)]); out.append(hex[Int(byte & 0x0F)])
            }
        }
    }

    private static let urlSafe: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in UInt8(0)...UInt8(127) where isAlphanumeric(byte) { table[Int(byte)] = true }
        for byte in UInt8(0x80)...UInt8(0xFF) { table[Int(byte)] = true }
        for byte in "-_.!~*();/?:@=+$,%#".utf8 { table[Int(byte)] = true }
        return table
    }()
}
