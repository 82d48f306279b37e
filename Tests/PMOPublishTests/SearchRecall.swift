import Foundation
import PMOCatalog
import PMOPublish

/// Measures search against what a reader sees: the words of each document page's `<main>` (read from the
/// written HTML with a deliberately simple extractor of its own, not the index builder's) are searched
/// with the shipped `assets/search.js`, and each (word, page) pair counts as found when the page is a hit.
/// Precision counts the hits whose page does show the word.
struct SearchRecall {
    let site: String
    /// Most (word, page) pairs sampled per page, so that large catalogs stay quick.
    var pairsPerPage = 40

    struct Result {
        var pairs = 0
        var found = 0
        var hits = 0
        var correctHits = 0
        var missed: [(word: String, page: String)] = []
        var recall: Double { pairs == 0 ? 0 : Double(found) / Double(pairs) }
        var precision: Double { hits == 0 ? 1 : Double(correctHits) / Double(hits) }
        var summary: String {
            String(
                format: "recall %.1f%% of %d (word, page) pairs, precision %.1f%% of %d hits", recall * 100, pairs, precision * 100, hits)
        }
    }

    /// The document pages of the site (site path → visible text of `<main>`).
    func documentPages() throws -> [String: String] {
        var pages: [String: String] = [:]
        for folder in DocumentKind.allCases.filter({ $0 != .catalog }).map(\.referenceName) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: site + "/" + folder)) ?? []
            for name in names where name.hasSuffix(".html") {
                let html = try String(contentsOfFile: site + "/" + folder + "/" + name, encoding: .utf8)
                pages[folder + "/" + name] = Self.visibleText(ofMain: html)
            }
        }
        return pages
    }

    func measure() throws -> Result {
        let pages = try documentPages()
        var random = SeededRandom(seed: 7)
        var pairs: [(String, String)] = []
        for (page, text) in pages.sorted(by: { $0.key < $1.key }) {
            var words = Array(Set(Self.words(of: text))).sorted()
            if words.count > pairsPerPage {
                for i in 0..<pairsPerPage { words.swapAt(i, i + random.next(words.count - i)) }
                words = Array(words.prefix(pairsPerPage))
            }
            pairs += words.map { ($0, page) }
        }
        let queries = Array(Set(pairs.map(\.0))).sorted()
        let hits = try SearchRunner.searchURLs(site: site, queries: queries)
        let normalized = pages.mapValues { SearchText.normalize($0).lowercased() }
        var result = Result()
        for (word, page) in pairs {
            result.pairs += 1
            if hits[word]?.contains(page) == true { result.found += 1 } else { result.missed.append((word, page)) }
        }
        for word in queries {
            let needle = SearchText.normalize(word).lowercased()
            for hit in hits[word] ?? [] {
                result.hits += 1
                if normalized[hit]?.contains(needle) == true { result.correctHits += 1 }
            }
        }
        return result
    }

    /// The text inside `<main>`: tags of block elements become spaces, inline ones vanish, the five escapes are decoded.
    static func visibleText(ofMain html: String) -> String {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return "" }
        var text = ""
        var tag = ""
        var inTag = false
        for character in html[start.lowerBound..<end.lowerBound] {
            if inTag {
                if character == ">" {
                    inTag = false
                    let name = tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
                    if !["a", "code", "em", "strong", "span", "mark", "del", "s", "b", "i", "kbd", "small", "sub", "sup"].contains(name) {
                        text += " "
                    }
                } else {
                    tag.append(character)
                }
            } else if character == "<" {
                inTag = true
                tag = ""
            } else {
                text.append(character)
            }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    /// What a reader would type: runs of Latin letters and digits; runs of kanji, of katakana and of
    /// hiragana (two characters or more); and whole space-separated tokens trimmed of punctuation.
    static func words(of text: String) -> [String] {
        func script(_ scalar: Unicode.Scalar) -> Int {
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: 1
            case 0x3040...0x309F: 2
            case 0x30A0...0x30FF: 3
            case 0x3005, 0x3400...0x4DBF, 0x4E00...0x9FFF: 4
            default: 0
            }
        }
        var words: [String] = []
        var current = ""
        var kind = 0
        for scalar in text.unicodeScalars {
            let k = script(scalar)
            if k != kind {
                if kind != 0 && current.unicodeScalars.count >= (kind == 1 ? 1 : 2) { words.append(current) }
                current = ""
                kind = k
            }
            if k != 0 { current.unicodeScalars.append(scalar) }
        }
        if kind != 0 && current.unicodeScalars.count >= (kind == 1 ? 1 : 2) { words.append(current) }
        let punctuation = CharacterSet.punctuationCharacters.union(.symbols).union(CharacterSet(charactersIn: "（）「」、。：・"))
        for token in text.split(whereSeparator: { $0.isWhitespace }) {
            let trimmed = token.trimmingCharacters(in: punctuation)
            if trimmed.count >= 2 && trimmed.count <= 30 && !words.contains(trimmed) { words.append(trimmed) }
        }
        return words
    }
}
