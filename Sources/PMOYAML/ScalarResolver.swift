/// Resolves plain scalars under the YAML 1.2 core schema, with pmo's strictness on top.
///
/// Typed: `true/false` (any of the three case forms), `null/~/empty`, decimal, `0o` and `0x`
/// integers, floats with `.inf` and `.nan`. Everything else — `yes/no/on/off`, dates,
/// `0777`-style numbers with a leading zero — stays a string, so no value changes meaning silently.
///
/// Classification works on the UTF-8 bytes, so the common case (a string) costs one pass
/// over the first byte or two and no allocation.
enum ScalarResolver {
    /// Why a scalar that looks like a number cannot be represented.
    struct OutOfRange: Error {
        let text: String
    }

    /// What a plain scalar is under the core schema.
    enum PlainResolution: Equatable {
        /// A null, boolean, integer or float.
        case typed(ScalarValue)
        /// Not typed: the scalar is the string as written.
        case string
        /// An integer that does not fit in 64 bits.
        case outOfRange
    }

    /// The value of a plain (unquoted, untagged) scalar.
    static func resolvePlain(_ text: String) throws(OutOfRange) -> ScalarValue {
        var copy = text
        let resolution = copy.withUTF8 { classifyPlain($0, text: text) }
        switch resolution {
        case .typed(let value): return value
        case .string: return .string(text)
        case .outOfRange: throw OutOfRange(text: text)
        }
    }

    /// Classifies the UTF-8 `bytes` of a plain scalar; `text` is the same scalar as a String.
    static func classifyPlain(_ bytes: UnsafeBufferPointer<UInt8>, text: String) -> PlainResolution {
        guard let first = bytes.first else { return .typed(.null) }
        switch first {
        case UInt8(ascii: "~"):
            return bytes.count == 1 ? .typed(.null) : .string
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            return isOneOf(bytes, "null", "Null", "NULL") ? .typed(.null) : .string
        case UInt8(ascii: "t"), UInt8(ascii: "T"):
            return isOneOf(bytes, "true", "True", "TRUE") ? .typed(.bool(true)) : .string
        case UInt8(ascii: "f"), UInt8(ascii: "F"):
            return isOneOf(bytes, "false", "False", "FALSE") ? .typed(.bool(false)) : .string
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            return classifyNumber(bytes, text: text)
        default:
            return .string
        }
    }

    /// The value of a scalar with an explicit `!!int`, `!!float`, `!!bool` or `!!null` tag, or nil if it does not fit.
    static func resolveTagged(_ text: String, as type: String) -> ScalarValue? {
        let value = try? resolvePlain(text)
        switch type {
        case "bool":
            if let value, case .bool = value { return value }
        case "null":
            if let value, case .null = value { return value }
        case "int":
            if let value, case .int = value { return value }
            if let value = parseDecimalInt(Array(text.utf8), allowLeadingZero: true) { return .int(value) }
        case "float":
            if let value, case .float = value { return value }
            if let value, case .int(let i) = value { return .float(Double(i)) }
        default:
            break
        }
        return nil
    }

    private static func classifyNumber(_ bytes: UnsafeBufferPointer<UInt8>, text: String) -> PlainResolution {
        // 0x / 0o integers (no sign in the core schema).
        if bytes.count > 2 && bytes[0] == UInt8(ascii: "0") {
            if bytes[1] == UInt8(ascii: "x") { return radixInt(bytes, radix: 16) }
            if bytes[1] == UInt8(ascii: "o") { return radixInt(bytes, radix: 8) }
        }
        if isDecimalInt(bytes) {
            let digitsStart = (bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+")) ? 1 : 0
            if bytes.count - digitsStart > 1 && bytes[digitsStart] == UInt8(ascii: "0") {
                return .string  // 0777: octal in YAML 1.1, decimal in 1.2 — keep as written.
            }
            guard let value = parseDecimalInt(bytes, allowLeadingZero: false) else { return .outOfRange }
            return .typed(.int(value))
        }
        if bytes.count <= 5 {
            if isOneOf(bytes, ".inf", ".Inf", ".INF") || isOneOf(bytes, "+.inf", "+.Inf", "+.INF") { return .typed(.float(.infinity)) }
            if isOneOf(bytes, "-.inf", "-.Inf", "-.INF") { return .typed(.float(-.infinity)) }
            if isOneOf(bytes, ".nan", ".NaN", ".NAN") { return .typed(.float(.nan)) }
        }
        if isFloat(bytes), let value = ShortDecimal.value(bytes) ?? Double(text) {
            return .typed(.float(value))
        }
        return .string
    }

    private static func isOneOf(_ bytes: UnsafeBufferPointer<UInt8>, _ a: StaticString, _ b: StaticString, _ c: StaticString) -> Bool {
        equals(bytes, a) || equals(bytes, b) || equals(bytes, c)
    }

    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        guard bytes.count == literal.utf8CodeUnitCount else { return false }
        let other = literal.utf8Start
        for i in 0..<bytes.count where bytes[i] != other[i] { return false }
        return true
    }

    private static func radixInt(_ bytes: UnsafeBufferPointer<UInt8>, radix: Int64) -> PlainResolution {
        var value: Int64 = 0
        for byte in bytes[2...] {
            guard let digit = digitValue(byte), digit < radix else { return .string }
            let (shifted, o1) = value.multipliedReportingOverflow(by: radix)
            let (sum, o2) = shifted.addingReportingOverflow(digit)
            if o1 || o2 { return .outOfRange }
            value = sum
        }
        return .typed(.int(value))
    }

    private static func digitValue(_ byte: UInt8) -> Int64? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int64(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int64(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private static func isDecimalInt(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") { index = 1 }
        guard index < bytes.count else { return false }
        while index < bytes.count {
            guard bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9") else { return false }
            index += 1
        }
        return true
    }

    private static func parseDecimalInt<C: Collection>(_ bytes: C, allowLeadingZero: Bool) -> Int64? where C.Element == UInt8 {
        var negative = false
        var value: Int64 = 0
        var sawDigit = false
        var iterator = bytes.makeIterator()
        var next = iterator.next()
        if next == UInt8(ascii: "-") || next == UInt8(ascii: "+") {
            negative = next == UInt8(ascii: "-")
            next = iterator.next()
        }
        while let byte = next {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int64(byte - UInt8(ascii: "0"))
            let (shifted, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            if o1 || o2 { return nil }
            value = sum
            sawDigit = true
            next = iterator.next()
        }
        return sawDigit ? value : nil
    }

    /// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`
    private static func isFloat(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        func digits() -> Int {
            let start = i
            while i < n && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { i += 1 }
            return i - start
        }
        if i < n && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) { i += 1 }
        if i < n && bytes[i] == UInt8(ascii: ".") {
            i += 1
            if digits() == 0 { return false }
        } else {
            if digits() == 0 { return false }
            if i < n && bytes[i] == UInt8(ascii: ".") {
                i += 1
                _ = digits()
            }
        }
        if i < n && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            i += 1
            if i < n && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) { i += 1 }
            if digits() == 0 { return false }
        }
        return i == n
    }
}
