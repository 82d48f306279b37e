/// The headings of a Markdown file with their lines: ATX (`## 目的`) and setext (underlined) headings,
/// skipping fenced code blocks.
package struct MarkdownHeading: Sendable, Hashable {
    /// 1 for `#`, 2 for `##`, …
    package var level: Int
    /// The heading text without markers or closing `#`s, trimmed.
    package var text: String
    /// 1-based line of the heading.
    package var line: Int
    /// 1-based column where the heading text starts.
    package var column: Int

    /// Parses the headings of `text`.
    package static func parse(_ text: String) -> [MarkdownHeading] {
        var headings: [MarkdownHeading] = []
        var fence: String?
        var previous: (text: String, line: Int, column: Int)?
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
            let indent = line.prefix { $0 == " " }.count
            let body = line.dropFirst(indent)
            if indent < 4, body.hasPrefix("```") || body.hasPrefix("~~~") {
                let marker = String(body.prefix(3))
                if fence == nil { fence = marker } else if fence == marker { fence = nil }
                previous = nil
                continue
            }
            if fence != nil { continue }
            if indent < 4, body.hasPrefix("#") {
                let hashes = body.prefix { $0 == "#" }.count
                let rest = body.dropFirst(hashes)
                if hashes <= 6, rest.isEmpty || rest.first == " " || rest.first == "\t" {
                    var content = rest.drop { $0 == " " || $0 == "\t" }
                    let column = indent + hashes + (rest.count - content.count) + 1
                    var trimmed = String(content).trimmingTrailingSpaces()
                    let closing = trimmed.reversed().prefix { $0 == "#" }.count
                    if closing > 0, closing == trimmed.count || trimmed.dropLast(closing).last == " " {
                        trimmed = String(trimmed.dropLast(closing)).trimmingTrailingSpaces()
                    }
                    content = Substring(trimmed)
                    headings.append(MarkdownHeading(level: hashes, text: String(content), line: number, column: column))
                    previous = nil
                    continue
                }
            }
            if indent < 4, let prior = previous, !body.isEmpty,
                body.allSatisfy({ $0 == "=" || $0 == " " }) || body.allSatisfy({ $0 == "-" || $0 == " " }),
                String(body).trimmingTrailingSpaces().allSatisfy({ $0 == body.first })
            {
                headings.append(MarkdownHeading(level: body.first == "=" ? 1 : 2, text: prior.text, line: prior.line, column: prior.column))
                previous = nil
                continue
            }
            let trimmed = String(body).trimmingTrailingSpaces()
            previous = trimmed.isEmpty || indent >= 4 ? nil : (trimmed, number, indent + 1)
        }
        return headings
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
