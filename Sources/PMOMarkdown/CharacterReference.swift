/// Entity and numeric character references (`&amp;`, `&#35;`, `&#x22;`).
enum CharacterReference {
    /// The UTF-8 bytes of the reference starting at `start` (an `&`) and the index after its `;`.
    static func decode(_ text: ArraySlice<UInt8>, at start: Int) -> (bytes: [UInt8], next: Int)? {
        var index = start + 1
        let end = text.endIndex
        guard index < end else { return nil }
        if text[index] == 0x23 {
            index += 1
            var value: UInt32 = 0
            var digits = 0
            if index < end, text[index] | 0x20 == 0x78 {
                index += 1
                while index < end, ByteClass.isHexDigit(text[index]), digits < 6 {
                    let byte = text[index]
                    value = value * 16 + UInt32(ByteClass.isDigit(byte) ? byte - 0x30 : (byte | 0x20) - 0x61 + 10)
                    digits += 1
                    index += 1
                }
            } else {
                while index < end, ByteClass.isDigit(text[index]), digits < 7 {
                    value = value * 10 + UInt32(text[index] - 0x30)
                    digits += 1
                    index += 1
                }
            }
            guard digits > 0, index < end, text[index] == 0x3B else { return nil }
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (Array(String(Character(scalar ?? "\u{FFFD}")).utf8), index + 1)
        }
        let nameStart = index
        while index < end, ByteClass.isAlphanumeric(text[index]), index - nameStart < 32 { index += 1 }
        guard index > nameStart, index < end, text[index] == 0x3B, ByteClass.isLetter(text[nameStart]) else { return nil }
        guard let bytes = EntityTable.bytes[String(decoding: text[nameStart..<index], as: UTF8.self)] else { return nil }
        return (bytes, index + 1)
    }
}
