import PMOSupport
import PMOYAML

/// Every problem found while rendering a template (syntax errors, escaping paths, missing files), thrown at once.
public struct RenderError: Error, Sendable {
    /// The problems, each at its template file and line.
    public var diagnostics: [Diagnostic]

    /// Creates the error.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
