/// Converts Markdown — CommonMark plus GitHub's tables and strikethrough — to HTML.
///
/// It works on UTF-8 bytes and runs in time linear in the input (see `MarkdownLimits` for the
/// bounds that guarantee it). Raw HTML is passed through as written and link URLs are not checked:
/// the caller sanitises the output. Headings are plain `<h1>`…`<h6>` without ids.
public enum MarkdownHTML {
    /// The HTML for `markdown`.
    public static func render(_ markdown: String, limits: MarkdownLimits = MarkdownLimits()) -> String {
        String(decoding: renderUTF8(markdown, limits: limits), as: UTF8.self)
    }

    /// `render(_:limits:)` as UTF-8 bytes, for a caller that goes on working on bytes.
    public static func renderUTF8(_ markdown: String, limits: MarkdownLimits = MarkdownLimits()) -> [UInt8] {
        render(source: InputText.normalize(Array(markdown.utf8), knownValid: true), limits: limits)
    }

    /// The HTML, as UTF-8 bytes, for Markdown given as bytes; invalid UTF-8 and NUL become U+FFFD.
    public static func render(bytes: [UInt8], limits: MarkdownLimits = MarkdownLimits()) -> [UInt8] {
        render(source: InputText.normalize(bytes), limits: limits)
    }

    private static func render(source: [UInt8], limits: MarkdownLimits) -> [UInt8] {
        var parser = BlockParser(source: source, limits: limits)
        let tree = parser.parse()
        var writer = HTMLWriter(tree: tree, references: parser.references, limits: limits)
        writer.out.reserveCapacity(source.count + source.count / 4 + 64)
        writer.writeChildren(of: 0, tight: false)
        return writer.out
    }
}
