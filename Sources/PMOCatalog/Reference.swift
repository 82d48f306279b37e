import PMOSupport
import PMOYAML

/// A reference between documents, written `kind/name` (`checklist/kickoff`), with its position.
public struct Reference: Sendable, Hashable, CustomStringConvertible {
    /// The kind referred to.
    public var kind: DocumentKind
    /// The document name.
    public var name: String
    /// Where the reference was written.
    public var range: SourceRange

    /// Creates a reference.
    public init(kind: DocumentKind, name: String, range: SourceRange) {
        self.kind = kind
        self.name = name
        self.range = range
    }

    /// `kind/name`.
    public var description: String { "\(kind.referenceName)/\(name)" }

    /// The key used to look the document up.
    public var key: DocumentKey { DocumentKey(kind: kind, name: name) }

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
public struct DocumentKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The kind.
    public var kind: DocumentKind
    /// The name, unique per kind.
    public var name: String

    /// Creates a key.
    public init(kind: DocumentKind, name: String) {
        self.kind = kind
        self.name = name
    }

    /// `kind/name`.
    public var description: String { "\(kind.referenceName)/\(name)" }

    /// Parses `kind/name` (for command-line arguments).
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let kind = DocumentKind(referenceName: parts[0].lowercased()), !parts[1].isEmpty else { return nil }
        self.init(kind: kind, name: String(parts[1]))
    }

    public static func < (lhs: DocumentKey, rhs: DocumentKey) -> Bool { lhs.description < rhs.description }
}
