import Foundation
import PMOSupport
import PMOYAML

/// The spec of a knowledge `Page`: Markdown body (inline or in a file beside the YAML) and related documents.
package struct PageSpec: Sendable, Hashable {
    /// The Markdown text.
    package var body: String
    /// The Markdown file the body came from, when `bodyFile` was used (absolute path).
    package var bodyFile: String?
    /// The line of its file where the body's first line is (1 for a `bodyFile`), so that a warning about
    /// the Markdown can name file:line.
    package var bodyLine: Int = 1
    package var related: [Reference]

    /// The fields `spec` may have.
    package static let fields = ["body", "bodyFile", "related"]

    static func decode(_ node: Node, directory: String, catalogRoot: String, maxBytes: Int, sink: DiagnosticSink) -> PageSpec {
        let reader = FieldReader(node, sink: sink, context: "spec")
        reader.rejectUnknown(allowed: fields)
        let inline = reader.string("body", allowEmpty: true)
        let file = reader.string("bodyFile")
        var body = inline?.value ?? ""
        var bodyPath: String?
        var bodyLine = 1
        if inline != nil, let scalar = node["body"] {
            // A block scalar (`body: |`) starts on the line after its indicator.
            let style = scalar.scalar?.style
            bodyLine = scalar.range.start.line + (style == .literal || style == .folded ? 1 : 0)
        }
        switch (inline, file) {
        case (.some, .some):
            sink.error("give either 'body' or 'bodyFile', not both", at: file!.range)
        case (nil, nil):
            sink.error("a page needs 'body' (Markdown) or 'bodyFile' (a Markdown file beside the YAML)", at: node.range)
        case (nil, let file?):
            if file.value.hasPrefix("/") || file.value.split(separator: "/").contains("..") {
                sink.error("bodyFile '\(file.value)' must be a path beside the page", at: file.range)
            } else {
                let path = directory + "/" + file.value
                switch FileBytes.read(path, under: catalogRoot, limit: maxBytes) {
                case .success(let bytes):
                    if let text = String(validating: bytes, as: UTF8.self) {
                        body = text
                        bodyPath = path
                    } else {
                        sink.error("bodyFile '\(file.value)' is not valid UTF-8", at: file.range)
                    }
                case .failure(.tooLarge(let size)):
                    sink.error("bodyFile '\(file.value)' is \(size) bytes, over the limit of \(maxBytes)", at: file.range)
                case .failure(.folder):
                    sink.error("bodyFile '\(file.value)' is a folder, not a file", at: file.range)
                case .failure(.missing):
                    sink.error("bodyFile '\(file.value)' does not exist", at: file.range)
                case .failure(let failure):
                    sink.error("bodyFile '\(file.value)' \(failure.reason(leaving: "catalog"))", at: file.range)
                }
            }
        default:
            break
        }
        return PageSpec(body: body, bodyFile: bodyPath, bodyLine: bodyLine, related: reader.references("related"))
    }
}
