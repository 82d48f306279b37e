import Foundation
import PMOMarkdown

/// What the `markdown` fuzz target asserts on every input: rendering finishes (libFuzzer's
/// timeout catches a hang), the bytes and String entry points agree, the HTML is valid UTF-8
/// without NUL, and — for input without raw HTML (`<` removed) — every element the renderer
/// opens is closed, in order.
///
/// Compiled into the fuzz harness too (Fuzz/Harnesses/fuzz-markdown links this file), so the
/// fuzzer and `make test` check exactly the same thing.
enum MarkdownFuzzCheck {
    /// The violated properties for `bytes`; empty when all hold.
    static func problems(_ bytes: [UInt8]) -> [String] {
        var problems: [String] = []
        let html = MarkdownHTML.render(bytes: bytes)
        guard let text = String(validating: html, as: UTF8.self) else { return ["output is not valid UTF-8"] }
        if html.contains(0) { problems.append("output contains NUL") }
        if MarkdownHTML.render(String(decoding: bytes, as: UTF8.self)) != text { problems.append("String and byte renderings differ") }
        let withoutHTML = MarkdownHTML.render(bytes: bytes.filter { $0 != UInt8(ascii: "<") })
        if let unbalanced = unbalancedElement(String(decoding: withoutHTML, as: UTF8.self)) {
            problems.append("unbalanced <\(unbalanced)> without raw HTML")
        }
        return problems
    }

    static let checkedElements: Set<String> = [
        "p", "em", "strong", "del", "a", "code", "pre", "blockquote", "ul", "ol", "li",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td",
    ]

    /// The first element in `html` closed out of order or left open, or nil when all nest properly.
    static func unbalancedElement(_ html: String) -> String? {
        var stack: [String] = []
        let bytes = Array(html.utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            let closing = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/")
            var end = index + (closing ? 2 : 1)
            let start = end
            while end < bytes.count,
                (bytes[end] >= UInt8(ascii: "a") && bytes[end] <= UInt8(ascii: "z"))
                    || (bytes[end] >= UInt8(ascii: "0") && bytes[end] <= UInt8(ascii: "9"))
            {
                end += 1
            }
            let name = String(decoding: bytes[start..<end], as: UTF8.self)
            index = end
            guard checkedElements.contains(name) else { continue }
            if closing {
                guard stack.last == name else { return name }
                stack.removeLast()
            } else {
                stack.append(name)
            }
        }
        return stack.last
    }
}

#if !PMO_FUZZ_HARNESS
import PMOTestSupport
import Testing

/// Replays the `markdown` fuzz target's seed corpus and every finding (Fuzz/corpus/markdown, Fuzz/regressions/markdown).
struct MarkdownFuzzRegressionTests {
    @Test func corpusAndRegressionsKeepTheirProperties() throws {
        let inputs = try FuzzInputs.files("markdown")
        #expect(inputs.count >= 10, "the seed corpus under Fuzz/corpus/markdown was not found")
        for input in inputs {
            let bytes = [UInt8](try Data(contentsOf: input))
            #expect(MarkdownFuzzCheck.problems(bytes) == [], "\(input.lastPathComponent)")
        }
    }

    @Test func theCheckFindsUnbalancedElements() {
        #expect(MarkdownFuzzCheck.unbalancedElement("<p><em>a</p></em>") == "p")
        #expect(MarkdownFuzzCheck.unbalancedElement("<ul>\n<li>a") == "li")
        #expect(MarkdownFuzzCheck.unbalancedElement("<p><img src=\"x\" alt=\"y\" /><br /></p>") == nil)
    }
}

#endif
