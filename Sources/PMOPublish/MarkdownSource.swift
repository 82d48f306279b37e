import Foundation
import PMOCatalog

/// A page's Markdown as its author wrote it, for warnings that name file:line: the sanitiser sees only
/// rendered HTML, so a tag it reports is found again in the source.
struct MarkdownSource {
    /// The Markdown text.
    let body: String
    /// The file to name: the `bodyFile`, or the YAML file with an inline body.
    let file: String
    /// The line of `file` where the body's first line is.
    let firstLine: Int

    /// Markdown `body` that starts on line `firstLine` of `file`.
    init(body: String, file: String, firstLine: Int) {
        self.body = body
        self.file = file
        self.firstLine = firstLine
    }

    /// The source of a page's body, named relative to the working directory like the page's YAML file.
    init(spec: PageSpec, document: Document) {
        body = spec.body
        firstLine = spec.bodyLine
        guard let bodyFile = spec.bodyFile else {
            file = document.file
            return
        }
        let folder = (document.path as NSString).deletingLastPathComponent + "/"
        let shownFolder = (document.file as NSString).deletingLastPathComponent
        let relative = bodyFile.hasPrefix(folder) ? String(bodyFile.dropFirst(folder.count)) : (bodyFile as NSString).lastPathComponent
        file = shownFolder.isEmpty ? relative : shownFolder + "/" + relative
    }

    /// At most this many warnings about unclosed tags per page, then one that tells how many more.
    static let warningLimit = 10

    /// One warning per dangerous element or comment that is never closed (``SanitizedHTML/unclosedTags``),
    /// at the line where it is written.
    func unclosedTagWarnings(_ tags: [String]) -> [String] {
        let source = Array(body.utf8)
        var from = 0
        var line = firstLine
        var warnings: [String] = []
        for tag in tags.prefix(Self.warningLimit) {
            // Tags come in source order: lines are counted on from the previous one.
            if let offset = Self.find(Array(tag.utf8), in: source, from: from) {
                line += source[from..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                from = offset + 1
            }
            let shown = String(tag.prefix(40))
            warnings.append(
                "\(file):\(line): '\(shown)' is never closed; it is shown as text "
                    + "(an element such as <script>, or a comment, is removed only together with its end)")
        }
        if tags.count > Self.warningLimit {
            warnings.append("\(file): \(tags.count - Self.warningLimit) more unclosed tags or comments shown as text")
        }
        return warnings
    }

    /// The first offset at or after `start` where `needle` occurs, ASCII letters compared case-insensitively.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        for offset in start...(haystack.count - needle.count) where lower(haystack[offset]) == lower(needle[0]) {
            if zip(haystack[offset..<(offset + needle.count)], needle).allSatisfy({ lower($0) == lower($1) }) { return offset }
        }
        return nil
    }
}
