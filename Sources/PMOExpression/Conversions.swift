/// The type conversion functions `int uint double string bytes bool timestamp duration dyn type`.
enum Conversions {
    /// Converts `value` with the function `name`; nil when no overload matches.
    static func convert(_ name: String, _ value: Value) -> Value? {
        switch name {
        case "int": return toInt(value)
        case "uint": return toUInt(value)
        case "double": return toDouble(value)
        case "string": return toString(value)
        case "bytes":
            switch value {
            case .bytes: return value
            case .string(let string): return .bytes(Array(string.utf8))
            default: return nil
            }
        case "bool": return toBool(value)
        case "timestamp":
            switch value {
            case .timestamp: return value
            case .string(let text):
                guard let timestamp = CELTimestamp(rfc3339: text) else {
                    return Operators.error(
                        "invalid timestamp \(Value.quotedPrefix(text)) (expected RFC 3339 within years 0001-9999, e.g. \"2009-02-13T23:31:30Z\")"
                    )
                }
                return .timestamp(timestamp)
            case .int(let seconds):
                guard let timestamp = CELTimestamp(seconds: seconds) else { return TimeArithmetic.timestampRange }
                return .timestamp(timestamp)
            default: return nil
            }
        case "duration":
            switch value {
            case .duration: return value
            case .string(let text):
                guard let duration = CELDuration(text: text) else {
                    return Operators.error(
                        "invalid duration \(Value.quotedPrefix(text)) (expected e.g. \"1.5s\", \"2h30m\", \"100ms\"; range ±292 years)")
                }
                return .duration(duration)
            default: return nil
            }
        case "dyn": return value
        case "type": return .type(value.type)
        default: return nil
        }
    }

    private static func toInt(_ value: Value) -> Value? {
        switch value {
        case .int: return value
        case .uint(let uint):
            guard let int = Int64(exactly: uint) else { return Operators.error("int range error: \(uint)u does not fit in int") }
            return .int(int)
        case .double(let double):
            guard double.isFinite, double > -9.2233720368547758e18, double < 9.2233720368547758e18 else {
                return Operators.error("int range error: \(Value.doubleLiteral(double)) does not fit in int")
            }
            return .int(Int64(double.rounded(.towardZero)))
        case .string(let string):
            guard let int = Int64(string) else { return Operators.error("cannot convert \(Value.quotedPrefix(string)) to int") }
            return .int(int)
        case .timestamp(let timestamp): return .int(timestamp.seconds)
        default: return nil
        }
    }

    private static func toUInt(_ value: Value) -> Value? {
        switch value {
        case .uint: return value
        case .int(let int):
            guard let uint = UInt64(exactly: int) else { return Operators.error("uint range error: \(int) is negative") }
            return .uint(uint)
        case .double(let double):
            guard double.isFinite, double > -1, double < 1.8446744073709552e19 else {
                return Operators.error("uint range error: \(Value.doubleLiteral(double)) does not fit in uint")
            }
            return .uint(UInt64(double.rounded(.towardZero)))
        case .string(let string):
            guard let uint = UInt64(string) else { return Operators.error("cannot convert \(Value.quotedPrefix(string)) to uint") }
            return .uint(uint)
        default: return nil
        }
    }

    private static func toDouble(_ value: Value) -> Value? {
        switch value {
        case .double: return value
        case .int(let int): return .double(Double(int))
        case .uint(let uint): return .double(Double(uint))
        case .string(let string):
            guard let double = Double(string) else { return Operators.error("cannot convert \(Value.quotedPrefix(string)) to double") }
            return .double(double)
        default: return nil
        }
    }

    private static func toBool(_ value: Value) -> Value? {
        switch value {
        case .bool: return value
        case .string(let string):
            switch string {
            case "1", "t", "T", "true", "TRUE", "True": return .bool(true)
            case "0", "f", "F", "false", "FALSE", "False": return .bool(false)
            default: return Operators.error("cannot convert \(Value.quotedPrefix(string)) to bool")
            }
        default: return nil
        }
    }

    private static func toString(_ value: Value) -> Value? {
        switch value {
        case .string: return value
        case .int(let int): return .string(String(int))
        case .uint(let uint): return .string(String(uint))
        case .double(let double): return .string(formatDouble(double))
        case .bool(let bool): return .string(bool ? "true" : "false")
        case .bytes(let bytes):
            let string = String(decoding: bytes, as: UTF8.self)
            guard string.utf8.elementsEqual(bytes) else { return Operators.error("bytes are not valid UTF-8") }
            return .string(string)
        case .timestamp(let timestamp): return .string(timestamp.rfc3339)
        case .duration(let duration): return .string(duration.text)
        case .type(let type): return .string(type.name)
        default: return nil
        }
    }

    /// Formats like Go's `strconv.FormatFloat(d, 'g', -1, 64)`, which cel-go's `string(double)`
    /// uses: shortest digits, exponent form below 1e-4 and from 1e+06 (`1e+06`, `0.0001`, `123.5`).
    static func formatDouble(_ double: Double) -> String {
        if double.isNaN { return "NaN" }
        if double.isInfinite { return double < 0 ? "-Inf" : "+Inf" }
        if double == 0 { return double.sign == .minus ? "-0" : "0" }
        let (digits, point) = shortestDigits(abs(double))
        let sign = double < 0 ? "-" : ""
        let exponent = point - 1
        if exponent < -4 || exponent >= 6 {
            var mantissa = String(digits.first!)
            if digits.count > 1 { mantissa += "." + digits.dropFirst() }
            let magnitude = abs(exponent)
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + String(magnitude)
        }
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
        if point >= digits.count { return sign + digits + String(repeating: "0", count: point - digits.count) }
        return sign + digits.prefix(point) + "." + digits.dropFirst(point)
    }

    /// The shortest round-trip decimal digits of a positive finite double, and where the decimal
    /// point goes (digits "15", point 1 means 1.5), taken from Swift's own shortest formatting.
    private static func shortestDigits(_ double: Double) -> (String, Int) {
        let text = double.description
        let parts = text.split(separator: "e")
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(mantissa[0])
        let fraction = mantissa.count > 1 ? String(mantissa[1]) : ""
        var digits = whole + fraction
        var point = whole.count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        return (digits.isEmpty ? "0" : digits, point)
    }
}
