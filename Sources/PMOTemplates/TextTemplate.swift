import Mustache
import PMOSupport
import PMOYAML

/// One Mustache template (a file's content, a target path or a default) and where it came from.
///
/// Values are inserted as they are (the `TEXT` content type) except in HTML files, where
/// `{{name}}` is HTML-escaped (``HTMLContentType``, over bytes) and `{{{name}}}` is not, as Mustache intends.
struct TextTemplate {
    private let template: MustacheTemplate

    /// The pragma that switches swift-mustache off its default HTML escaping. It stands alone on
    /// the first line, so Mustache drops that line and every line of the source keeps its number + 1.
    private static let textPragma = "{{% CONTENT_TYPE: TEXT}}\n"

    /// The pragma that selects ``HTMLContentType`` for HTML files, on its own first line as ``textPragma``.
    private static let htmlPragma = "{{% CONTENT_TYPE: \(HTMLContentType.name)}}\n"

    /// Parses `text`; a syntax error becomes a diagnostic at `file:line:column` (`origin` shifts it for text inside YAML).
    init(_ text: String, html: Bool = false, file: String, origin: SourceLocation? = nil) throws(Diagnostic) {
        do {
            if html { HTMLContentType.register() }
            template = try MustacheTemplate(string: (html ? Self.htmlPragma : Self.textPragma) + text)
        } catch let error as MustacheTemplate.ParserError {
            let line = error.context.lineNumber - 1
            var location = SourceLocation(line: max(line, 1), column: error.context.columnNumber, offset: 0)
            if let origin {
                location = SourceLocation(
                    line: origin.line + location.line - 1,
                    column: location.line == 1 ? origin.column + location.column - 1 : location.column,
                    offset: origin.offset)
            }
            throw Diagnostic(
                .error, "Mustache syntax error: \(Self.describe(error.error))", file: file,
                range: SourceRange(at: location), help: "see docs/templates.md for the Mustache rules")
        } catch {
            throw Diagnostic(.error, "Mustache syntax error: \(error)", file: file, range: origin.map { SourceRange(at: $0) })
        }
    }

    /// The template rendered with `context` (a name → value dictionary).
    func render(_ context: [String: Any]) -> String {
        template.render(context)
    }

    /// Whether `text` has anything for Mustache to do (saves parsing plain defaults).
    static func hasTags(_ text: String) -> Bool {
        text.contains("{{")
    }

    /// Parameter names a template refers to: `{{name}}`, `{{#name}}`, `{{^name}}`, `{{{name}}}`, `{{&name}}`.
    static func referencedNames(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            let body = rest.drop { $0 == " " }
            if body.first == "!" || body.first == ">" || body.first == "%" || body.first == "=" { continue }
            let name = body.drop { "#^/{& ".contains($0) }.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !name.isEmpty { names.insert(String(name)) }
        }
        return names
    }

    private static func describe(_ error: Swift.Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not finished (missing '}}' or an invalid name)"
        case .expectedSectionEnd: return "a section is opened with {{#name}} or {{^name}} but never closed with {{/name}}"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return "template inheritance is not supported"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "unsupported pragma tag {{% …}}"
        @unknown default: return "\(error)"
        }
    }
}
