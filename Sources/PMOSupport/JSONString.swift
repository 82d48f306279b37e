/// A string as a quoted JSON string: the one escaper of the JSON pmo writes by hand (the YAML-to-JSON writer, the
/// catalog export, the dashboard's table exports), where `JSONText`'s encoder would not keep the column order.
package enum JSONString {
    /// Appends `text` quoted to `out`: `"` `\` and control characters escaped; with `escapingLineSeparators`, U+2028
    /// and U+2029 too (JSON allows them raw; JavaScript before ES2019 did not).
    package static func append(_ text: String, to out: inout String, escapingLineSeparators: Bool = false) {
        out += "\""
        let plain =
            !text.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
            && !(escapingLineSeparators && text.unicodeScalars.contains { $0.value == 0x2028 || $0.value == 0x2029 })
        if plain {
            out += text
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 || (escapingLineSeparators && (scalar.value == 0x2028 || scalar.value == 0x2029)) {
                        let hex = String(scalar.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        out += "\""
    }
}
