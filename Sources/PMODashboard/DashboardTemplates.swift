import Mustache

/// The dashboard's Mustache templates (`Templates/*.swift`, compiled into the binary), parsed once at server start
/// and passed to the service. `{{name}}` escapes through ``HTMLEscape/text(_:)``; `{{{name}}}` is only for markup
/// the server made itself (a chart's SVG, a rendered page body).
package struct DashboardTemplates: Sendable {
    /// A template of the dashboard: its name (the partial name too) and its Mustache text.
    package struct Source: Sendable {
        var name: String
        var text: String
    }

    /// A template that does not parse: a bug of ours, found by the tests before it ships.
    package struct ParseError: Error, CustomStringConvertible {
        package var template: String
        package var message: String
        package var description: String { "dashboard template '\(template)': \(message)" }
    }

    /// Every page and partial.
    static let sources: [Source] = [
        .layout, .signIn, .errorPage, .exports, .progress, .dataTable, .portfolio, .project, .adoption, .deadline, .campaigns,
        .campaign,
    ]

    /// The name of the content type whose escaping is ``HTMLEscape/text(_:)``.
    static let contentTypeName = "PMO_DASHBOARD_HTML"

    private let library: MustacheLibrary

    /// Parses every template. swift-mustache finds content types by name in its own registry when it parses, so ours
    /// is registered there first (always the same value); each template opens with the pragma that selects it.
    package init() throws(ParseError) {
        MustacheContentTypes.register(EscapingContentType(), named: Self.contentTypeName)
        var library = MustacheLibrary()
        for source in Self.sources {
            do {
                library.register(
                    try MustacheTemplate(string: "{{% CONTENT_TYPE: \(Self.contentTypeName)}}\n" + source.text), named: source.name)
            } catch {
                throw ParseError(template: source.name, message: String(describing: error))
            }
        }
        self.library = library
    }

    /// The names the templates insert without escaping (`{{{name}}}` or `{{&name}}`): each must hold markup the server
    /// made itself, never text from a report.
    package static var unescapedNames: Set<String> {
        var names: Set<String> = []
        for source in sources {
            for opener in ["{{{", "{{&"] {
                for piece in source.text.components(separatedBy: opener).dropFirst() {
                    let name = piece.drop { $0 == " " }.prefix { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" }
                    names.insert(String(name))
                }
            }
        }
        return names
    }

    /// `source`'s template rendered over `context` (dictionaries, arrays, strings, numbers and booleans).
    func render(_ source: Source, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: source.name) ?? ""
    }

    /// Mustache's own HTML escaping looks at whole characters, so a quote followed by a combining mark would pass
    /// unescaped; ours works on bytes, and turns control characters into U+FFFD.
    private struct EscapingContentType: MustacheContentType {
        func escapeText(_ text: String) -> String {
            HTMLEscape.text(text)
        }
    }
}
