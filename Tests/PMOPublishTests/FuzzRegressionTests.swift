import Foundation
import PMOPublish

/// What the `sanitizer` fuzz target asserts on every input, rendered as Markdown and also fed to the
/// sanitiser as raw HTML: the output has no `<script`, no `on…=` attribute and no `javascript:`,
/// `vbscript:` or `data:` URL in any attribute, even after the browser decodes entities.
///
/// Compiled into the fuzz harness too (Fuzz/Harnesses/fuzz-sanitizer links this file), so the fuzzer
/// and `make test` check exactly the same thing.
enum SanitizerFuzzCheck {
    /// The violated properties for `bytes`; empty when the output is inert.
    static func problems(_ bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        // Relative links resolve the way pmo publish resolves them: to an .html file beside the page.
        let resolve: @Sendable (String) -> String? = { $0.hasPrefix("#") ? $0 : $0 + ".html" }
        // Every input renders: PMOMarkdown has no input that hangs (Ink 0.6.0, used before, hung
        // on "<!c<p" and on nested '[', regressions/sanitizer/timeout-…).
        let fromMarkdown = MarkdownRenderer(resolveLink: resolve).render(text).html
        let fromHTML = HTMLSanitizer(resolveLink: resolve).sanitize(text).html
        return activeContent(in: fromMarkdown).map { "markdown: " + $0 } + activeContent(in: fromHTML).map { "html: " + $0 }
    }

    /// Active content in sanitised HTML, where every `<` left in the text starts a real tag.
    static func activeContent(in html: String) -> [String] {
        var problems: [String] = []
        let lowered = html.lowercased()
        if lowered.contains("<script") { problems.append("contains <script") }
        let scalars = Array(html.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<" else { index += 1; continue }
            index += 1
            // The tag name, then attributes up to the closing `>`; quoted values may hold `>`.
            while index < scalars.count, !isSpace(scalars[index]), scalars[index] != ">" { index += 1 }
            while index < scalars.count, scalars[index] != ">" {
                if isSpace(scalars[index]) || scalars[index] == "/" { index += 1; continue }
                var name = ""
                while index < scalars.count, !isSpace(scalars[index]), !"=>/".unicodeScalars.contains(scalars[index]) {
                    name.unicodeScalars.append(scalars[index]); index += 1
                }
                var value = ""
                while index < scalars.count, isSpace(scalars[index]) { index += 1 }
                if index < scalars.count, scalars[index] == "=" {
                    index += 1
                    while index < scalars.count, isSpace(scalars[index]) { index += 1 }
                    if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
                        let quote = scalars[index]
                        index += 1
                        while index < scalars.count, scalars[index] != quote { value.unicodeScalars.append(scalars[index]); index += 1 }
                        index += 1
                    } else {
                        while index < scalars.count, !isSpace(scalars[index]), scalars[index] != ">" {
                            value.unicodeScalars.append(scalars[index]); index += 1
                        }
                    }
                }
                if name.isEmpty { index += 1; continue }
                if name.lowercased().hasPrefix("on") { problems.append("event handler attribute '\(name)'") }
                // Only URL attributes: alt="data:…" is text.
                guard urlAttributes.contains(name.lowercased()) else { continue }
                let url = String(
                    String.UnicodeScalarView(decodeEntities(value).unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })
                ).lowercased()
                for scheme in ["javascript:", "vbscript:", "data:"] where url.hasPrefix(scheme) {
                    problems.append("attribute \(name)=\"\(value)\" is a \(scheme) URL")
                }
            }
            index += 1
        }
        return problems
    }

    static let urlAttributes: Set<String> = [
        "href", "src", "action", "formaction", "poster", "background", "cite",
        "data", "srcset", "xlink:href", "longdesc", "usemap",
    ]

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }

    /// Decodes numeric character references and the named ones that spell URL punctuation, as a browser would.
    static func decodeEntities(_ value: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(value.unicodeScalars)
        var index = 0
        let named: [String: Unicode.Scalar] = [
            "colon": ":", "tab": "\t", "newline": "\n", "amp": "&", "lt": "<", "gt": ">",
            "quot": "\"", "apos": "'", "sol": "/", "lpar": "(", "rpar": ")",
        ]
        while index < scalars.count {
            if scalars[index] == "&", let semicolon = scalars[index...].prefix(12).firstIndex(of: ";") {
                let body = String(String.UnicodeScalarView(scalars[(index + 1)..<semicolon]))
                var decoded: Unicode.Scalar?
                if body.hasPrefix("#x") || body.hasPrefix("#X") {
                    decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if body.hasPrefix("#") {
                    decoded = UInt32(body.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
                } else {
                    decoded = named[body.lowercased()]
                }
                if let decoded {
                    out.append(decoded)
                    index = semicolon + 1
                    continue
                }
            }
            out.append(scalars[index])
            index += 1
        }
        return String(out)
    }
}

#if !PMO_FUZZ_HARNESS
import PMOTestSupport
import Testing

/// Replays the `sanitizer` fuzz target's seed corpus and every crash or hang it found (Fuzz/corpus/sanitizer, Fuzz/regressions/sanitizer).
struct SanitizerFuzzRegressionTests {
    @Test func corpusAndRegressionsKeepTheirProperties() throws {
        let inputs = try FuzzInputs.files("sanitizer")
        #expect(inputs.count >= 10, "the seed corpus under Fuzz/corpus/sanitizer was not found")
        for input in inputs {
            let bytes = [UInt8](try Data(contentsOf: input))
            #expect(SanitizerFuzzCheck.problems(bytes) == [], "\(input.lastPathComponent)")
        }
    }

    @Test(
        "the check finds active content that a browser would run",
        arguments: [
            "<script>x</script>", "<a href=\"&#106;avascript:x\">t</a>", "<img src=x onerror=y>", "<a href='JAVA\nSCRIPT:x'>t</a>",
            "<a title=x href=data:text/html,x>t</a>",
        ])
    func theCheckFindsActiveContent(html: String) {
        #expect(!SanitizerFuzzCheck.activeContent(in: html).isEmpty)
    }

    @Test func theCheckAcceptsInertHTML() {
        #expect(
            SanitizerFuzzCheck.activeContent(in: "<p title=\"a > b\">javascript: onclick=x &lt;script</p><a href=\"x.html\">t</a>") == [])
    }
}

#endif
