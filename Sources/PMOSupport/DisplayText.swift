/// Text from inputs made safe to show: control characters escaped, long values cut to a prefix.
///
/// Everything pmo prints to a terminal or writes to a text report passes through
/// ``escapingControls(_:)``, so a parameter, evidence note or lock entry holding `ESC[31m`,
/// `ESC]0;title BEL` or NUL cannot recolour, retitle or corrupt the user's terminal. C0 controls
/// (U+0000–U+001F) other than tab and newline, DEL (U+007F) and C1 controls (U+0080–U+009F)
/// are written as visible `\u{1B}`-style escapes, the spelling of a Swift or CEL string literal.
package enum DisplayText {
    /// Scalars of a value quoted in a message; longer values show this prefix and their size.
    package static let quotedPrefixLength = 60

    /// `text` with every control character except tab and newline written as `\u{XX}`.
    package static func escapingControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isEscaped) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isEscaped(scalar) {
                output.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// Whether ``escapingControls(_:)`` rewrites `scalar`.
    package static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }

    /// A value for a message: in single quotes, line breaks as `\n`, control characters escaped, and
    /// past ``quotedPrefixLength`` scalars cut with `…` and followed by the value's size in bytes —
    /// so that a message about a 100 KB value stays one short line: `'aaaa…' (102400 bytes)`.
    package static func quoted(_ value: String) -> String {
        var shown = String.UnicodeScalarView()
        var count = 0
        for scalar in value.unicodeScalars {
            if count == quotedPrefixLength {
                return "'" + escapingControls(String(shown)) + "…' (\(value.utf8.count) bytes)"
            }
            if scalar == "\n" { shown.append(contentsOf: "\\n".unicodeScalars) } else { shown.append(scalar) }
            count += 1
        }
        return "'" + escapingControls(String(shown)) + "'"
    }
}
