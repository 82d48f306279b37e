import Foundation

/// Gives headings ids that are stable across builds and readable in any script:
/// `## リスクの書き方` gets `リスクの書き方`, `## Phase Gate` gets `phase-gate`, repeats get `-2`, `-3`.
package struct HeadingAnchors: Sendable {
    private var used: Set<String>

    /// Creates an id allocator that never hands out one of `reserved`.
    package init(reserved: Set<String> = []) {
        used = reserved
    }

    /// The id for a heading with this text, unique among the ids handed out so far.
    package mutating func id(for text: String) -> String {
        used.insertUnique(Self.slug(text))
    }

    /// NFKC-normalised, lower-cased; letters and digits of any script kept, spaces become `-`, the rest dropped.
    package static func slug(_ text: String) -> String {
        var out = ""
        var length = 0
        var pendingDash = false
        func keep(_ scalar: Unicode.Scalar) {
            if pendingDash && !out.isEmpty { out += "-"; length += 1 }
            pendingDash = false
            out.unicodeScalars.append(scalar)
            length += 1
        }
        func visit(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            // ASCII, kana and ideographs without property lookups: they are nearly every heading.
            if value < 0x80 {
                if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || value == 0x5F {
                    keep(scalar)
                } else if value == 0x2D || value == 0x20 || (value >= 0x09 && value <= 0x0D) {
                    pendingDash = true
                }
                return
            }
            if (value >= 0x3041 && value <= 0x3096) || (value >= 0x30A1 && value <= 0x30FA) || (value >= 0x4E00 && value <= 0x9FFF) {
                keep(scalar)
                return
            }
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark {
                keep(scalar)
            } else if properties.isWhitespace {
                pendingDash = true
            }
        }
        // SearchText.normalize is NFKC (table-free for Japanese) with whitespace collapsed, which a slug drops anyway.
        // Lower-casing is per scalar, as String.lowercased() does it (SearchText.lowercased).
        for scalar in SearchText.normalize(text).unicodeScalars {
            SearchText.lowercased(scalar.value) { value in
                if length < 80, let lowered = Unicode.Scalar(value) { visit(lowered) }
            }
            if length >= 80 { break }
        }
        return out.isEmpty ? "section" : out
    }
}
