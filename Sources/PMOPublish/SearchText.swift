import Foundation

/// Text as the search index sees it: NFKC-normalised, whitespace collapsed; and the keys it is indexed under.
public enum SearchText {
    /// NFKC-normalised text with every run of whitespace turned into one space.
    public static func normalize(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The visible text of (sanitised) HTML: tags removed, character references decoded.
    public static func plainText(fromHTML html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var inTag = false
        var chunk = ""
        for scalar in html.unicodeScalars {
            if inTag {
                if scalar == ">" { inTag = false; out += " " }
            } else if scalar == "<" {
                inTag = true
                out += HTML.decodeEntities(chunk)
                chunk = ""
            } else {
                chunk.unicodeScalars.append(scalar)
            }
        }
        out += HTML.decodeEntities(chunk)
        return out
    }

    /// Whether a code point is CJK for bigram indexing (kana, ideographs, hangul). The search script uses the same ranges.
    public static func isCJK(_ value: UInt32) -> Bool {
        (value >= 0x3040 && value <= 0x30FF) || (value >= 0x3005 && value <= 0x3007) || (value >= 0x31F0 && value <= 0x31FF)
            || (value >= 0x3400 && value <= 0x4DBF) || (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0xF900 && value <= 0xFAFF)
            || (value >= 0xAC00 && value <= 0xD7AF) || (value >= 0x20000 && value <= 0x2FFFF)
    }

    /// Calls `bigram` for each pair of adjacent CJK characters (as two code points) and `word` for each run
    /// of ASCII letters and digits of already lower-cased text.
    public static func keys(of lowered: String, bigram: (UInt32, UInt32) -> Void, word: (Substring) -> Void) {
        var previous: UInt32 = 0
        var wordStart: String.Index?
        let scalars = lowered.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let value = scalars[index].value
            if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) {
                if wordStart == nil { wordStart = index }
            } else if let start = wordStart {
                word(Substring(scalars[start..<index]))
                wordStart = nil
            }
            if isCJK(value) {
                if previous != 0 { bigram(previous, value) }
                previous = value
            } else {
                previous = 0
            }
            index = scalars.index(after: index)
        }
        if let start = wordStart { word(Substring(scalars[start..<scalars.endIndex])) }
    }
}
