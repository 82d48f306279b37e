import Foundation
import PMOMarkdown
import Testing

/// Every example of the CommonMark spec 0.31.2 (Fixtures/commonmark-spec-0.31.2.json, extracted from the
/// spec's `spec.txt`): the Markdown must render to the spec's HTML byte for byte, except for the one
/// documented difference — non-ASCII characters in URLs stay UTF-8 instead of being percent-encoded.
struct CommonMarkSpecTests {
    struct Example: Decodable, Sendable, CustomTestStringConvertible {
        var example: Int
        var section: String
        var markdown: String
        var html: String

        var testDescription: String { "example \(example) (\(section))" }
    }

    static let examples: [Example] = {
        guard let url = Bundle.module.url(forResource: "commonmark-spec-0.31.2", withExtension: "json", subdirectory: "Fixtures"),
            let data = try? Data(contentsOf: url)
        else { return [] }
        return (try? JSONDecoder().decode([Example].self, from: data)) ?? []
    }()

    /// `html` with percent-encoded UTF-8 sequences of non-ASCII characters decoded, as pmo writes URLs
    /// (so that `[目的へ](#目的)` matches the heading id `目的`; see docs/publish.md).
    static func withUTF8URLs(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        var i = 0
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count, let high = hex(bytes[i + 1]), let low = hex(bytes[i + 2]), high >= 8 {
                out.append(high << 4 | low)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test("the spec file is there with all its examples")
    func specIsComplete() {
        #expect(Self.examples.count == 652)
    }

    @Test("CommonMark 0.31.2 example", arguments: examples)
    func example(_ example: Example) {
        let rendered = MarkdownHTML.render(example.markdown)
        #expect(rendered == Self.withUTF8URLs(example.html), "\(example.markdown.debugDescription)")
    }
}
