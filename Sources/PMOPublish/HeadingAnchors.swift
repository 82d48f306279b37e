import Foundation

/// Gives headings ids that are stable across builds and readable in any script:
/// `## リスクの書き方` gets `リスクの書き方`, `## Phase Gate` gets `phase-gate`, repeats get `-2`, `-3`.
public struct HeadingAnchors: Sendable {
    private var used: Set<String>

    /// Creates an id allocator that never hands out one of `reserved`.
    public init(reserved: Set<String> = []) {
        used = reserved
    }

    /// The id for a heading with this text, unique among the ids handed out so far.
    public mutating func id(for text: String) -> String {
        let base = Self.slug(text)
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// NFKC-normalised, lower-cased; letters and digits of any script kept, spaces become `-`, the rest dropped.
    public static func slug(_ text: String) -> String {
        var out = ""
        var length = 0
        var pendingDash = false
        // SearchText.normalize is NFKC (table-free for Japanese) with whitespace collapsed, which a slug drops anyway.
        for scalar in SearchText.normalize(text).lowercased().unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || scalar == "_" || properties.generalCategory == .nonspacingMark {
                if pendingDash && !out.isEmpty { out += "-"; length += 1 }
                pendingDash = false
                out.unicodeScalars.append(scalar)
                length += 1
            } else if properties.isWhitespace || scalar == "-" {
                pendingDash = true
            }
            if length >= 80 { break }
        }
        return out.isEmpty ? "section" : out
    }
}
