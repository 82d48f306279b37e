import Foundation
import PMOSupport

/// Text as the search index sees it: NFKC-normalised, whitespace collapsed; and the keys it is indexed under.
package enum SearchText {
    /// NFKC-normalised text with every run of whitespace turned into one space.
    ///
    /// Japanese prose is almost all kana, ideographs, ASCII and full-width ASCII, whose NFKC forms are
    /// known without tables; such text is normalised in one pass over its scalars. Anything else
    /// (combining marks, half-width kana, compatibility characters…) goes through Foundation's NFKC.
    package static func normalize(_ text: String) -> String {
        commonNormalized(text) ?? collapseWhitespace(nfkc(text))
    }

    /// Foundation's NFKC, composed once more: on Linux `precomposedStringWithCompatibilityMapping` leaves
    /// a decomposed voiced mark decomposed (ｶﾞ gives カ + U+3099, not ガ), while the browser's
    /// `normalize("NFKC")` composes it, so the index and the query would not meet.
    static func nfkc(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping
    }

    /// NFKC of `text` computed without tables, or nil when a scalar needs them. Works on the UTF-8
    /// bytes: ASCII and stable scalars are copied as they are, without decoding into a String.
    static func commonNormalized(_ text: String) -> String? {
        normalizedScalars(of: text) { _ in }.map { String(decoding: $0, as: UTF8.self) }
    }

    /// `commonNormalized` as UTF-8 bytes, calling `visit` with each scalar of the result (spaces included) as it is made.
    @inline(__always)
    private static func normalizedScalars(of text: String, visit: (UInt32) -> Void) -> [UInt8]? {
        var text = text
        return text.withUTF8 { bytes -> [UInt8]? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                if lead < 0x80 {
                    if lead == 0x20 || (lead >= 0x09 && lead <= 0x0D) {
                        pendingSpace = !out.isEmpty
                    } else {
                        if pendingSpace { out.append(0x20); visit(0x20) }
                        pendingSpace = false
                        out.append(lead)
                        visit(UInt32(lead))
                    }
                    i += 1
                    continue
                }
                var (value, length) = decode(bytes, at: i)
                let scalar = Unicode.Scalar(value) ?? " "
                if isWhitespace(scalar) {
                    pendingSpace = !out.isEmpty
                    i += length
                    continue
                }
                if pendingSpace { out.append(0x20); visit(0x20) }
                pendingSpace = false
                if value >= 0xFF01 && value <= 0xFF5E {
                    value -= 0xFEE0  // full-width ASCII → ASCII (their NFKC decomposition)
                    out.append(UInt8(value))
                } else if isStable(scalar) {
                    for k in i..<(i + length) { out.append(bytes[k]) }
                } else {
                    return nil
                }
                visit(value)
                i += length
            }
            return out
        }
    }

    /// The scalar value of the (valid) UTF-8 sequence starting at `index`, and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return (
            (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F), 4
        )
    }

    /// Whether a non-ASCII scalar is its own NFKC form and cannot compose with a neighbour.
    static func isStable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Kana and unified ideographs, the bulk of Japanese text, without a property lookup.
        if (value >= 0x3041 && value <= 0x3096) || (value >= 0x30A1 && value <= 0x30FA) || (value >= 0x4E00 && value <= 0x9FFF) {
            return true
        }
        // Japanese punctuation, brackets and the long vowel mark (U+3000–U+30FF), from a table.
        if value >= 0x3000 && value <= 0x30FF { return stableInCJKBlock[Int(value - 0x3000)] }
        // Below U+2000 live Latin with combining marks, Hangul jamo and Indic vowel signs that compose.
        guard value >= 0x2000 else { return false }
        return isStableByProperties(scalar)
    }

    static func isStableByProperties(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.canonicalCombiningClass == .notReordered && !properties.changesWhenNFKCCaseFolded
    }

    /// `isStableByProperties` for U+3000–U+30FF, looked up once: 、。「」ー・ are in most sentences.
    static let stableInCJKBlock: [Bool] = (0x3000...0x30FF).map { value in
        Unicode.Scalar(UInt32(value)).map(isStableByProperties) ?? false
    }

    /// Unicode's White_Space property, without a property lookup for every kana and ideograph.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    static func collapseWhitespace(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        switch value {
        case ..<0x80: out.append(UInt8(value))
        case ..<0x800: out.append(UInt8(0xC0 | value >> 6)); out.append(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            out.append(UInt8(0xE0 | value >> 12)); out.append(UInt8(0x80 | value >> 6 & 0x3F)); out.append(UInt8(0x80 | value & 0x3F))
        default:
            out.append(UInt8(0xF0 | value >> 18)); out.append(UInt8(0x80 | value >> 12 & 0x3F))
            out.append(UInt8(0x80 | value >> 6 & 0x3F)); out.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// The visible text of (sanitised) HTML: tags removed, character references decoded.
    package static func plainText(fromHTML html: String) -> String {
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
    package static func isCJK(_ value: UInt32) -> Bool {
        (value >= 0x3040 && value <= 0x30FF) || (value >= 0x3005 && value <= 0x3007) || (value >= 0x31F0 && value <= 0x31FF)
            || (value >= 0x3400 && value <= 0x4DBF) || (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0xF900 && value <= 0xFAFF)
            || (value >= 0xAC00 && value <= 0xD7AF) || (value >= 0x20000 && value <= 0x2FFFF)
    }

    /// Calls `bigram` for each pair of adjacent CJK characters (as two code points) and `word` for each run
    /// of ASCII letters and digits, of `text` lower-cased the way `String.lowercased()` does it.
    package static func keys(of text: String, bigram: (UInt32, UInt32) -> Void, word: (String) -> Void) {
        withoutActuallyEscaping(bigram) { bigram in
            withoutActuallyEscaping(word) { word in
                var sink = CallbackKeys(bigram: bigram, word: word)
                keys(of: text, into: &sink)
            }
        }
    }

    /// `keys(of:bigram:word:)` into a sink: specialised per sink type, with no closure call per scalar.
    static func keys<Sink: KeySink>(of text: String, into sink: inout Sink) {
        var scanner = KeyScanner()
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let (value, length) = decode(bytes, at: i)
                i += length
                scanner.visitLowercasing(value, into: &sink)
            }
        }
        scanner.finish(into: &sink)
    }

    /// `normalize(text)` as UTF-8 bytes, giving `sink` the keys of the result as `keys(of:)` would, in one pass over
    /// the bytes; nil (with keys possibly given for a prefix) when the text needs Foundation's NFKC,
    /// and the caller must start again the slow way.
    static func normalizedKeys<Sink: KeySink>(of text: String, into sink: inout Sink) -> [UInt8]? {
        var scanner = KeyScanner()
        let normalized = normalizedScalars(of: text) { scanner.visitLowercasing($0, into: &sink) }
        scanner.finish(into: &sink)
        return normalized
    }

    /// Calls `body` with the lower-case form of one scalar, as `String.lowercased()` maps it (one
    /// scalar or, for a few, several); ASCII, kana and ideographs without a property lookup.
    @inline(__always)
    static func lowercased(_ value: UInt32, _ body: (UInt32) -> Void) {
        if value < 0x80 {
            body(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
        } else if value < 0x3000 || value > 0x9FFF, let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased {
            for lowered in scalar.properties.lowercaseMapping.unicodeScalars { body(lowered.value) }
        } else {
            body(value)
        }
    }

    /// The state of a key scan: the previous CJK character and the ASCII word being read.
    struct KeyScanner {
        private var previous: UInt32 = 0
        private var letters: [UInt8] = []

        /// Visits one scalar of the text, lower-cased first the way `String.lowercased()` does it.
        @inline(__always)
        mutating func visitLowercasing<Sink: KeySink>(_ value: UInt32, into sink: inout Sink) {
            SearchText.lowercased(value) { visit($0, into: &sink) }
        }

        @inline(__always)
        private mutating func visit<Sink: KeySink>(_ value: UInt32, into sink: inout Sink) {
            if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) {
                letters.append(UInt8(value))
            } else if !letters.isEmpty {
                sink.word(String(decoding: letters, as: UTF8.self))
                letters.removeAll(keepingCapacity: true)
            }
            if isCJK(value) {
                if previous != 0 { sink.bigram(previous, value) }
                previous = value
            } else {
                previous = 0
            }
        }

        /// Gives the word the text ends with, if any.
        mutating func finish<Sink: KeySink>(into sink: inout Sink) {
            if !letters.isEmpty { sink.word(String(decoding: letters, as: UTF8.self)) }
            letters.removeAll()
        }
    }
}

/// Where a key scan puts what it finds.
protocol KeySink {
    /// Two adjacent CJK characters.
    mutating func bigram(_ first: UInt32, _ second: UInt32)
    /// A run of lower-case ASCII letters and digits.
    mutating func word(_ word: String)
}

/// A sink that calls back, for ``SearchText/keys(of:bigram:word:)``.
struct CallbackKeys: KeySink {
    let onBigram: (UInt32, UInt32) -> Void
    let onWord: (String) -> Void

    init(bigram: @escaping (UInt32, UInt32) -> Void, word: @escaping (String) -> Void) {
        onBigram = bigram
        onWord = word
    }

    func bigram(_ first: UInt32, _ second: UInt32) { onBigram(first, second) }
    func word(_ word: String) { onWord(word) }
}
