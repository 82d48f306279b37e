/// Resolves plain scalars under the YAML 1.2 core schema, with pmo's strictness on top.
///
/// Typed: `true/false` (any of the three case forms), `null/~/empty`, decimal, `0o` and `0x`
/// integers, floats with `.inf` and `.nan`. Everything else — `yes/no/on/off`, dates,
/// `0777`-style numbers with a leading zero — stays a string, so no value changes meaning silently.
enum ScalarResolver {
    /// Why a scalar that looks like a number cannot be represented.
    struct OutOfRange: Error {
        let text: String
    }

    /// The value of a plain (unquoted, untagged) scalar.
    static func resolvePlain(_ text: String) throws(OutOfRange) -> ScalarValue {
        let utf8 = text.utf8
        guard let first = utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "~"):
            return utf8.count == 1 ? .null : .string(text)
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            return (text == "null" || text == "Null" || text == "NULL") ? .null : .string(text)
        case UInt8(ascii: "t"), UInt8(ascii: "T"):
            return (text == "true" || text == "True" || text == "TRUE") ? .bool(true) : .string(text)
        case UInt8(ascii: "f"), UInt8(ascii: "F"):
            return (text == "false" || text == "False" || text == "FALSE") ? .bool(false) : .string(text)
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            return try resolveNumber(text)
        default:
            return .string(text)
        }
    }

    /// The value of a scalar with an explicit `!!int`, `!!float`, `!!bool` or `!!null` tag, or nil if it does not fit.
    static func resolveTagged(_ text: String, as type: String) -> ScalarValue? {
        switch type {
        case "bool":
            if let value = try? resolvePlain(text), case .bool = value { return value }
        case "null":
            if let value = try? resolvePlain(text), case .null = value { return value }
        case "int":
            if let value = try? resolveNumber(text), case .int = value { return value }
            if let value = parseDecimalInt(text.utf8, allowLeadingZero: true) { return .int(value) }
        case "float":
            if let value = try? resolveNumber(text) {
                if case .float = value { return value }
                if case .int(let i) = value { return .float(Double(i)) }
            }
        default:
            break
        }
        return nil
    }

    private static func resolveNumber(_ text: String) throws(OutOfRange) -> ScalarValue {
        let bytes = Array(text.utf8)
        // 0x / 0o integers (no sign in the core schema).
        if bytes.count > 2 && bytes[0] == UInt8(ascii: "0") {
            if bytes[1] == UInt8(ascii: "x") {
                return try radixInt(text, bytes: bytes[2...], radix: 16)
            }
            if bytes[1] == UInt8(ascii: "o") {
                return try radixInt(text, bytes: bytes[2...], radix: 8)
            }
        }
        if isDecimalInt(bytes) {
            let digitsStart = (bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+")) ? 1 : 0
            if bytes.count - digitsStart > 1 && bytes[digitsStart] == UInt8(ascii: "0") {
                return .string(text)  // 0777: octal in YAML 1.1, decimal in 1.2 — keep as written.
            }
            guard let value = parseDecimalInt(bytes[...], allowLeadingZero: false) else { throw OutOfRange(text: text) }
            return .int(value)
        }
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        if isFloat(bytes), let value = Double(text) {
            return .float(value)
        }
        return .string(text)
    }

    private static func radixInt(_ text: String, bytes: ArraySlice<UInt8>, radix: Int64) throws(OutOfRange) -> ScalarValue {
        var value: Int64 = 0
        for byte in bytes {
            guard let digit = digitValue(byte), digit < radix else { return .string(text) }
            let (shifted, o1) = value.multipliedReportingOverflow(by: radix)
            let (sum, o2) = shifted.addingReportingOverflow(digit)
            if o1 || o2 { throw OutOfRange(text: text) }
            value = sum
        }
        return .int(value)
    }

    private static func digitValue(_ byte: UInt8) -> Int64? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int64(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int64(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private static func isDecimalInt(_ bytes: [UInt8]) -> Bool {
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
    private static func isFloat(_ bytes: [UInt8]) -> Bool {
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
