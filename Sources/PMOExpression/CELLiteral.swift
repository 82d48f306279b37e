extension Value {
    /// The value written as a CEL literal that evaluates back to it: `1`, `1u`, `1.0`,
    /// `"a\n"`, `b"\xff"`, `[1, 2]`, `{"k": v}`, `timestamp("2009-02-13T23:31:30Z")`,
    /// `duration("1.5s")`, `double("NaN")`, `int`. Errors print as `error("message")`.
    public var celLiteral: String {
        var output = ""
        Self.appendLiteral(self, to: &output, depth: 0)
        return output
    }

    /// Values nested deeper than this print as `...` so the printer's recursion stays bounded.
    static let maxPrintDepth = 500

    private static func appendLiteral(_ value: Value, to output: inout String, depth: Int) {
        guard depth < maxPrintDepth else {
            output += "..."
            return
        }
        switch value {
        case .int(let int): output += String(int)
        case .uint(let uint): output += String(uint) + "u"
        case .double(let double): output += doubleLiteral(double)
        case .string(let string): output += quoted(string)
        case .bytes(let bytes): output += "b" + quotedBytes(bytes)
        case .bool(let bool): output += bool ? "true" : "false"
        case .null: output += "null"
        case .list(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += ", " }
                appendLiteral(element, to: &output, depth: depth + 1)
            }
            output += "]"
        case .map(let map):
            output += "{"
            for (index, entry) in map.enumerated() {
                if index > 0 { output += ", " }
                appendLiteral(entry.key, to: &output, depth: depth + 1)
                output += ": "
                appendLiteral(entry.value, to: &output, depth: depth + 1)
            }
            output += "}"
        case .timestamp(let timestamp): output += "timestamp(\"\(timestamp.rfc3339)\")"
        case .duration(let duration): output += "duration(\"\(duration.text)\")"
        case .type(let type): output += type.name
        case .error(let error): output += "error(\(quoted(error.message)))"
        }
    }

    /// Always has a `.` or an exponent so that it reads back as a double.
    static func doubleLiteral(_ double: Double) -> String {
        if double.isNaN { return "double(\"NaN\")" }
        if double.isInfinite { return double < 0 ? "double(\"-Infinity\")" : "double(\"Infinity\")" }
        // Swift's shortest round-trip form: "1.0", "0.1", "1e+100", "5e-324".
        return double.description
    }

    /// A double-quoted CEL string literal with escapes for quotes, backslashes and control characters.
    /// A string from the input as an error message shows it: CEL-quoted, cut to its first 60
    /// characters with its size when longer, so that a huge value cannot flood a message.
    static func quotedPrefix(_ string: String) -> String {
        let limit = 60
        guard string.unicodeScalars.count > limit else { return quoted(string) }
        let prefix = String(String.UnicodeScalarView(string.unicodeScalars.prefix(limit)))
        return String(quoted(prefix).dropLast()) + "…\" (\(string.utf8.count) bytes)"
    }

    static func quoted(_ string: String) -> String {
        var output = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{07}": output += "\\a"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{0B}": output += "\\v"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    output += "\\x" + hex(scalar.value, width: 2)
                } else if scalar.properties.generalCategory == .format || scalar.properties.generalCategory == .lineSeparator
                    || scalar.properties.generalCategory == .paragraphSeparator
                {
                    // Invisible scalars (zero-width space, bidi overrides) are shown so they cannot hide.
                    output += scalar.value > 0xFFFF ? "\\U" + hex(scalar.value, width: 8) : "\\u" + hex(scalar.value, width: 4)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    /// A double-quoted bytes body: printable ASCII as is, everything else as `\xHH`.
    static func quotedBytes(_ bytes: [UInt8]) -> String {
        var output = "\""
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): output += "\\\""
            case UInt8(ascii: "\\"): output += "\\\\"
            case 0x20..<0x7F: output.unicodeScalars.append(Unicode.Scalar(byte))
            default: output += "\\x" + hex(UInt32(byte), width: 2)
            }
        }
        return output + "\""
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
