import Foundation
import PMOPublish
import Testing

@Suite("Search text: NFKC without tables agrees with Foundation")
struct SearchTextTests {
    /// What `SearchText.normalize` promises, computed the slow way.
    static func reference(_ text: String) -> String {
        let nfkc = text.precomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping
        return nfkc.split(whereSeparator: { $0.unicodeScalars.allSatisfy(\.properties.isWhitespace) }).joined(separator: " ")
    }

    @Test("every scalar from U+0000 to U+FFFF, between letters, normalises like Foundation's NFKC")
    func everyBMPScalar() {
        var mismatches: [String] = []
        for value in 0..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "ア" + String(Character(scalar)) + "b"
            if SearchText.normalize(text) != Self.reference(text) { mismatches.append(String(value, radix: 16)) }
        }
        #expect(mismatches.isEmpty, "differs for U+\(mismatches.prefix(20).joined(separator: ", U+"))")
    }

    @Test(
        "a composing mark after a fast-path character still composes",
        arguments: ["か\u{3099}", "e\u{301}", "ｶﾞ", "Ａ\u{301}", "\u{1100}\u{1161}", "①②", "ｈｔｔｐ　ＡＢＣ"])
    func composition(_ text: String) {
        #expect(SearchText.normalize(text) == Self.reference(text))
    }

    @Test("whitespace runs collapse to one space and are trimmed at both ends")
    func whitespace() {
        #expect(SearchText.normalize("  進捗\u{3000}\t報告 \n\n書 ") == "進捗 報告 書")
    }

    @Test("keys: CJK bigrams and lower-cased ASCII words, as String.lowercased() would give")
    func keys() {
        var bigrams: [String] = []
        var words: [String] = []
        SearchText.keys(
            of: "Phase Gate 判定会議 ÀB İx",
            bigram: { a, b in
                bigrams.append(String(Character(Unicode.Scalar(a)!)) + String(Character(Unicode.Scalar(b)!)))
            }, word: { words.append($0) })
        #expect(bigrams == ["判定", "定会", "会議"])
        #expect(words == ["phase", "gate", "b", "i", "x"])
    }

    @Test(
        "an index entry is keyed as its normalised text, whether it takes the one-pass path or Foundation's NFKC",
        arguments: [("ｶﾞｲﾄﾞ Ｗｅｅｋｌｙ", "ガイド Weekly"), ("Phase　Gate 判定会議", "Phase Gate 判定会議"), ("ﾘｽｸ と e\u{301}tude", "リスク と \u{E9}tude")])
    func indexEntryKeys(_ raw: String, _ normalized: String) {
        func index(_ text: String) -> String {
            var builder = SearchIndexBuilder()
            builder.add(.init(url: "page/a.html", title: text, kind: "ページ", description: text, keywords: "a b", body: "本文 " + text))
            return builder.json()
        }
        #expect(index(raw) == index(normalized))
        #expect(index(raw).contains("\"\(normalized)\""))
    }
}
