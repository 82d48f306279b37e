import Mustache
import PMOSupport

/// The escaping of `{{name}}` in a template's HTML files: ``HTML/escape(_:)`` over bytes.
///
/// swift-mustache's own HTML escaping compares whole characters, so a `"` followed by a combining mark is one
/// character that is not a quote to it and passes unescaped, ending an attribute. Ours looks at bytes.
struct HTMLContentType: MustacheContentType {
    /// The name the `CONTENT_TYPE` pragma selects it by.
    static let name = "PMO_HTML"

    /// swift-mustache finds content types by name in its own registry when it parses, so ours is registered there
    /// before an HTML template is parsed (always the same value; the registry is the library's only way in).
    static func register() {
        MustacheContentTypes.register(HTMLContentType(), named: name)
    }

    func escapeText(_ text: String) -> String {
        HTML.escape(text)
    }
}
