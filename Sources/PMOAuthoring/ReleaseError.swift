import PMOCatalog
import PMOSupport
import PMOYAML

/// Why `pmo release` did not change the document; each says what to do.
package enum ReleaseError: Error, Sendable, CustomStringConvertible {
    /// `KIND/NAME` names no document of the catalog.
    case unknownDocument(DocumentKey, suggestion: String?)
    /// The document has errors of its own; it must be valid before a release.
    case invalidDocument(DocumentKey, diagnostics: [Diagnostic])
    /// The version and the changelog already disagree: fix by hand first.
    case disagreement(Diagnostic)
    /// The changelog is written in a way pmo cannot extend textually (a flow sequence, say).
    case unsupportedLayout(Diagnostic)
    /// The file could not be read or written.
    case io(path: String, reason: String)

    /// Diagnostics with positions, when the error has them.
    package var diagnostics: [Diagnostic] {
        switch self {
        case .invalidDocument(_, let diagnostics): return diagnostics
        case .disagreement(let diagnostic), .unsupportedLayout(let diagnostic): return [diagnostic]
        case .unknownDocument, .io: return []
        }
    }

    package var description: String {
        switch self {
        case .unknownDocument(let key, let suggestion):
            return "the catalog has no \(key)" + (suggestion.map { "; did you mean \(key.kind.referenceName)/\($0)?" } ?? " (see pmo list)")
        case .invalidDocument(let key, let diagnostics):
            return "\(key) has \(diagnostics.count) error\(diagnostics.count == 1 ? "" : "s"); fix them (pmo validate) before releasing it"
        case .disagreement(let diagnostic), .unsupportedLayout(let diagnostic):
            return diagnostic.summary
        case .io(let path, let reason):
            return "cannot write '\(path)': \(reason); the document was not changed"
        }
    }
}
