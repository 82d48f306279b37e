/// The value of a decimal float without calling `strtod`, when one exact operation gives it.
///
/// With at most 15 significant digits the digits are an exact `Double`, and so is a power of ten
/// up to 10^22: one multiplication or division of the two rounds once, to the same double as
/// `strtod` (Clinger's fast path). Most floats in catalogs (`0.6398`, `1.5e3`) are such; the others
/// go to the standard library's parser.
enum ShortDecimal {
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ]

    /// The value of `bytes`, which match ``ScalarResolver``'s float syntax
    /// (`[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`), or nil when the fast
    /// path does not apply.
    static func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        let count = bytes.count
        var negative = false
        if index < count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var fractionDigits = 0
        var afterPoint = false
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                afterPoint = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                if mantissa != 0 || byte != UInt8(ascii: "0") {
                    significantDigits += 1
                    if significantDigits > 15 { return nil }
                }
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                if afterPoint { fractionDigits += 1 }
            } else {
                break
            }
            index += 1
        }
        var exponent = 0
        if index < count {
            // `e` or `E`, then a sign and at least one digit (the syntax was checked).
            index += 1
            var exponentNegative = false
            if index < count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            while index < count {
                exponent = exponent * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                if exponent > 1000 { return nil }
                index += 1
            }
            if exponentNegative { exponent = -exponent }
        }
        let power = exponent - fractionDigits
        guard power >= -22 && power <= 22 else { return nil }
        let digits = Double(mantissa)
        let magnitude = power < 0 ? digits / powersOfTen[-power] : digits * powersOfTen[power]
        return negative ? -magnitude : magnitude
    }
}
