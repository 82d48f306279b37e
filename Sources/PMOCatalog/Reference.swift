import PMOSupport
import PMOYAML

/// A reference between documents, written `kind/name` (`checklist/kickoff`), with its position.
package struct Reference: Sendable, Hashable, CustomStringConvertible {
    /// The kind referred to.
    package var kind: DocumentKind
    /// The document name.
    package var name: String
    /// Where the reference was written.
    package var range: SourceRange

    /// Creates a reference.
    package init(kind: DocumentKind, name: String, range: SourceRange) {
        self.kind = kind
        self.name = name
        self.range = range
    }

    /// `kind/name`.
    package var description: String { "\(kind.referenceName)/\(name)" }

    /// The key used to look the document up.
    package var key: DocumentKey { DocumentKey(kind: kind, name: name) }

    /// Parses `kind/name`; reports a malformed reference to `sink`.
    static func parse(_ text: Located<String>, sink: DiagnosticSink) -> Reference? {
        let parts = text.value.split(separator: "/", omittingEmptySubsequences: false)
        let kinds = DocumentKind.allCases.map(\.referenceName)
        guard parts.count == 2, !parts[1].isEmpty else {
            sink.error("\(DisplayText.quoted(text.value)) is not a reference; write KIND/NAME, e.g. checklist/kickoff", at: text.range)
            return nil
        }
        guard let kind = DocumentKind(referenceName: String(parts[0])) else {
            sink.error(
                "unknown kind \(DisplayText.quoted(String(parts[0]))) in reference \(DisplayText.quoted(text.value))", at: text.range,
                help: Suggestion.help(for: String(parts[0]), in: kinds))
            return nil
        }
        return Reference(kind: kind, name: String(parts[1]), range: text.range)
    }
}

/// Identifies a document in the catalog: kind and name.
package struct DocumentKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The kind.
    package var kind: DocumentKind
    /// The name, unique per kind.
    package var name: String

    /// Creates a key.
    package init(kind: DocumentKind, name: String) {
        self.kind = kind
        self.name = name
    }

    /// `kind/name`.
    package var description: String { "\(kind.referenceName)/\(name)" }

    /// Parses `kind/name` (for command-line arguments).
    package init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let kind = DocumentKind(referenceName: parts[0].lowercased()), !parts[1].isEmpty else { return nil }
        self.init(kind: kind, name: String(parts[1]))
    }

    package static func < (lhs: DocumentKey, rhs: DocumentKey) -> Bool { lhs.description < rhs.description }
}
