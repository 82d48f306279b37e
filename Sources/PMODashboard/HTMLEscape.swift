import PMOSupport

/// The dashboard's one escaping function: every text that reaches a page goes through ``text(_:)``, as the escaping
/// of the templates' `{{name}}` (``DashboardTemplates``) and of the few labels ``LineChart`` writes into its SVG.
package enum HTMLEscape {
    /// `text` safe in element content and in quoted attribute values: ``HTML/escape(_:)`` (`& < > " '`), after
    /// control characters other than tab and line breaks became U+FFFD (they have no business on a page).
    package static func text(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return HTML.escape(text) }
        var clean = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            clean.append(isControl(scalar) ? "\u{FFFD}" : scalar)
        }
        return HTML.escape(String(clean))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0..<0x20, 0x7F...0x9F: return true
        default: return false
        }
    }

    /// A path segment of a dashboard URL (a project id, a campaign name), percent-encoded.
    package static func pathSegment(_ text: String) -> String {
        FormFields.encode(text)
    }
}
